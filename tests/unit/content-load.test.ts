import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledArticle, CompiledContent } from '../../lib/content/compiled';
import { compiledContentSchema } from '../../lib/content/compiled';
import { loadContent } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';

const validDir = path.join(import.meta.dirname, '../fixtures/content/valid');

let content: CompiledContent;
let warnings: string[];

beforeAll(async () => {
  const result = await loadContent(validDir, { displayPath: (file) => path.relative(validDir, file) });
  if (!result.content) throw new Error(result.problems.map(formatProblem).join('\n'));
  content = result.content;
  warnings = result.problems.map(formatProblem);
});

const article = (locale: string, slug: string): CompiledArticle => {
  const found = content.locales[locale]?.articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no ${locale}/${slug}`);
  return found;
};

describe('loading valid content', () => {
  it('compiles every article of every locale, with front matter defaults applied', () => {
    expect(content.locales.en?.articles.map((a) => a.slug).sort()).toEqual(['fees', 'open-an-account', 'spot-scams']);
    expect(content.locales.zh?.articles.map((a) => a.slug).sort()).toEqual(['open-an-account', 'spot-scams']);
    expect(article('en', 'fees')).toMatchObject({ category: 'basics', tags: [], related: [], promoted: false, order: 2 });
  });

  it('carries each locale’s search synonyms, and none where the file is absent', () => {
    expect(content.locales.en?.synonyms).toEqual([['sign up', 'register', 'open an account']]);
    expect(content.locales.zh?.synonyms).toEqual([]);
  });

  it('produces output that the app-side schema accepts', () => {
    expect(compiledContentSchema.safeParse(JSON.parse(JSON.stringify(content))).success).toBe(true);
  });

  it('warns, without failing, about an article with no translation', () => {
    expect(warnings).toEqual(['en/basics/fees.md: has no zh translation (expected zh/basics/fees.md)']);
  });

  it('normalises site URLs and fills {{variables}} from site.yaml', () => {
    expect(content.site.helpCenter).toBe('https://help.testbank.example');
    expect(article('en', 'open-an-account').title).toBe('Open a Testbank account');
    expect(article('en', 'open-an-account').html).toContain('<a href="mailto:help@testbank.example">help@testbank.example</a>');
    expect(article('en', 'open-an-account').html).toContain('href="https://x.com/testbank"');
  });

  it('rewrites links to .md files into article URLs, keeping the #anchor', () => {
    expect(article('en', 'open-an-account').html).toContain('<a href="/en/articles/spot-scams#fake-support">scams</a>');
    expect(article('zh', 'spot-scams').html).toContain('href="/zh/articles/open-an-account"');
  });

  it('records the source file and a plain-text body for search', () => {
    expect(article('zh', 'open-an-account').source).toBe('zh/basics/open-an-account.md');
    expect(article('en', 'spot-scams').text).toBe(
      'Support never asks for your password. Fake support They message you first. See how to open an account.',
    );
  });
});
