import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { compileFlows } from '../flows/compile';
import { getMessages, localesWithMessages } from '../i18n/messages';
import { articlePath } from '../routes';
import type { CompiledArticle, CompiledContent } from './compiled';
import { type CompiledContact, contactFileSchema } from './contact';
import { compileContact } from './contact-compile';
import { faqFromTree } from './faq';
import { codeRanges, renderMarkdown } from './markdown';
import { type ContentProblem, problemsFromZod } from './problems';
import {
  type Category,
  type Site,
  categoriesFileSchema,
  categorySchema,
  frontMatterSchema,
  siteSchema,
  slugSchema,
  synonymsFileSchema,
} from './schema';
import { expandTemplates, templateVariables } from './templates';
import { YamlSyntaxError, parseYaml } from './yaml';

export interface LoadOptions {
  /** How file names appear in messages; defaults to paths relative to the working directory. */
  displayPath?: (absolutePath: string) => string;
}

export interface LoadResult {
  /** Null when there is at least one error. */
  content: CompiledContent | null;
  problems: ContentProblem[];
}

/** An article file found on disk, before its contents are read. */
interface ArticleFile {
  locale: string;
  category: string;
  slug: string;
  file: string;
}

/** Front matter as gray-matter finds it: `---` lines around YAML at the very top of the file. */
const FRONT_MATTER = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** How many article files are being read while one is compiled. */
const READ_AHEAD = 16;

/** Files in a locale folder that are not articles and not categories. */
const LOCALE_DATA_FILES = new Set(['categories.yaml', 'synonyms.yaml', 'contact.yaml']);

/**
 * Reads, validates and renders a whole content folder. Every problem in every file is collected
 * (errors and warnings) rather than stopping at the first, so a writer fixes them all in one pass.
 */
export async function loadContent(contentDir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const root = path.resolve(contentDir);
  const display = options.displayPath ?? ((file: string) => path.relative(process.cwd(), file) || file);
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string | undefined, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ file: display(file), field, message, severity });

  const site = await readValidatedYaml(path.join(root, 'site.yaml'), siteSchema, Object.keys(siteSchema.shape), display, problems);
  if (!site) return { content: null, problems };
  for (const locale of site.locales) {
    if (!localesWithMessages.includes(locale)) {
      report(path.join(root, 'site.yaml'), 'locales', `"${locale}" has no interface strings (add lib/i18n/messages/${locale}.json)`);
    }
  }

  const categories = new Map<string, Category[]>();
  const synonyms = new Map<string, string[][]>();
  const files: ArticleFile[] = [];
  for (const locale of site.locales) {
    const localeDir = path.join(root, locale);
    const categoriesFile = path.join(localeDir, 'categories.yaml');
    const list = await readCategories(categoriesFile, display, problems);
    categories.set(locale, list);
    synonyms.set(locale, await readSynonyms(path.join(localeDir, 'synonyms.yaml'), display, problems));
    files.push(...(await findArticleFiles(localeDir, locale, list, report)));
  }

  // Articles and flows link to the same articles and expand the same variables.
  const slugs = new Map(site.locales.map((locale) => [locale, new Set<string>()]));
  for (const article of files) slugs.get(article.locale)?.add(article.slug);
  const variables = templateVariables(site);
  const articles = await compileArticles(root, { files, slugs, variables, categories, hasContactPage: site.channels.length > 0 }, report);
  reportMissingTranslations(site, files, report);
  const hasArticle = (locale: string, slug: string) => slugs.get(locale)?.has(slug) ?? false;
  const contacts = new Map<string, CompiledContact>();
  for (const locale of site.locales) {
    const contact = await readContact(path.join(root, locale, 'contact.yaml'), { site, locale, variables, hasArticle, display, problems });
    if (contact) contacts.set(locale, contact);
  }
  const flows = await compileFlows(path.join(root, 'flows'), {
    locales: site.locales,
    variables,
    hasArticle,
    display,
  });
  problems.push(...flows.problems);

  if (problems.some((problem) => problem.severity === 'error')) return { content: null, problems };
  const locales = Object.fromEntries(
    site.locales.map((locale) => [
      locale,
      {
        categories: categories.get(locale) ?? [],
        articles: articles.filter((article) => article.locale === locale),
        synonyms: synonyms.get(locale) ?? [],
        flows: flows.flows.get(locale) ?? [],
        contact: contacts.get(locale),
      },
    ]),
  );
  return { content: { site, locales }, problems };
}

