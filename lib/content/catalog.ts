import type { CompiledFlow } from '../flows/compiled';
import { FLOW_DEPTH_BUILT_AHEAD, flowPagePaths } from '../flows/view';
import { articlePath, categoryPath, contactPath, flowPath, flowsPath, homePath, untranslatedNoticeId, verifyPath } from '../routes';
import type { CompiledContact } from './contact';
import type { CompiledArticle, CompiledContent } from './compiled';
import type { Category } from './schema';

export interface ArticleView {
  article: CompiledArticle;
  category: Category;
  /** Set when the requested locale has no translation and the default locale's text is shown. */
  fallbackFrom?: string;
  /** The locales this article exists in, for the language switch and hreflang links. */
  translations: string[];
}

export interface CategoryView {
  category: Category;
  articles: CompiledArticle[];
}

/** A page that exists in every locale in some form, for the language switch and hreflang. */
export type PageRef =
  | { kind: 'home' }
  | { kind: 'flows' }
  | { kind: 'verify' }
  | { kind: 'contact' }
  | { kind: 'category'; slug: string }
  | { kind: 'article'; slug: string }
  | { kind: 'flow'; slug: string; answers: readonly string[] };

export interface Alternate {
  locale: string;
  path: string;
  /** False when the page has no version in this locale and `path` is that locale's home with a notice. */
  translated: boolean;
}

/** The category that explains how to reach a person; every dead end points there. */
const SUPPORT_CATEGORY = 'support';
const RELATED_COUNT = 4;
const PROMOTED_COUNT = 6;

/** One locale's articles by slug, and each category's articles in reading order (see byOrder). */
interface ArticleIndex {
  bySlug: Map<string, CompiledArticle>;
  byCategory: Map<string, CompiledArticle[]>;
}
const EMPTY_INDEX: ArticleIndex = { bySlug: new Map(), byCategory: new Map() };

