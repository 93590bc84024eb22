import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { KeptHtml } from '@/components/kept-html';
import { PageShell } from '@/components/page-shell';
import { RESULTS_BODY_ID, SearchPageBody } from '@/components/search-page-body';
import { getCatalog } from '@/lib/content/source';
import { getMessages } from '@/lib/i18n/messages';
import { RESULTS_SHELL_HEADER, firstParam } from '@/lib/routes';
import { readResultsPage } from '@/lib/search/results-page';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!getCatalog().isLocale(locale)) notFound();
  // The query stays out of the title: it is text anyone can put in a link, and titles end up in
  // history, bookmarks and shared screenshots.
  return { title: getMessages(locale).search.title, robots: { index: false } };
}

/**
 * Server-rendered results: the page works with JavaScript off. Everything below the title is read
 * from the address alone (lib/search/results-page.ts), so the HTML depends on the build and the URL
 * (no headers, cookies or clock) and shared caches may keep it through a spike (lib/shared-cache.ts),
 * except while search is unavailable (answered 503 and kept by no one); the search is recorded for
 * the insights by the browser (ResultsBeacon), not here, since a cached page never reaches us.
 *
 * Asked by our server with RESULTS_SHELL_HEADER, it renders the page's shell instead: the same page
 * with an empty slot where that part goes, which the server renders once per locale and then fills
 * for each plain page load (scripts/lib/results-shell.ts), at a fraction of a full render's cost.
 */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale)) notFound();
  const shell = (await headers()).has(RESULTS_SHELL_HEADER);
  const search = shell ? {} : await searchParams;
  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'home' })}>
      <h1 className="mb-6 text-3xl font-semibold tracking-tight text-slate-900 dark:text-white">{getMessages(locale).search.title}</h1>
      {shell ? (
        <KeptHtml id={RESULTS_BODY_ID} />
      ) : (
        <SearchPageBody page={readResultsPage(locale, (name) => (search[name] === undefined ? undefined : firstParam(search[name])))} />
      )}
    </PageShell>
  );
}
