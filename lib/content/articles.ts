import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { getMessages } from '../i18n/messages';
import { articlePath } from '../routes';
import type { CompiledArticle } from './compiled';
import { faqFromTree } from './faq';
import { codeRanges, renderMarkdown } from './markdown';
import { problemsFromZod } from './problems';
import { type Category, frontMatterSchema } from './schema';
import { expandTemplates } from './templates';
import { describeYamlError, parseYaml } from './yaml';

/** An article file found on disk, before its contents are read. */
export interface ArticleFile {
  locale: string;
  category: string;
  slug: string;
  file: string;
}

/** What compiling one article needs to know about the others and the site: the same for every batch. */
export interface ArticleSite {
  root: string;
  /** Every article file of every locale, the ones compiled elsewhere included (links are checked against them). */
  files: readonly ArticleFile[];
  variables: ReadonlyMap<string, string>;
  categories: ReadonlyMap<string, readonly Category[]>;
  hasContactPage: boolean;
}

/**
 * A run of articles to compile. Only plain data (maps, arrays, strings), so a batch can be posted to a
 * worker thread as it is and compiled there with the same function.
 */
export interface ArticleBatch {
  site: ArticleSite;
  /** Where the batch starts and ends in `site.files`. */
  start: number;
  end: number;
}

/** A problem found in an article, for the loader to report against its own file names. */
export interface ArticleReport {
  file: string;
  field: string | undefined;
  message: string;
  severity: 'error' | 'warning';
}

export interface ArticleBatchResult {
  /** The articles that compiled, in file order (one with broken front matter has only reports). */
  articles: CompiledArticle[];
  /** Its problems, in file order. */
  reports: ArticleReport[];
}

/** Front matter as gray-matter finds it: `---` lines around YAML at the very top of the file. */
const FRONT_MATTER = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** How many article files are being read while one is compiled. */
const READ_AHEAD = 16;

/** Each locale's article slugs (every locale of the site, those without articles too): what links are checked against. */
export function slugsByLocale(locales: readonly string[], files: readonly ArticleFile[]): Map<string, Set<string>> {
  const slugs = new Map(locales.map((locale) => [locale, new Set<string>()]));
  for (const article of files) slugs.get(article.locale)?.add(article.slug);
  return slugs;
}

/** Splits the site's articles into runs of about `size`, in file order, for compiling side by side. */
export function articleBatches(site: ArticleSite, size: number): ArticleBatch[] {
  const count = Math.max(1, Math.ceil(site.files.length / Math.max(1, size)));
  const each = Math.ceil(site.files.length / count);
  return Array.from({ length: count }, (_, index) => ({
    site,
    start: index * each,
    end: Math.min(site.files.length, (index + 1) * each),
  }));
}

/**
 * Compiles a batch of articles, one at a time, in file order, with the next few files being read
 * meanwhile: rendering is synchronous work, and starting every article at once only held every
 * file open and every tree in memory together (at 4,000 articles, a fifth of the time went to
 * collecting garbage, and problems came out in the order the reads happened to finish).
 */
export async function compileArticleBatch({ site, start, end }: ArticleBatch): Promise<ArticleBatchResult> {
  const { files } = site;
  const reports: ArticleReport[] = [];
  const report: Report = (file, field, message, severity = 'error') => reports.push({ file, field, message, severity });
  const slugs = slugsByLocale([...site.categories.keys()], files);
  const byPath = new Map(files.map((article) => [article.file, article]));
  // A category page exists as soon as categories.yaml lists it, articles or not.
  const categoriesOf = (locale: string) => new Set(site.categories.get(locale)?.map((category) => category.slug));

  const isSitePath = (sitePath: string): boolean => {
    const [locale = '', section, slug, ...rest] = sitePath.replace(/^\/|\/$/g, '').split('/');
    if (!slugs.has(locale) || rest.length) return false;
    if (section === undefined) return true;
    if (section === 'articles') return slugs.get(locale)?.has(slug ?? '') ?? false;
    if (section === 'categories') return categoriesOf(locale).has(slug ?? '');
    // Pages with no slug of their own; the contact page exists once site.yaml lists a channel.
    if (slug !== undefined) return false;
    return section === 'verify' || section === 'flows' || (section === 'contact' && site.hasContactPage);
  };

  const context = { root: site.root, variables: site.variables, byPath, slugs, isSitePath, report };
  const reads: Promise<string>[] = [];
  const read = (index: number) => {
    const article = files[index];
    if (index >= end || !article || reads[index]) return;
    reads[index] = readFile(article.file, 'utf8');
    // A file that cannot be read fails its own await below, not as an unhandled rejection before it.
    reads[index].catch(() => {});
  };
  const articles: CompiledArticle[] = [];
  for (let index = start; index < end; index++) {
    for (let ahead = index; ahead < index + READ_AHEAD; ahead++) read(ahead);
    const source = await reads[index]!;
    delete reads[index];
    const result = await compileArticle(files[index]!, source, context);
    if (result) articles.push(result);
  }
  return { articles, reports };
}

