import { getCatalog } from '../../lib/content/source';
import { flowPath } from '../../lib/routes';
import { E2E_PREBUILT_ARTICLES } from './prebuilt';

/**
 * The tests read the same compiled content the site was built from (after the web server's build),
 * so they follow the content instead of hard-coding titles.
 */
export function site() {
  const catalog = getCatalog();
  const firstArticle = (locale: string) => {
    for (const category of catalog.categories(locale)) {
      const [article] = catalog.category(locale, category.slug)?.articles ?? [];
      if (article) return { category, article };
    }
    throw new Error(`no articles in ${locale}`);
  };
  /** An article that exists in every locale, for the language switch. */
  const translatedSlug = () => {
    const slug = catalog.articleParams().find(({ slug }) =>
      catalog.locales.every((locale) => catalog.article(locale, slug)?.fallbackFrom === undefined),
    )?.slug;
    if (!slug) throw new Error('no article is translated into every locale');
    return slug;
  };
  /** An article of `locale` the e2e build did not render ahead: it renders on its first request. */
  const articleBuiltOnDemand = (locale: string) => {
    const builtAhead = new Set(catalog.prebuiltArticleParams(E2E_PREBUILT_ARTICLES).map((params) => `${params.locale}/${params.slug}`));
    const slug = catalog.articleParams().find((params) => params.locale === locale && !builtAhead.has(`${locale}/${params.slug}`))?.slug;
    if (!slug) throw new Error(`every ${locale} article is built ahead: lower E2E_PREBUILT_ARTICLES`);
    return slug;
  };
  /** The address of a step of `locale`'s flows that the build did not render: it renders on its first request. */
  const flowStepBuiltOnDemand = (locale: string) => {
    const builtAhead = new Set(catalog.prebuiltFlowParams().map((params) => flowPath(params.locale, params.flow, params.answers)));
    const step = catalog.flowParams().find((params) => params.locale === locale && !builtAhead.has(flowPath(locale, params.flow, params.answers)));
    if (!step) throw new Error(`every ${locale} flow step is built ahead`);
    return flowPath(locale, step.flow, step.answers);
  };
  return { catalog, firstArticle, translatedSlug, articleBuiltOnDemand, flowStepBuiltOnDemand };
}
