import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { FlowOffer } from '@/components/flow-offer';
import { PageShell } from '@/components/page-shell';
import { SearchForm } from '@/components/search-form';
import { SearchResults } from '@/components/search-results';
import { getCatalog } from '@/lib/content/source';
import { matchFlow } from '@/lib/flows/match';
import { recordPageSearch } from '@/lib/insights/server';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { firstParam } from '@/lib/routes';
import { cleanQuery } from '@/lib/search/api';
import { MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { getSearchIndex } from '@/lib/search/source';

/** The first value of a query parameter, cut to the API's limit; arrays and absence become ''. */
const param = (value: string | string[] | undefined) =>
  cleanQuery(firstParam(value)).slice(0, MAX_QUERY_LENGTH);

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!getCatalog().isLocale(locale)) notFound();
  const query = param((await searchParams).q);
  const t = getMessages(locale).search;
  return { title: query ? interpolate(t.titleWithQuery, { query }) : t.title, robots: { index: false } };
}

/** Server-rendered results: the page works with JavaScript off. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  const search = await searchParams;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale)) notFound();
  const categories = catalog.categories(locale);
  const query = param(search.q);
  const category = categories.find((candidate) => candidate.slug === param(search.category))?.slug;
  const result = query ? getSearchIndex(locale).search(query, { category, limit: 50 }) : null;
  const t = getMessages(locale).search;
  const offer = query ? matchFlow(query, catalog.flows(locale)) : null;
  // Recorded for the writers' insights (redacted, never for a browser that opted out), without waiting for the write.
  const eventId = result ? recordPageSearch(await headers(), { locale, query, results: result.total, source: 'page' }) : null;
  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'home' })}>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{t.title}</h1>
      <SearchForm locale={locale} id="searchPageQuery" query={query} size="large">
        <label htmlFor="searchPageCategory" className="sr-only">
          {t.categoryLabel}
        </label>
        <select
          id="searchPageCategory"
          name="category"
          defaultValue={category ?? ''}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-slate-900 sm:flex-none dark:border-slate-700 dark:bg-slate-900 dark:text-white"
        >
          <option value="">{t.allCategories}</option>
          {categories.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.title}
            </option>
          ))}
        </select>
      </SearchForm>
      {offer && <FlowOffer locale={locale} flow={offer} />}
      <SearchResults locale={locale} query={query} result={result} eventId={eventId} />
    </PageShell>
  );
}
