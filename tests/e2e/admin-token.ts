/** The token the e2e server is started with (playwright.config.ts), so the tests can sign in to the insights. */
export const E2E_ADMIN_TOKEN = 'e2e-insights-token-0123456789';
