import { MAX_LIMIT, MAX_RESULT_PAGES, RESULTS_PER_PAGE } from './limits';

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
