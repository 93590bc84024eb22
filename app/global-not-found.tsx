import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { HydrationMark } from '@/components/hydration-mark';
import { NotFoundView } from '@/components/not-found-view';
import { PageShell } from '@/components/page-shell';
import { SiteFooter } from '@/components/site-footer';
import { getCatalog } from '@/lib/content/source';
import { notFoundLocale } from '@/lib/i18n/negotiate';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { REQUEST_PATH_HEADER } from '@/lib/routes';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = getMessages(await requestLocale());
  return { title: interpolate(t.meta.titleTemplate, { title: t.notFound.title, brand: getCatalog().site.brand }) };
}

/**
 * Every unknown URL lands here with status 404: pages are generated only for real locales, categories
 * and articles. It answers in the URL's language, or the browser's when the URL has none.
 */
export default async function GlobalNotFound() {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <div className="flex-1">
          <PageShell locale={locale} alternates={getCatalog().alternates({ kind: 'home' })}>
            <NotFoundView locale={locale} />
          </PageShell>
        </div>
        <SiteFooter locale={locale} />
        <HydrationMark />
      </body>
    </html>
  );
}

async function requestLocale(): Promise<string> {
  const { locales, defaultLocale } = getCatalog();
  const requestHeaders = await headers();
  return notFoundLocale(requestHeaders.get(REQUEST_PATH_HEADER), requestHeaders.get('accept-language'), locales, defaultLocale);
}