type Report = (file: string, field: string | undefined, message: string, severity?: 'error' | 'warning') => void;

async function readValidatedYaml<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  knownKeys: readonly string[],
  display: (file: string) => string,
  problems: ContentProblem[],
  { optional = false } = {},
): Promise<z.output<Schema> | null> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch {
    if (!optional) problems.push({ file: display(file), message: 'file is missing', severity: 'error' });
    return null;
  }
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    problems.push(yamlProblem(display(file), error));
    return null;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...problemsFromZod(display(file), result.error, knownKeys));
  return null;
}

/**
 * Each category is validated on its own, so one bad entry is reported without hiding the others
 * (and without every article in the good categories being reported as uncategorised).
 */
async function readCategories(
  file: string,
  display: (file: string) => string,
  problems: ContentProblem[],
): Promise<Category[]> {
  const entries = await readValidatedYaml(file, categoriesFileSchema, [], display, problems);
  if (!entries) return [];
  const categories: Category[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const result = categorySchema.safeParse(entry);
    if (!result.success) {
      for (const problem of problemsFromZod(display(file), result.error, Object.keys(categorySchema.shape))) {
        problems.push({ ...problem, field: `[${index}]${problem.field ? `.${problem.field}` : ''}` });
      }
    } else if (seen.has(result.data.slug)) {
      problems.push({ file: display(file), field: `[${index}].slug`, message: `"${result.data.slug}" is listed twice`, severity: 'error' });
    } else {
      seen.add(result.data.slug);
      categories.push(result.data);
    }
  });
  return categories;
}

/**
 * contact.yaml is the contact page's words; it is needed once site.yaml lists a support channel
 * (a help center with no channels has no contact page).
 */
async function readContact(
  file: string,
  context: { site: Site; locale: string; variables: ReadonlyMap<string, string>; hasArticle: (locale: string, slug: string) => boolean; display: (file: string) => string; problems: ContentProblem[] },
): Promise<CompiledContact | null> {
  const { site, locale, display, problems } = context;
  const data = await readValidatedYaml(file, contactFileSchema, Object.keys(contactFileSchema.shape), display, problems, { optional: site.channels.length === 0 });
  if (!data) return null;
  const report = (field: string, message: string) => problems.push({ file: display(file), field, message, severity: 'error' });
  return compileContact(data, site, { locale, variables: context.variables, hasArticle: context.hasArticle, report });
}

/** synonyms.yaml is optional: without it, search simply has no synonyms for that locale. */
async function readSynonyms(file: string, display: (file: string) => string, problems: ContentProblem[]): Promise<string[][]> {
  return (await readValidatedYaml(file, synonymsFileSchema, [], display, problems, { optional: true })) ?? [];
}

function yamlProblem(file: string, error: unknown, field?: string): ContentProblem {
  const where = error instanceof YamlSyntaxError && error.line !== undefined ? ` (line ${error.line})` : '';
  const reason = error instanceof Error ? error.message : String(error);
  return { file, field, message: `invalid YAML${where}: ${reason}`, severity: 'error' };
}

