/**
 * A large, realistic knowledge base made from the real one, for measuring the build and search at
 * scale (`npm run corpus`, `npm run bench:scale`, tests/unit/scale-corpus.test.ts).
 *
 * Pure: it takes the real articles' sources and returns the files to add, so a test can run it
 * without touching the disk, and the same seed always gives the same bytes. Every generated
 * article is written in both locales under the same slug and category, from the same real
 * articles (the English one from their English text, the Chinese one from their Chinese text), so
 * the two are translations of each other as far as the site can tell:
 *
 * - title: a real title and one of another article's section headings ("Reset your password: Before
 *   you start"), unique in its locale, so a search for it can find exactly it;
 * - description, tags: a real article's; `updated` a date in 2025-2026; `related` a few slugs
 *   that exist (real or generated), the same in both locales;
 * - body: a real introduction, then three to five whole real sections (heading, paragraphs, lists,
 *   tables, code) from other articles, with their links rewritten to `../category/slug.md` so they
 *   still resolve from the new folder, about half of them sent to generated articles instead, and
 *   one of the real "see [...](...)" list items pointing at a generated article if none did.
 *
 * Blocks that link to a section of their own article (`#anchor`) are left out: that section is
 * not in the new article.
 */
import path from 'node:path';
import matter from 'gray-matter';
import type { Heading, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseYaml } from '../../lib/content/yaml';

/** One real article as written (front matter and Markdown, variables not expanded). */
export interface SourceArticle {
  locale: string;
  category: string;
  slug: string;
  source: string;
}

export interface CorpusOptions {
  /** Articles per locale in the result, the real ones included. */
  articles: number;
  seed?: number;
}

/** A file to add to a copy of the content folder, by its path inside it (`en/trading/x.md`). */
export interface CorpusFile {
  path: string;
  text: string;
}

export interface Corpus {
  files: CorpusFile[];
  /** The generated articles' slugs, in order; each exists in every locale. */
  slugs: string[];
}

interface Section {
  heading: string;
  blocks: string[];
}

/** A real article taken apart: its front matter fields, introduction and `##` sections. */
interface ParsedArticle {
  category: string;
  slug: string;
  title: string;
  description: string;
  tags: string[];
  intro: string[];
  sections: Section[];
}

/** What a generated article is made of, chosen once for every locale (indexes into the real articles). */
interface Plan {
  slug: string;
  category: string;
  /** The title: one article's title and a section heading of another (and a number, in a very large corpus). */
  title: TitlePlan;
  description: number;
  tags: number[];
  intro: number;
  sections: { article: number; section: number }[];
  related: string[];
  updated: string;
}

