/** Input limits shared by the API, the results page and the search boxes (client code imports this, so no zod here). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 50;
/** The results page shows this many results per page, so a page weighs about what an article does. */
export const RESULTS_PER_PAGE = 10;
/** The pages that reach the best MAX_LIMIT results; beyond them the results are only loosely related. */
export const MAX_RESULT_PAGES = MAX_LIMIT / RESULTS_PER_PAGE;
