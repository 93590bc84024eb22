import { CategoryGrid } from './category-grid';
import { ResultPages } from './result-pages';
import { getCatalog } from '@/lib/content/source';
import { getMessages, interpolate, plural } from '@/lib/i18n/messages';
import { type PageOfResults, pageOffset } from '@/lib/search/results-page';

/**
 * Results with their snippets, a page at a time, or, when nothing matched, the ways forward.
 *
 * Its links are plain ones, as are those of everything in the results page's body: the server writes
 * that body into a slot React leaves alone (components/kept-html.tsx), where a Link would never
 * hydrate, and it renders it outside Next, where a Link cannot render (scripts/lib/results-shell.ts).
 */
export function SearchResults({ locale, query, category, result }: { locale: string; query: string; category?: string; result: PageOfResults | null }) {
  const t = getMessages(locale).search;
  if (!result) return <p className="mt-6 text-slate-600 dark:text-slate-300">{t.emptyQuery}</p>;
  if (result.total === 0) return <NoResults locale={locale} query={query} />;
  const first = pageOffset(result.page) + 1;
  return (
    <section aria-labelledby="resultsTitle" className="mt-6">
      <h2 id="resultsTitle" className="text-slate-700 dark:text-slate-300" aria-live="polite">
        {result.correctedQuery
          ? interpolate(t.corrected, { query, corrected: result.correctedQuery })
          : plural(t.resultCount, locale, result.total, { query })}
      </h2>
      <ol id={RESULTS_LIST_ID} start={first} className="mt-4 space-y-3">
        {result.hits.map(({ record, snippet }, index) => (
          <li key={record.slug} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
            <a href={record.url} data-position={first + index} className="text-lg text-brand-700 underline-offset-4 hover:underline dark:text-brand-300">
              {record.title}
            </a>
            <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{interpolate(t.inCategory, { category: record.categoryTitle })}</p>
            {/* The snippet is escaped text with our own <mark> tags only (lib/search/snippet.ts). */}
            <p
              className="mt-2 text-sm leading-6 text-slate-700 dark:text-slate-300 [&_mark]:rounded-sm [&_mark]:bg-amber-100 [&_mark]:px-0.5 [&_mark]:text-slate-900 dark:[&_mark]:bg-amber-300/25 dark:[&_mark]:text-white"
              dangerouslySetInnerHTML={{ __html: snippet }}
            />
          </li>
        ))}
      </ol>
      <ResultPages locale={locale} query={query} category={category} page={result.page} pages={result.pages} />
    </section>
  );
}

/** The results list, which the browser's beacon watches for opened results. */
export const RESULTS_LIST_ID = 'searchResultsList';

function NoResults({ locale, query }: { locale: string; query: string }) {
  const catalog = getCatalog();
  const t = getMessages(locale).search;
  const supportPath = catalog.supportPath(locale);
  return (
    <section aria-labelledby="noResultsTitle" className="mt-6">
      <h2 id="noResultsTitle" className="text-xl font-semibold text-slate-900 dark:text-white">
        {interpolate(t.noResultsTitle, { query })}
      </h2>
      <p className="mt-2 text-slate-600 dark:text-slate-300">{t.noResultsBody}</p>
      {supportPath && (
        <p className="mt-2">
          <a href={supportPath} className="text-brand-700 underline underline-offset-4 dark:text-brand-300">
            {t.noResultsContact}
          </a>
        </p>
      )}
      <div className="mt-6">
        <CategoryGrid locale={locale} categories={catalog.categories(locale)} />
      </div>
    </section>
  );
}
