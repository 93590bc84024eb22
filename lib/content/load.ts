import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { compileFlows } from '../flows/compile';
import { localesWithMessages } from '../i18n/messages';
import { inParallel } from '../in-parallel';
import { type ArticleBatch, type ArticleBatchResult, type ArticleFile, type ArticleSite, articleBatches, compileArticleBatch, slugsByLocale } from './articles';
import type { CompiledArticle, CompiledContent } from './compiled';
import { type CompiledContact, contactFileSchema } from './contact';
import { compileContact } from './contact-compile';
import { type ContentProblem, problemsFromZod } from './problems';
import {
  type Category,
  type Site,
  categoriesFileSchema,
  categorySchema,
  siteSchema,
  slugSchema,
  synonymsFileSchema,
} from './schema';
import { templateVariables } from './templates';
import { describeYamlError, parseYaml } from './yaml';

export interface LoadOptions {
  /** How file names appear in messages; defaults to paths relative to the working directory. */
  displayPath?: (absolutePath: string) => string;
  /**
   * Compiles batches of articles somewhere else at the same time, e.g. in worker threads
   * (scripts/lib/article-workers.ts). Rendering Markdown is most of a large build's content step
   * and uses one core; without this, every article is compiled here, one after another.
   */
  parallel?: ParallelCompiler;
}

export interface ParallelCompiler {
  /** How many batches can be compiled at once. */
  width: number;
  compile(batch: ArticleBatch): Promise<ArticleBatchResult>;
}

/** Below this many articles for each thread, starting another thread costs more than it saves. */
export const ARTICLES_PER_THREAD = 250;

export interface LoadResult {
  /** Null when there is at least one error. */
  content: CompiledContent | null;
  problems: ContentProblem[];
}

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
  const slugs = slugsByLocale(site.locales, files);
  const variables = templateVariables(site);
  const articleSite: ArticleSite = { root, files, variables, categories, hasContactPage: site.channels.length > 0 };
  const articles = await compileArticles(articleSite, options.parallel, report);
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
    problems.push({ file: display(file), message: describeYamlError(error), severity: 'error' });
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

/**
 * Compiles every article, here or (for a large help center, given a parallel compiler) in batches at
 * the same time. Either way the articles and their problems come back in file order.
 */
async function compileArticles(site: ArticleSite, parallel: ParallelCompiler | undefined, report: Report): Promise<CompiledArticle[]> {
  const width = threadsWorthStarting(site.files.length, parallel?.width ?? 1);
  const results =
    parallel && width > 1
      ? // Several batches a thread, so one thread finishing early (shorter articles) leaves no core idle.
        await inParallel(articleBatches(site, Math.ceil(site.files.length / (width * 4))), width, parallel.compile)
      : [await compileArticleBatch({ site, start: 0, end: site.files.length })];
  for (const { file, field, message, severity } of results.flatMap((result) => result.reports)) report(file, field, message, severity);
  return results.flatMap((result) => result.articles);
}

/** How many of `width` threads are worth starting for this many articles (1: none, do it here). */
export function threadsWorthStarting(articles: number, width: number): number {
  return Math.max(1, Math.min(width, Math.floor(articles / ARTICLES_PER_THREAD)));
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