const MAX_TITLE = 120;
/** Of the links to articles in the real blocks, the share sent to generated articles. */
const RETARGET_SHARE = 0.5;
/** A Markdown link to an article file: `](file.md)`, `](../category/file.md#anchor)`. */
const ARTICLE_LINK = /\]\(([^()\s]*?\.md)(#[^()\s]*)?\)/g;

export function generateCorpus(sources: readonly SourceArticle[], options: CorpusOptions): Corpus {
  const seed = options.seed ?? 42;
  const locales = [...new Set(sources.map((article) => article.locale))].sort();
  const parsed = new Map(locales.map((locale) => [locale, sources.filter((a) => a.locale === locale).map(parseArticle)]));
  // The real articles every locale has, in one order: generated articles are planned on their indexes.
  const shared = [...parsed.values()]
    .map((articles) => new Set(articles.map((article) => `${article.category}/${article.slug}`)))
    .reduce((common, keys) => new Set([...common].filter((key) => keys.has(key))));
  const realKeys = [...shared].sort();
  const real = new Map(
    locales.map((locale) => {
      const byKey = new Map(parsed.get(locale)!.map((article) => [`${article.category}/${article.slug}`, article]));
      return [locale, realKeys.map((key) => byKey.get(key)!)];
    }),
  );
  if (realKeys.length === 0) throw new Error('no article exists in every locale to build a corpus from');

  const realCount = Math.max(...[...parsed.values()].map((articles) => articles.length));
  const count = Math.max(0, options.articles - realCount);
  const plans = planArticles(count, real, mulberry32(seed));
  const allSlugs = new Set([...[...parsed.values()].flat().map((article) => article.slug)]);
  const slugs = plans.map((plan) => plan.slug);
  const generated = new Set(plans.map((plan) => `../${plan.category}/${plan.slug}.md`));

  const files: CorpusFile[] = [];
  for (const locale of locales) {
    const articles = real.get(locale)!;
    const linkItems = articles.flatMap((article) => [...article.intro, ...article.sections.flatMap((s) => s.blocks)].flatMap((block) => linkListItems(block, article.category)));
    plans.forEach((plan, index) => {
      const random = mulberry32(seed ^ hash(`${locale}:${index}`));
      const retarget = (target: string) => (random() < RETARGET_SHARE ? generatedTarget(plans, index, random) : target);
      const text = renderArticle(plan, articles, { locale, random, retarget, linkItems, plans, generated, index });
      files.push({ path: `${locale}/${plan.category}/${plan.slug}.md`, text });
    });
  }
  for (const slug of slugs) if (allSlugs.has(slug)) throw new Error(`generated slug "${slug}" is also a real article`);
  return { files, slugs };
}

function planArticles(count: number, real: ReadonlyMap<string, ParsedArticle[]>, random: () => number): Plan[] {
  const locales = [...real.keys()];
  const first = real.get(locales[0]!)!;
  const pick = (n: number) => Math.floor(random() * n);
  const titleKeys = new Map(locales.map((locale) => [locale, new Set(real.get(locale)!.map((article) => titleKey(article.title)))]));
  const plans: Plan[] = [];
  const slugs = new Set<string>();
  let misses = 0;
  while (plans.length < count) {
    const article = pick(first.length);
    const other = pick(first.length);
    const section = pick(8);
    // Once most pairs of a title and a heading are taken (tens of thousands of articles), titles get a number.
    const part = misses > 100 ? plans.length + 1 : undefined;
    const titles = locales.map((locale) => composeTitle(real.get(locale)!, { article, other, section, part }, locale));
    // A title no other article of its locale has (as search compares them), and not too long.
    if (titles.some((title, i) => title.length > MAX_TITLE || titleKeys.get(locales[i]!)!.has(titleKey(title)))) {
      misses++;
      continue;
    }
    misses = 0;
    titles.forEach((title, i) => titleKeys.get(locales[i]!)!.add(titleKey(title)));

    const index = plans.length;
    const base = slugify(titles[0]!).split('-').slice(0, 6).join('-');
    const slug = `${base}-${(index + 1).toString(36)}`;
    if (slugs.has(slug)) continue;
    slugs.add(slug);
    const sectionCount = 3 + pick(3);
    plans.push({
      slug,
      category: first[article]!.category,
      title: { article, other, section, part },
      description: pick(first.length),
      tags: [article, pick(first.length)],
      intro: article,
      sections: Array.from({ length: sectionCount }, () => ({ article: pick(first.length), section: pick(8) })),
      related: [],
      updated: dateBetween(Date.UTC(2025, 0, 1), Date.UTC(2026, 10, 30), random()),
    });
  }
  // Related: other generated articles, or real ones, that exist in every locale.
  const realSlugs = first.map((article) => article.slug);
  for (const plan of plans) {
    const related = new Set<string>();
    const wanted = pick(4);
    for (let tries = 0; related.size < wanted && tries < 10; tries++) {
      const slug = random() < 0.7 && plans.length > 1 ? plans[pick(plans.length)]!.slug : realSlugs[pick(realSlugs.length)]!;
      if (slug !== plan.slug) related.add(slug);
    }
    plan.related = [...related];
  }
  return plans;
}

interface TitlePlan {
  article: number;
  other: number;
  section: number;
  part?: number;
}

/** "Title of one article: a section heading of another", in the locale's punctuation. */
function composeTitle(articles: readonly ParsedArticle[], { article, other, section, part }: TitlePlan, locale: string): string {
  const source = articles[other === article ? (other + 1) % articles.length : other]!;
  const heading = source.sections.length ? source.sections[section % source.sections.length]!.heading : source.title;
  const title = `${articles[article]!.title}${locale === 'zh' ? '：' : ': '}${heading}`;
  return part === undefined ? title : `${title} (${part})`;
}

interface RenderContext {
  locale: string;
  random: () => number;
  retarget: (target: string) => string;
  linkItems: string[];
  plans: readonly Plan[];
  /** Every generated article as a link target (`../category/slug.md`). */
  generated: ReadonlySet<string>;
  index: number;
}

function renderArticle(plan: Plan, articles: readonly ParsedArticle[], context: RenderContext): string {
  const { random } = context;
  const title = composeTitle(articles, plan.title, context.locale);
  const tags = dedupe([...articles[plan.tags[0]!]!.tags.slice(0, 4), ...articles[plan.tags[1]!]!.tags.slice(0, 2)]).slice(0, 6);
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(articles[plan.description]!.description)}`,
    `updated: ${plan.updated}`,
    `tags: ${JSON.stringify(tags)}`,
    ...(plan.related.length ? [`related: ${JSON.stringify(plan.related)}`] : []),
    '---',
  ];

  const rewrite = (block: string, category: string) => rewriteLinks(block, category, context.retarget);
  const intro = articles[plan.intro]!;
  const body: string[] = intro.intro.filter(usable).map((block) => rewrite(block, intro.category));
  for (const { article, section } of plan.sections) {
    const source = articles[article]!;
    if (source.sections.length === 0) continue;
    const chosen = source.sections[section % source.sections.length]!;
    const blocks = chosen.blocks.filter(usable);
    if (blocks.length === 0) continue;
    body.push(`## ${chosen.heading}`, ...blocks.slice(0, 4).map((block) => rewrite(block, source.category)));
  }
  const linksToGenerated = (block: string) => [...block.matchAll(ARTICLE_LINK)].some((match) => context.generated.has(match[1]!));
  if (!body.some(linksToGenerated) && context.linkItems.length) {
    const item = context.linkItems[Math.floor(random() * context.linkItems.length)]!;
    body.push(item.replace(ARTICLE_LINK, () => `](${generatedTarget(context.plans, context.index, random)})`));
  }
  return `${frontMatter.join('\n')}\n\n${body.join('\n\n')}\n`;
}

