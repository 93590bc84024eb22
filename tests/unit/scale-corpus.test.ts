import { access, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledContent } from '../../lib/content/compiled';
import { loadContent } from '../../lib/content/load';
import { type ContentProblem, formatProblem } from '../../lib/content/problems';
import { SearchIndex } from '../../lib/search/engine';
import { searchRecords } from '../../lib/search/records';
import { createCorpus, readSourceArticles } from '../../scripts/corpus/files';
import { generateCorpus } from '../../scripts/corpus/generate';
import { SEARCH_QUERIES } from '../../scripts/search-queries';
import { seen, shardInMemory } from './sharded-search';

/**
 * The generated knowledge base of `npm run corpus` and `npm run bench:scale`, small enough for every
 * test run: made from the real content, then through the writers' own pipeline (load, validate,
 * render, search index), as the build does. A full `next build` of it is bench:scale's job.
 */
const ARTICLES = 300;
const SEED = 7;
const realContent = path.join(import.meta.dirname, '../../content');

let dir: string;
let slugs: string[];
let files: string[];
let content: CompiledContent | null;
let problems: ContentProblem[];
const indexes = new Map<string, SearchIndex>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scale-corpus-'));
  const contentDir = path.join(dir, 'content');
  ({ slugs, files } = await createCorpus(realContent, contentDir, { articles: ARTICLES, seed: SEED }));
  ({ content, problems } = await loadContent(contentDir, { displayPath: (file) => path.relative(dir, file) }));
  for (const locale of Object.keys(content?.locales ?? {})) {
    indexes.set(locale, SearchIndex.build(locale, searchRecords(content!, locale), content!.locales[locale]!.synonyms));
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const locales = ['en', 'zh'];
const exists = (file: string) => access(file).then(() => true, () => false);
const articles = (locale: string) => content?.locales[locale]?.articles ?? [];

describe('a generated corpus of 300 articles per locale', () => {
  it('passes the content check with no errors and no warnings', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content).not.toBeNull();
  });

  it('holds every real article and the generated ones, in both locales under the same slugs and categories', () => {
    expect(content).not.toBeNull();
    for (const locale of locales) {
      expect(articles(locale).length).toBeGreaterThanOrEqual(ARTICLES);
      const have = new Map(articles(locale).map((article) => [article.slug, article.category]));
      for (const slug of ['reset-password', 'locked-account', ...slugs]) expect(have.has(slug), `${locale}/${slug}`).toBe(true);
    }
    const category = (locale: string, slug: string) => articles(locale).find((article) => article.slug === slug)?.category;
    for (const slug of slugs) expect(category('zh', slug), slug).toBe(category('en', slug));
    // Spread over every real category.
    const used = new Set(articles('en').filter((article) => slugs.includes(article.slug)).map((article) => article.category));
    expect([...used].sort()).toEqual(content!.locales.en!.categories.map((category) => category.slug).sort());
  });

  it('writes links and related slugs that all lead to an article file', async () => {
    expect(files.length).toBe(2 * slugs.length);
    const onDisk = new Map<string, Set<string>>();
    for (const locale of locales) {
      const names = await readdir(path.join(dir, 'content', locale), { recursive: true });
      onDisk.set(locale, new Set(names.filter((name) => name.endsWith('.md')).map((name) => path.basename(name, '.md'))));
    }
    for (const file of files) {
      const locale = file.split('/')[0]!;
      const text = await readFile(path.join(dir, 'content', file), 'utf8');
      const targets = [...text.matchAll(/\]\(([^()\s]+?\.md)(?:#[^()\s]*)?\)/g)].map((match) => match[1]!);
      expect(targets.length, file).toBeGreaterThan(0);
      for (const target of targets) {
        const linked = path.join(dir, 'content', path.dirname(file), target);
        expect(await exists(linked), `${file} links to ${target}`).toBe(true);
      }
      const related = /^related: (.*)$/m.exec(text)?.[1];
      for (const slug of related ? (JSON.parse(related) as string[]) : []) expect(onDisk.get(locale)!.has(slug), `${file} related ${slug}`).toBe(true);
    }
  });

  it('links only to articles that exist, and every generated article links to another generated one', () => {
    expect(content).not.toBeNull();
    const generated = new Set(slugs);
    for (const locale of locales) {
      const existing = new Set(articles(locale).map((article) => article.slug));
      for (const article of articles(locale).filter((candidate) => generated.has(candidate.slug))) {
        const hrefs = [...article.html.matchAll(/<a [^>]*?href="([^"]*)"/g)].map((match) => match[1]!);
        const internal = hrefs.filter((href) => !/^(?:https?:|mailto:|tel:|#)/.test(href));
        // A link the build could not resolve keeps its written form (../category/slug.md).
        for (const href of internal) expect(href, `${locale}/${article.slug}`).toMatch(/^\/(?:en|zh)\/(?:articles|categories|contact)\b/);
        const linked = internal.flatMap((href) => /^\/(?:en|zh)\/articles\/([^#?/]+)/.exec(href)?.[1] ?? []);
        for (const slug of linked) expect(existing.has(slug), `${locale}/${article.slug} links to ${slug}`).toBe(true);
        expect(linked.some((slug) => generated.has(slug)), `${locale}/${article.slug} links to no generated article`).toBe(true);
        for (const slug of article.related) expect(existing.has(slug), `${locale}/${article.slug} related ${slug}`).toBe(true);
      }
    }
  });

  it('finds a generated article first when searched by its exact title, in English and Chinese', () => {
    expect(content).not.toBeNull();
    for (const locale of locales) {
      const index = indexes.get(locale)!;
      const sample = slugs.filter((_, i) => i % 20 === 0);
      expect(sample.length).toBeGreaterThanOrEqual(10);
      for (const slug of sample) {
        const { title } = articles(locale).find((article) => article.slug === slug)!;
        expect(index.search(title, { limit: 3 }).hits[0]?.record.slug, `${locale}: "${title}"`).toBe(slug);
      }
    }
  });

  it("answers from the browser's shards exactly as from the whole index, fetching a part of them", async () => {
    for (const locale of locales) {
      const index = indexes.get(locale)!;
      const { browser, shards, fetched } = await shardInMemory(index);
      const titles = index.records.filter((_, i) => i % 30 === 0).map((record) => record.title);
      for (const query of [...SEARCH_QUERIES[locale]!, ...titles]) {
        expect(seen(await browser.search(query, { limit: 8 })), `${locale}: ${query}`).toEqual(seen(index.search(query, { limit: 8 })));
      }
      expect(new Set(fetched).size).toBeLessThan(shards.length);
    }
  });

  it('is the same corpus every time for the same seed', async () => {
    const again = generateCorpus(await readSourceArticles(realContent), { articles: ARTICLES, seed: SEED });
    expect(again.slugs).toEqual(slugs);
    for (const file of again.files.filter((_, i) => i % 25 === 0)) {
      expect(await readFile(path.join(dir, 'content', file.path), 'utf8'), file.path).toBe(file.text);
    }
  }, 30_000);
});
