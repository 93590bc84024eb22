import { getCatalog } from '../../lib/content/source';

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
  return { catalog, firstArticle, translatedSlug };
}
