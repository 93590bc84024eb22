import { getCatalog } from '@/lib/content/source';
import { searchApi } from '@/lib/search/api';
import { getSearchIndex } from '@/lib/search/source';

/** GET /api/search?q=&locale=&category=&limit= (the stable contract is in lib/search/api.ts). */
export function GET(request: Request): Response {
  const catalog = getCatalog();
  const { status, body } = searchApi(new URL(request.url).searchParams, {
    locales: catalog.locales,
    defaultLocale: catalog.defaultLocale,
    categories: (locale) => catalog.categories(locale).map((category) => category.slug),
    index: getSearchIndex,
  });
  return Response.json(body, { status, headers: { 'Cache-Control': 'public, max-age=60' } });
}