/** A block that still makes sense in another article: no link to a section of its own article. */
const usable = (block: string) => !block.includes('](#');

/** Links to article files, resolved from the real article's folder and written from the new one. */
function rewriteLinks(block: string, category: string, retarget: (target: string) => string): string {
  return block.replace(ARTICLE_LINK, (_match, target: string, hash: string | undefined) => {
    const resolved = `../${path.posix.join(category, target)}`;
    const sent = retarget(resolved);
    return `](${sent}${sent === resolved ? (hash ?? '') : ''})`;
  });
}

function generatedTarget(plans: readonly Plan[], self: number, random: () => number): string {
  let index = Math.floor(random() * plans.length);
  if (index === self) index = (index + 1) % plans.length;
  const plan = plans[index]!;
  return `../${plan.category}/${plan.slug}.md`;
}

/** The one-line items of a list block that link to exactly one article ("- ... see [x](y.md)."). */
function linkListItems(block: string, category: string): string[] {
  if (!/^[-*] /.test(block)) return [];
  return block
    .split('\n')
    .filter((line) => /^[-*] /.test(line) && [...line.matchAll(ARTICLE_LINK)].length === 1 && !line.includes('](#'))
    .map((line) => rewriteLinks(line, category, (target) => target));
}

function parseArticle(article: SourceArticle): ParsedArticle {
  const file = matter(article.source, { engines: { yaml: (text: string) => (parseYaml(text) ?? {}) as object } });
  const data = file.data as { title?: unknown; description?: unknown; tags?: unknown };
  const body = file.content;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const intro: string[] = [];
  const sections: Section[] = [];
  for (const node of tree.children) {
    const text = slice(body, node);
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      sections.push({ heading: text.replace(/^##\s+/, '').trim(), blocks: [] });
    } else if (sections.length) {
      sections.at(-1)!.blocks.push(text);
    } else {
      intro.push(text);
    }
  }
  return {
    category: article.category,
    slug: article.slug,
    title: String(data.title ?? article.slug),
    description: String(data.description ?? ''),
    tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
    intro,
    sections,
  };
}

function slice(source: string, node: RootContent): string {
  return source.slice(node.position!.start.offset, node.position!.end.offset);
}

const titleKey = (title: string) => title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function slugify(text: string): string {
  return (
    text
      .replace(/\{\{[^}]*\}\}/g, ' ')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'article'
  );
}

function dedupe(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dateBetween(from: number, to: number, fraction: number): string {
  const day = 86_400_000;
  return new Date(from + Math.floor((fraction * (to - from)) / day) * day).toISOString().slice(0, 10);
}

/** A small, fast seeded generator (Mulberry32): the same seed gives the same corpus. */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, to derive one generator per article and locale from the seed. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