type Report = (file: string, field: string | undefined, message: string, severity?: 'error' | 'warning') => void;

interface CompileContext {
  root: string;
  variables: ReadonlyMap<string, string>;
  byPath: ReadonlyMap<string, ArticleFile>;
  slugs: ReadonlyMap<string, ReadonlySet<string>>;
  isSitePath: (sitePath: string) => boolean;
  report: Report;
}

async function compileArticle(article: ArticleFile, source: string, context: CompileContext): Promise<CompiledArticle | null> {
  const { report } = context;
  const bodyStart = FRONT_MATTER.exec(source)?.[0].length ?? 0;
  const body = source.slice(bodyStart);
  // Where code is matters only to a {{variable}} in the body (the front matter holds no code).
  const code = body.includes('{{') ? codeRanges(body).map(([start, end]) => [start + bodyStart, end + bodyStart] as const) : [];
  const expanded = expandTemplates(source, context.variables, code);
  for (const { name, line } of expanded.unknown) {
    report(
      article.file,
      `line ${line}`,
      `{{${name}}} is not a known variable (known: ${[...context.variables.keys()].join(', ')}); to show {{ as written, put a backslash before it: \\{{`,
    );
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    // Front matter starts on line 2, after the opening `---`.
    parsed = matter(expanded.text, { engines: { yaml: (text: string) => asObject(parseYaml(text, 1)) } });
  } catch (error) {
    report(article.file, 'front matter', describeYamlError(error));
    return null;
  }
  const frontMatter = frontMatterSchema.safeParse(parsed.data);
  if (!frontMatter.success) {
    for (const problem of problemsFromZod('', frontMatter.error, Object.keys(frontMatterSchema.shape))) {
      report(article.file, problem.field, problem.message);
    }
  }

  const localeSlugs = context.slugs.get(article.locale) ?? new Set<string>();
  frontMatter.data?.related.forEach((slug, index) => {
    if (!localeSlugs.has(slug)) report(article.file, `related[${index}]`, `"${slug}" is not an article in ${article.locale}/`);
    else if (slug === article.slug) report(article.file, `related[${index}]`, 'an article cannot be related to itself');
  });

  // The body is checked even when the front matter is broken, so one run lists every problem.
  const rendered = await renderMarkdown(parsed.content, {
    resolveLink: (href) => resolveArticleLink(href, article, context),
    labels: getMessages(article.locale).markdown,
  });
  for (const { name, line } of expanded.inCode) {
    report(article.file, `line ${line}`, `{{${name}}} is inside code, so readers see it as written; move it out of the code to show its value`, 'warning');
  }
  // Lines in the body are counted from its start; writers count from the top of the file.
  const bodyLine = expanded.text.split('\n').length - parsed.content.split('\n').length;
  for (const { message, line } of rendered.problems) report(article.file, line ? `line ${line + bodyLine}` : 'body', message);
  const faq = faqFromTree(rendered.tree);
  for (const message of faq.problems) report(article.file, 'body', `a questions-and-answers article (every ## heading is a question), but ${message}`);
  if (!frontMatter.success) return null;

  return {
    ...frontMatter.data,
    locale: article.locale,
    slug: article.slug,
    category: article.category,
    html: rendered.html,
    toc: rendered.toc,
    text: rendered.text,
    faq: faq.entries,
    source: path.relative(context.root, article.file).split(path.sep).join('/'),
  };
}

/** Rewrites `../account-access/reset-password.md#anchor` to `/en/articles/reset-password#anchor`. */
function resolveArticleLink(href: string, from: ArticleFile, context: CompileContext): { url: string } | { error: string } {
  const [target = '', ...hashParts] = href.split('#');
  const hash = hashParts.length ? `#${hashParts.join('#')}` : '';
  if (target.startsWith('/')) {
    return context.isSitePath(target.split('?')[0] ?? '')
      ? { url: href }
      : { error: `links to "${href}", which is not a page of this help center` };
  }
  if (!target.endsWith('.md')) {
    return { error: `links to "${href}": link to another article by its file, like ../account-access/reset-password.md` };
  }
  const linked = context.byPath.get(path.resolve(path.dirname(from.file), decodeURIComponent(target)));
  if (linked) return { url: articlePath(linked.locale, linked.slug) + hash };
  const slug = path.basename(target, '.md');
  const sameSlug = [...context.byPath.values()].find((a) => a.locale === from.locale && a.slug === slug);
  const hint = sameSlug ? ` (did you mean ${path.relative(path.dirname(from.file), sameSlug.file)}?)` : '';
  return { error: `links to "${href}", but there is no such article${hint}` };
}


function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** gray-matter expects an object; empty front matter parses to null. */
function asObject(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  if (!isRecord(value)) throw new Error('front matter must be a set of "field: value" lines');
  return value;
}
