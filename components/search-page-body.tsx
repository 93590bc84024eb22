import { CategoryGrid } from '@/components/category-grid';
import { FlowOffer } from '@/components/flow-offer';
import { Notice } from '@/components/notice';
import { SearchForm } from '@/components/search-form';
import { getCatalog } from '@/lib/content/source';
import { getMessages } from '@/lib/i18n/messages';
import type { ResultsPage } from '@/lib/search/results-page';
import { TRANSIENT_ATTRIBUTE } from '@/lib/shared-cache';
import { RESULTS_LIST_ID, SearchResults } from './search-results';
import { ResultsBeacon } from './results-beacon';

/** The element that holds everything the results page shows below its title (see SearchPageBody). */
export const RESULTS_BODY_ID = 'searchPageBody';

/**
 * What the results page shows below its title: the search form as asked, then the results, or why
 * there are none. Rendered by Next for a client-side navigation, and by the server itself into the
 * page's prebuilt shell for a plain page load (scripts/lib/results-shell.ts), so it uses nothing of
 * Next's request: everything comes from `page`, read from the address alone.
 */
export function SearchPageBody({ page }: { page: ResultsPage }) {
  const { locale, query, category, problem, unavailable, offer, result } = page;
  const t = getMessages(locale).search;
  const categories = getCatalog().categories(locale);
  return (
    <div id={RESULTS_BODY_ID}>
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
          {categories.map((option) => (
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
            <CategoryGrid locale={locale} categories={categories} />
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
    </div>
  );
}