/** Read-only queries over compiled content; pure, so pages, the sitemap and tests share them. */
export function createCatalog(content: CompiledContent) {
  const { site } = content;
  const localeOf = (locale: string) => content.locales[locale];
  const articlesOf = (locale: string) => localeOf(locale)?.articles ?? [];
  // Every page asks for articles by slug and for sorted category lists: with thousands of articles,
  // scanning and sorting them again for each page was most of our part of building the pages. The
  // content never changes once loaded, so each locale's lookups are worked out once.
  const indexes = new Map<string, ArticleIndex>();
  const indexOf = (locale: string): ArticleIndex => {
    let index = indexes.get(locale);
    if (!index) {
      const articles = localeOf(locale)?.articles;
      if (!articles) return EMPTY_INDEX;
      index = { bySlug: new Map(), byCategory: new Map() };
      for (const article of articles) {
        // The first of a slug, as a scan finds it; each category in file order, then sorted (stably) as before.
        if (!index.bySlug.has(article.slug)) index.bySlug.set(article.slug, article);
        const list = index.byCategory.get(article.category);
        if (list) list.push(article);
        else index.byCategory.set(article.category, [article]);
      }
      for (const [category, list] of index.byCategory) index.byCategory.set(category, byOrder(list, locale));
      indexes.set(locale, index);
    }
    return index;
  };
  const findArticle = (locale: string, slug: string) => indexOf(locale).bySlug.get(slug);
  const categoryArticles = (locale: string, category: string): readonly CompiledArticle[] => indexOf(locale).byCategory.get(category) ?? [];
  const findCategory = (locale: string, slug: string) =>
    localeOf(locale)?.categories.find((category) => category.slug === slug);
  const translationsOf = (slug: string) => site.locales.filter((locale) => findArticle(locale, slug));
  const flowsOf = (locale: string): CompiledFlow[] => localeOf(locale)?.flows ?? [];
  const findFlow = (locale: string, slug: string) => flowsOf(locale).find((flow) => flow.slug === slug);

  /** Every (locale, slug) that has a page: each locale's own articles plus fallbacks. */
  /** Every flow step page that is kept, built ahead or on its first request. */
  const flowParams = (): { locale: string; flow: string; answers: string[] }[] =>
    site.locales.flatMap((locale) => flowsOf(locale).flatMap((flow) => flowPagePaths(flow).map((answers) => ({ locale, flow: flow.slug, answers }))));
  const articleParams = (): { locale: string; slug: string }[] => {
    const slugs = new Set(site.locales.flatMap((locale) => articlesOf(locale).map((article) => article.slug)));
    return site.locales.flatMap((locale) =>
      [...slugs].filter((slug) => findArticle(locale, slug) || findArticle(site.defaultLocale, slug)).map((slug) => ({ locale, slug })),
    );
  };

  return {
    site,
    locales: site.locales,
    defaultLocale: site.defaultLocale,
    isLocale: (value: string) => site.locales.includes(value),

    categories: (locale: string): Category[] => localeOf(locale)?.categories ?? [],

    /** The contact page's words in `locale`, or null when the help center lists no support channel. */
    contact: (locale: string): CompiledContact | null => localeOf(locale)?.contact ?? null,

    category(locale: string, slug: string): CategoryView | null {
      const category = findCategory(locale, slug);
      if (!category) return null;
      return { category, articles: [...categoryArticles(locale, slug)] };
    },

    articleCount: (locale: string, category: string) => categoryArticles(locale, category).length,

    /** The article in `locale`, or the default locale's version with `fallbackFrom` set. */
    article(locale: string, slug: string): ArticleView | null {
      const own = findArticle(locale, slug);
      const article = own ?? findArticle(site.defaultLocale, slug);
      const category = article && findCategory(locale, article.category);
      if (!article || !category || !site.locales.includes(locale)) return null;
      return { article, category, translations: translationsOf(slug), fallbackFrom: own ? undefined : article.locale };
    },

    articleParams,

    /**
     * The article pages built ahead: all of them up to `perLocale` a locale, else the `perLocale` a
     * reader meets first (the home page's promoted articles, those the guides send readers to, then
     * each category's articles in the order its page lists them, taken in turns). The others are
     * rendered on their first request and kept, so a large help center builds in bounded time.
     */
    prebuiltArticleParams(perLocale: number): { locale: string; slug: string }[] {
      const all = articleParams();
      return site.locales.flatMap((locale) => {
        const slugs = all.filter((params) => params.locale === locale).map((params) => params.slug);
        if (slugs.length <= perLocale) return slugs.map((slug) => ({ locale, slug }));
        const lists = localeOf(locale)?.categories.map((category) => categoryArticles(locale, category.slug)) ?? [];
        const inTurns = Array.from({ length: Math.max(0, ...lists.map((list) => list.length)) }, (_, rank) => lists.flatMap((list) => list[rank]?.slug ?? []));
        const first = [
          ...byOrder(articlesOf(locale).filter((article) => article.promoted), locale).map((article) => article.slug),
          ...flowsOf(locale).flatMap((flow) => flow.articles),
          ...inTurns.flat(),
        ];
        const pages = new Set(slugs);
        const chosen = new Set(first.filter((slug) => pages.has(slug)));
        return [...chosen, ...slugs.filter((slug) => !chosen.has(slug))].slice(0, perLocale).map((slug) => ({ locale, slug }));
      });
    },

    /** Where each locale's version of a page lives; untranslated pages send readers to that locale's home. */
    alternates(page: PageRef): Alternate[] {
      return site.locales.map((locale) => {
        const translated =
          page.kind === 'home' ||
          page.kind === 'flows' ||
          page.kind === 'verify' ||
          page.kind === 'contact' ||
          (page.kind === 'flow'
            ? Boolean(findFlow(locale, page.slug))
            : page.kind === 'category'
              ? Boolean(findCategory(locale, page.slug))
              : Boolean(findArticle(locale, page.slug)));
        if (!translated) return { locale, path: `${homePath(locale)}#${untranslatedNoticeId}`, translated };
        return { locale, path: pagePath(locale, page), translated };
      });
    },

    flows: flowsOf,
    flow: (locale: string, slug: string): CompiledFlow | null => findFlow(locale, slug) ?? null,
    /** Flows that walk a reader through what this article explains ("Walk me through it"). */
    flowsForArticle: (locale: string, slug: string): CompiledFlow[] => flowsOf(locale).filter((flow) => flow.articles.includes(slug)),
    /** Every flow page built ahead of time: the start and each step on a path without repeats, per locale. */
    flowParams,

    /** The flow steps the build renders: each flow's first steps (see FLOW_DEPTH_BUILT_AHEAD). */
    prebuiltFlowParams: () => flowParams().filter(({ answers }) => answers.length <= FLOW_DEPTH_BUILT_AHEAD),

    /** The page that explains how to reach a person: the contact page, or the support articles where there is none. */
    supportPath: (locale: string): string | null =>
      localeOf(locale)?.contact ? contactPath(locale) : findCategory(locale, SUPPORT_CATEGORY) ? categoryPath(locale, SUPPORT_CATEGORY) : null,

    promoted: (locale: string): CompiledArticle[] =>
      byOrder(articlesOf(locale).filter((article) => article.promoted), locale).slice(0, PROMOTED_COUNT),

    /** The writer's `related` list first, topped up with neighbours from the same category. */
    related(article: CompiledArticle, locale: string): CompiledArticle[] {
      const chosen = article.related.flatMap((slug) => findArticle(locale, slug) ?? []);
      const neighbours = categoryArticles(locale, article.category);
      const seen = new Set([article.slug, ...chosen.map((other) => other.slug)]);
      for (const other of neighbours) {
        if (chosen.length >= RELATED_COUNT) break;
        if (seen.has(other.slug)) continue;
        chosen.push(other);
        seen.add(other.slug);
      }
      return chosen.slice(0, RELATED_COUNT);
    },
  };
}

export type Catalog = ReturnType<typeof createCatalog>;

function pagePath(locale: string, page: PageRef): string {
  switch (page.kind) {
    case 'home':
      return homePath(locale);
    case 'flows':
      return flowsPath(locale);
    case 'verify':
      return verifyPath(locale);
    case 'contact':
      return contactPath(locale);
    case 'flow':
      return flowPath(locale, page.slug, page.answers);
    case 'category':
      return categoryPath(locale, page.slug);
    case 'article':
      return articlePath(locale, page.slug);
  }
}

function byOrder(articles: CompiledArticle[], locale: string): CompiledArticle[] {
  return [...articles].sort(
    (a, b) =>
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title, locale),
  );
}
