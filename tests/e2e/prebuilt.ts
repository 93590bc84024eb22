/**
 * How many articles a locale the e2e build renders ahead (playwright.config.ts): fewer than the sample
 * content has, so that the tests also meet articles rendered on their first request, as a large help
 * center's are (see the article page).
 */
export const E2E_PREBUILT_ARTICLES = 60;
