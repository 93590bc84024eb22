import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryGrid } from '@/components/category-grid';
import { FlowOffer } from '@/components/flow-offer';
import { Notice } from '@/components/notice';
import { PageShell } from '@/components/page-shell';
import { SearchForm } from '@/components/search-form';
import { getCatalog } from '@/lib/content/source';
import { matchFlow } from '@/lib/flows/match';
import { getMessages, interpolate } from '@/lib/i18n/messages';
import { firstParam } from '@/lib/routes';
import { cleanQuery, loadIndex, readSearchParams } from '@/lib/search/api';
import { MAX_QUERY_LENGTH, RESULTS_PER_PAGE } from '@/lib/search/limits';
import { pageCount, pageOffset, readPageNumber } from '@/lib/search/results-page';
import { searchApiContext } from '@/lib/search/source';
import { TRANSIENT_ATTRIBUTE } from '@/lib/shared-cache';
import type { SearchIndex } from '@/lib/search/engine';
import { type PageOfResults, RESULTS_LIST_ID, SearchResults } from '@/components/search-results';
import { ResultsBeacon } from '@/components/results-beacon';

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
 * The HTML depends on the build and the URL alone (no headers, cookies or clock), so shared caches
 * may keep it through a spike (the server marks it so: lib/shared-cache.ts), except while search is
 * unavailable (marked TRANSIENT_ATTRIBUTE, answered 503 and kept by no one); the search is recorded
 * for the insights by the browser (ResultsBeacon), not here, since a cached page never reaches us.
 */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await params;
  const search = await searchParams;
  const catalog = getCatalog();
  if (!catalog.isLocale(locale)) notFound();
  const t = getMessages(locale).search;
  const context = searchApiContext();
  const asked = new URLSearchParams();
  for (const name of ['q', 'category']) if (search[name] !== undefined) asked.set(name, firstParam(search[name]));
  asked.set('locale', locale);
  const reading = readSearchParams(asked, context, RESULTS_PER_PAGE);
  const page = readPageNumber(firstParam(search.page));
  // A refused search stays in the box as typed, so the reader can shorten or fix it.
  const query = reading.ok ? reading.request.query : cleanQuery(asked.get('q') ?? '');
  const category = reading.ok ? reading.request.category : undefined;
  const index = reading.ok && page && query ? loadIndex(context, locale) : null;
  const result = index && page ? searchPage(index, query, category, page) : null;
  const unavailable = Boolean(reading.ok && page && query) && !index;
  const problem = !reading.ok
    ? interpolate(t.errors[reading.code], { max: MAX_QUERY_LENGTH })
    : !page
      ? t.errors.invalid_page
      : unavailable
        ? t.errors.search_unavailable
        : null;
  const offer = query && page === 1 ? matchFlow(query, catalog.flows(locale)) : null;
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
        // A refused search is the same answer for good; search being unavailable is true only now.
        <div {...(unavailable ? { [TRANSIENT_ATTRIBUTE]: 'search-unavailable' } : {})}>
          <Notice id="searchProblem" className="mt-6">
            {problem}
          </Notice>
          <div className="mt-8">
            <CategoryGrid locale={locale} categories={catalog.categories(locale)} />
          </div>
        </div>
      ) : (
        <>
          {offer && <FlowOffer locale={locale} flow={offer} />}
          <SearchResults locale={locale} query={query} category={category} result={result} />
          {/* The search is counted once, on its first page; a search that found nothing counts most. */}
          {result?.page === 1 && <ResultsBeacon locale={locale} query={query} results={result.total} listId={RESULTS_LIST_ID} />}
        </>
      )}
    </PageShell>
  );
}

/** One page of results; a page past the last (a link from before the content changed) shows the last. */
function searchPage(index: SearchIndex, query: string, category: string | undefined, asked: number): PageOfResults {
  const result = index.search(query, { category, limit: RESULTS_PER_PAGE, offset: pageOffset(asked) });
  const pages = pageCount(result.total);
  if (asked <= pages) return { ...result, page: asked, pages };
  return { ...index.search(query, { category, limit: RESULTS_PER_PAGE, offset: pageOffset(pages) }), page: pages, pages };
}
