import { defineConfig, devices } from '@playwright/test';
import { launchOptions } from './tests/browser';
import { E2E_ADMIN_TOKEN } from './tests/e2e/admin-token';
import { E2E_PREBUILT_ARTICLES } from './tests/e2e/prebuilt';

const PORT = 3100;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions,
  },
  webServer: {
    command: `npm run build && node --import tsx scripts/server.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    // Votes and searches made by the tests go to a database of their own, not the one `npm run dev` uses,
    // and the tests read them back through the admin pages.
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      HELP_DATA_DIR: '.data/e2e/pglite',
      NEXT_MANUAL_SIG_HANDLE: 'true',
      ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      HELP_PREBUILT_ARTICLES: String(E2E_PREBUILT_ARTICLES),
      // Pages that fail on purpose, to see the error pages (lib/fault-pages.ts); built and served only here.
      HELP_FAULT_PAGES: '1',
    },
  },
});
