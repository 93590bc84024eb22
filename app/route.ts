import { negotiateLocale } from '@/lib/i18n/negotiate';
import { getCatalog } from '@/lib/content/source';

/** `/` sends each reader to the help center in their browser's preferred language. */
export function GET(request: Request): Response {
  const { locales, defaultLocale } = getCatalog();
  const locale = negotiateLocale(request.headers.get('accept-language'), locales, defaultLocale);
  return new Response(null, {
    status: 307,
    headers: { Location: `/${locale}`, Vary: 'Accept-Language', 'Cache-Control': 'private, no-store' },
  });
}
