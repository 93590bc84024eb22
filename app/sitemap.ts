import type { MetadataRoute } from 'next';
import type { PageRef } from '@/lib/content/catalog';
import { getCatalog } from '@/lib/content/source';
import { sitemapAlternates } from '@/lib/seo';

/**
 * Every page a search engine should list, in every locale, each with its translations (hreflang and
 * x-default): homes, the guided-help list and each guide's start, the verifier and contact pages,
 * categories and articles. Left out: search results (noindex), a guide's later steps (their
 * canonical URL is the guide's start), and pages that only repeat another locale's text.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const catalog = getCatalog();
  const origin = catalog.site.helpCenter;
  const entry = (page: PageRef, lastModified: (locale: string) => string | undefined = () => undefined): MetadataRoute.Sitemap => {
    const languages = sitemapAlternates(origin, catalog.alternates(page), catalog.defaultLocale);
    return catalog.locales.flatMap((locale) => {
      const url = languages[locale];
      const modified = lastModified(locale);
      return url ? [{ url, alternates: { languages }, ...(modified ? { lastModified: modified } : {}) }] : [];
    });
  };
  const articleSlugs = [...new Set(catalog.articleParams().map((params) => params.slug))];
  const categorySlugs = [...new Set(catalog.locales.flatMap((locale) => catalog.categories(locale).map((category) => category.slug)))];
  const flowSlugs = [...new Set(catalog.locales.flatMap((locale) => catalog.flows(locale).map((flow) => flow.slug)))];
  return [
    ...entry({ kind: 'home' }),
    ...entry({ kind: 'flows' }),
    ...flowSlugs.flatMap((slug) => entry({ kind: 'flow', slug, answers: [] })),
    ...entry({ kind: 'verify' }),
    ...(catalog.locales.some((locale) => catalog.contact(locale)) ? entry({ kind: 'contact' }) : []),
    ...categorySlugs.flatMap((slug) => entry({ kind: 'category', slug })),
    ...articleSlugs.flatMap((slug) => entry({ kind: 'article', slug }, (locale) => catalog.article(locale, slug)?.article.updated)),
  ];
}
