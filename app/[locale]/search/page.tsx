import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { CategoryGrid } from '@/components/category-grid';
import { FlowOffer } from '@/components/flow-offer';
import { Notice } from '@/components/notice';
import { PageShell } from '@/components/page-shell';
import { SearchForm } from '@/components/search-form';
import { SearchResults } from '@/components/search-results';
import { getCatalog } from '@/lib/content/source';
import { matchFlow } from '@/lib/flows/match';
import { recordPageSearch } from '@/lib/insights/server';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { firstParam } from '@/lib/routes';
import { cleanQuery, loadIndex, readSearchParams } from '@/lib/search/api';
import { MAX_LIMIT, MAX_QUERY_LENGTH } from '@/lib/search/limits';
import { searchApiContext } from '@/lib/search/source';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await params;
  if (!getCatalog().isLocale(locale)) notFound();
  // The query stays out of the title: it is text anyone can put in a link, and titles end up in
  // history, bookmarks and shared screenshots.
  return { title: getMessages(locale).search.title, robots: { index: false } };
}

/**
 * Server-rendered results: the page works with JavaScript off. Its parameters are read by the same
 * code as GET /api/search, so a link the API refuses is refused here too, with the reason in words.
 */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  const search = await searchParams;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale)) notFound();
  const t = getMessages(locale).search;
  const context = searchApiContext();
  const asked = new URLSearchParams();
  for (const name of ['q', 'category', 'limit']) if (search[name] !== undefined) asked.set(name, firstParam(search[name]));
  asked.set('locale', locale);
  const reading = readSearchParams(asked, context, MAX_LIMIT);
  // A refused search stays in the box as typed, so the reader can shorten or fix it.
  const query = reading.ok ? reading.request.query : cleanQuery(asked.get('q') ?? '');
  const category = reading.ok ? reading.request.category : undefined;
  const index = reading.ok && query ? loadIndex(context, locale) : null;
  const result = index && reading.ok ? index.search(query, { category, limit: reading.request.limit }) : null;
  const problem = !reading.ok ? interpolate(t.errors[reading.code], { max: MAX_QUERY_LENGTH }) : query && !index ? t.errors.search_unavailable : null;
  const offer = query ? matchFlow(query, catalog.flows(locale)) : null;
  // Recorded for the writers' insights (redacted, never for a browser that opted out), without waiting for the write.
  const eventId = result ? recordPageSearch(await headers(), { locale, query, results: result.total, source: 'page' }) : null;
  return (
    <PageShell locale={locale} alternates={catalog.alternates({ kind: 'home' })}>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900 dark:text-white">{t.title}</h1>
      <SearchForm locale={locale} id="searchPageQuery" query={query} size="large" invalid={problem ? 'searchProblem' : undefined}>
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
          {catalog.categories(locale).map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.title}
            </option>
          ))}
        </select>
      </SearchForm>
      {problem ? (
        <>
          <Notice id="searchProblem" className="mt-6">
            {problem}
          </Notice>
          <div className="mt-8">
            <CategoryGrid locale={locale} categories={catalog.categories(locale)} />
          </div>
        </>
      ) : (
        <>
          {offer && <FlowOffer locale={locale} flow={offer} />}
          <SearchResults locale={locale} query={query} result={result} eventId={eventId} />
        </>
      )}
    </PageShell>
  );
}