async function findArticleFiles(
  localeDir: string,
  locale: string,
  categories: readonly Category[],
  report: Report,
): Promise<ArticleFile[]> {
  const entries = await readdir(localeDir, { withFileTypes: true }).catch(() => null);
  if (!entries) {
    report(localeDir, undefined, `folder is missing (site.yaml lists the locale "${locale}")`);
    return [];
  }
  const known = new Set(categories.map((category) => category.slug));
  const found: ArticleFile[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const entryPath = path.join(localeDir, entry.name);
    if (!entry.isDirectory()) {
      if (entry.name.endsWith('.md')) report(entryPath, undefined, 'articles belong in a category folder, e.g. getting-started/');
      else if (!LOCALE_DATA_FILES.has(entry.name)) report(entryPath, undefined, 'is not a known content file', 'warning');
      continue;
    }
    const names = (await readdir(entryPath)).filter((name) => name.endsWith('.md')).sort();
    for (const name of names) {
      const file = path.join(entryPath, name);
      const slug = name.slice(0, -'.md'.length);
      if (!known.has(entry.name)) {
        report(file, 'category', `"${entry.name}" is not a category in ${locale}/categories.yaml (known: ${[...known].join(', ')})`);
      } else if (!slugSchema.safeParse(slug).success) {
        report(file, 'file name', 'expected lowercase words joined by hyphens, like reset-password.md');
      } else {
        found.push({ locale, category: entry.name, slug, file });
      }
    }
  }
  const firstBySlug = new Map<string, ArticleFile>();
  const unique: ArticleFile[] = [];
  for (const article of found) {
    const first = firstBySlug.get(article.slug);
    if (first) {
      report(article.file, 'slug', `"${article.slug}" is already used by ${path.relative(localeDir, first.file)}; slugs must be unique within a language`);
    } else {
      firstBySlug.set(article.slug, article);
      unique.push(article);
    }
  }
  return unique;
}

/**
 * Compiles every article, one at a time, in file order, with the next few files being read
 * meanwhile: rendering is synchronous work, and starting every article at once only held every
 * file open and every tree in memory together (at 4,000 articles, a fifth of the time went to
 * collecting garbage, and problems came out in the order the reads happened to finish).
 */
async function compileArticles(
  root: string,
  {
    files,
    slugs,
    variables,
    categories,
    hasContactPage,
  }: {
    files: ArticleFile[];
    slugs: ReadonlyMap<string, ReadonlySet<string>>;
    variables: ReadonlyMap<string, string>;
    categories: ReadonlyMap<string, readonly Category[]>;
    hasContactPage: boolean;
  },
  report: Report,
): Promise<CompiledArticle[]> {
  const byPath = new Map(files.map((article) => [article.file, article]));
  // A category page exists as soon as categories.yaml lists it, articles or not.
  const categoriesOf = (locale: string) => new Set(categories.get(locale)?.map((category) => category.slug));

  const isSitePath = (sitePath: string): boolean => {
    const [locale = '', section, slug, ...rest] = sitePath.replace(/^\/|\/$/g, '').split('/');
    if (!slugs.has(locale) || rest.length) return false;
    if (section === undefined) return true;
    if (section === 'articles') return slugs.get(locale)?.has(slug ?? '') ?? false;
    if (section === 'categories') return categoriesOf(locale).has(slug ?? '');
    // Pages with no slug of their own; the contact page exists once site.yaml lists a channel.
    if (slug !== undefined) return false;
    return section === 'verify' || section === 'flows' || (section === 'contact' && hasContactPage);
  };

  const context = { root, variables, byPath, slugs, isSitePath, report };
  const reads: Promise<string>[] = [];
  const read = (index: number) => {
    const article = files[index];
    if (!article || reads[index]) return;
    reads[index] = readFile(article.file, 'utf8');
    // A file that cannot be read fails its own await below, not as an unhandled rejection before it.
    reads[index].catch(() => {});
  };
  const compiled: CompiledArticle[] = [];
  for (const [index, article] of files.entries()) {
    for (let ahead = index; ahead < index + READ_AHEAD; ahead++) read(ahead);
    const source = await reads[index]!;
    delete reads[index];
    const result = await compileArticle(article, source, context);
    if (result) compiled.push(result);
  }
  return compiled;
}

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
    report(article.file, 'front matter', yamlProblem('', error).message);
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

function reportMissingTranslations(site: Site, files: ArticleFile[], report: Report): void {
  const byLocale = new Map(site.locales.map((locale) => [locale, new Map<string, ArticleFile>()]));
  for (const article of files) byLocale.get(article.locale)?.set(article.slug, article);
  for (const article of files) {
    for (const locale of site.locales) {
      if (locale === article.locale) continue;
      const translation = byLocale.get(locale)?.get(article.slug);
      if (!translation) {
        report(article.file, undefined, `has no ${locale} translation (expected ${locale}/${article.category}/${article.slug}.md)`, 'warning');
      } else if (translation.category !== article.category && article.locale < locale) {
        report(article.file, 'category', `is in "${article.category}" but its ${locale} translation is in "${translation.category}"`, 'warning');
      }
    }
  }
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
