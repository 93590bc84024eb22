import type { MetadataRoute } from 'next';
import { getCatalog } from '@/lib/content/source';
import { articlePath, categoryPath, contactPath, flowPath, flowsPath, homePath, verifyPath } from '@/lib/routes';

export default function sitemap(): MetadataRoute.Sitemap {
  const catalog = getCatalog();
  const url = (path: string) => new URL(path, catalog.site.helpCenter).toString();
  return catalog.locales.flatMap((locale) => [
    { url: url(homePath(locale)) },
    { url: url(flowsPath(locale)) },
    { url: url(verifyPath(locale)) },
    ...(catalog.contact(locale) ? [{ url: url(contactPath(locale)) }] : []),
    ...catalog.flows(locale).map((flow) => ({ url: url(flowPath(locale, flow.slug)) })),
    ...catalog.categories(locale).map((category) => ({ url: url(categoryPath(locale, category.slug)) })),
    ...catalog
      .articleParams()
      .filter((params) => params.locale === locale)
      .flatMap(({ slug }) => {
        const view = catalog.article(locale, slug);
        // Fallback pages repeat another locale's text; only the original belongs in the sitemap.
        return view && !view.fallbackFrom ? [{ url: url(articlePath(locale, slug)), lastModified: view.article.updated }] : [];
      }),
  ]);
}
