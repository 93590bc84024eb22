import { getCatalog } from '../content/source';
import type { CompiledFlow } from '../flows/compiled';
import { matchFlow } from '../flows/match';
import { getMessages, interpolate } from '../i18n/messages';
import { cleanQuery, loadIndex, readSearchParams } from './api';
import type { SearchIndex, SearchResult } from './engine';
import { MAX_LIMIT, MAX_QUERY_LENGTH, MAX_RESULT_PAGES, RESULTS_PER_PAGE } from './limits';
import { searchApiContext } from './source';

/**
 * The results page's `page` parameter: 1 when absent, null when it is not a page a search could
 * have (not a whole number from 1 to MAX_RESULT_PAGES), which the page reports like any refused search.
 */
export function readPageNumber(value: string): number | null {
  if (value === '') return 1;
  if (!/^\d{1,2}$/.test(value)) return null;
  const page = Number(value);
  return page >= 1 && page <= MAX_RESULT_PAGES ? page : null;
}

/** The pages a search with `total` results has: the best MAX_LIMIT, RESULTS_PER_PAGE at a time (at least one). */
export const pageCount = (total: number) => Math.max(1, Math.ceil(Math.min(total, MAX_LIMIT) / RESULTS_PER_PAGE));

/** The results a page skips. */
export const pageOffset = (page: number) => (page - 1) * RESULTS_PER_PAGE;

/** A page of results: what the engine found on it, which page it is, and how many there are. */
export type PageOfResults = SearchResult & { page: number; pages: number };

/**
 * Everything the results page shows below its title, read from its address alone: the server
 * renders it from this (components/search-page-body.tsx), whether Next renders the whole page or
 * the server fills the page's prebuilt shell with it (scripts/lib/results-shell.ts).
 */
export interface ResultsPage {
  locale: string;
  /** The query as the box shows it: as cleaned for searching, or as typed when it was refused. */
  query: string;
  category: string | undefined;
  /** Why no search was made, in the reader's words, when none was. */
  problem: string | null;
  /** True only while the index cannot be read: the page then says so, and no cache may keep it. */
  unavailable: boolean;
  /** The guide a first page of results offers, when the question matches one. */
  offer: CompiledFlow | null;
  result: PageOfResults | null;
}

/**
 * Reads a results page's address (`param` gives the first value of a parameter, if any) with the
 * same code as GET /api/search, so a link the API refuses is refused here too, with the reason in words.
 */
export function readResultsPage(locale: string, param: (name: string) => string | undefined): ResultsPage {
  const catalog = getCatalog();
  const t = getMessages(locale).search;
  const context = searchApiContext();
  const asked = new URLSearchParams();
  for (const name of ['q', 'category']) {
    const value = param(name);
    if (value !== undefined) asked.set(name, value);
  }
  asked.set('locale', locale);
  const reading = readSearchParams(asked, context, RESULTS_PER_PAGE);
  const page = readPageNumber(param('page') ?? '');
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
  return { locale, query, category, problem, unavailable, offer, result };
}

/** One page of results; a page past the last (a link from before the content changed) shows the last. */
function searchPage(index: SearchIndex, query: string, category: string | undefined, asked: number): PageOfResults {
  const result = index.search(query, { category, limit: RESULTS_PER_PAGE, offset: pageOffset(asked) });
  const pages = pageCount(result.total);
  if (asked <= pages) return { ...result, page: asked, pages };
  return { ...index.search(query, { category, limit: RESULTS_PER_PAGE, offset: pageOffset(pages) }), page: pages, pages };
}
