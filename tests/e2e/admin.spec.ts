import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Page, expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Messages } from '../../lib/i18n/messages';
import type { InsightsReport } from '../../lib/insights/report';
import { E2E_ADMIN_TOKEN } from './admin-token';
import { hydrate } from './hydrate';
import { site } from './site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const en: Messages = JSON.parse(readFileSync('lib/i18n/messages/en.json', 'utf8'));

/** One word no article matches and no earlier run has sent: letters only, since digit runs are redacted. */
const uniqueQuery = (prefix: string) => `${prefix}${Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;

async function report(request: APIRequestContext): Promise<InsightsReport> {
  const response = await request.get('/admin/insights.json?since=1d&limit=200', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
  expect(response.status()).toBe(200);
  return response.json();
}

/** The queries the report lists among all searches (writes from a page render land a moment later). */
const reportedQueries = async (request: APIRequestContext) => (await report(request)).searches.top.map((row) => row.query);

async function signIn(page: Page, token = E2E_ADMIN_TOKEN) {
  await page.goto('/admin/sign-in');
  await page.getByLabel(en.admin.tokenLabel).fill(token);
  await page.getByRole('button', { name: en.admin.signIn }).click();
}

test.describe('the insights page', () => {
  test.use({ locale: 'en-US', javaScriptEnabled: false });

  test('is a 404 like any unknown page to a request without the token', async ({ page, request }) => {
    const response = await page.goto('/admin/insights');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.notFound.title);
    const json = await request.get('/admin/insights.json');
    expect(json.status()).toBe(404);
    expect(await json.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await request.get('/admin/insights.json', { headers: { Authorization: 'Bearer not-the-token-at-all' } })).status()).toBe(404);
  });

  test('a writer signs in, reads what readers searched for without JavaScript, and signs out', async ({ browser, page, request }) => {
    // A reader's results page tells the insights from the browser (the page itself may come from a cache).
    const nothingFound = uniqueQuery('qqqzzz');
    const reader = await browser.newPage({ javaScriptEnabled: true });
    // The beacon goes as the page is parsed; the reader stays until it is answered (the database's first
    // write can take seconds), as a real one reading the page would.
    await Promise.all([reader.waitForResponse('**/api/search-events'), reader.goto(`/en/search?q=${encodeURIComponent(nothingFound)}`)]);
    await reader.close();
    await expect.poll(() => reportedQueries(request)).toContain(nothingFound);

    // A reader's No with a comment: the writers read it, without the reader's address.
    const said = `Step 3 names a button I cannot find (${uniqueQuery('ref')}), write to li.wei@example.com`;
    const vote = await request.post('/api/feedback', {
      headers: { Accept: 'application/json' },
      form: { locale: 'en', slug: site().translatedSlug(), helpful: 'no', reason: 'unclear', comment: said },
    });
    expect(vote.status()).toBe(200);

    await signIn(page, 'a-wrong-token-of-some-length');
    await expect(page.getByText(en.admin.signInFailed)).toBeVisible();
    await signIn(page);
    await expect(page).toHaveURL(/\/admin\/insights$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.admin.title);
    await expect(page.getByRole('img', { name: en.admin.chartTitle })).toBeVisible();
    const zeroResults = page.getByRole('region', { name: en.admin.zeroResults });
    await expect(zeroResults.getByRole('rowheader', { name: nothingFound })).toBeVisible();
    const comments = page.getByRole('region', { name: en.admin.readerComments });
    await expect(comments.getByRole('blockquote').filter({ hasText: said.replace('li.wei@example.com', '[email]') })).toBeVisible();
    await expect(comments).not.toContainText('li.wei@example.com');

    // The filters are a GET form: a filtered report is a link.
    await page.getByLabel(en.admin.locale).selectOption('zh');
    await page.getByRole('button', { name: en.admin.apply }).click();
    await expect(page).toHaveURL(/locale=zh/);
    await expect(page.getByRole('region', { name: en.admin.zeroResults }).getByRole('rowheader', { name: nothingFound })).toHaveCount(0);
    await page.getByLabel(en.admin.since).fill('last week');
    await page.getByRole('button', { name: en.admin.apply }).click();
    await expect(page.getByRole('alert')).toHaveText(en.admin.invalidSince);

    await page.getByRole('button', { name: en.admin.signOut }).click();
    await expect(page.getByText(en.admin.signedOut)).toBeVisible();
    expect((await page.goto('/admin/insights'))?.status()).toBe(404);
  });
});

test('the sign-in form and the insights pass axe in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/admin/sign-in');
    expect((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    await signIn(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.admin.title);
    await page.getByText(en.admin.dailyTable).click();
    expect((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  }
});

test.describe('search insights', () => {
  test('the instant box sends one beacon after a pause, not one per key, and the search is reported', async ({ page, request }) => {
    const beacons: string[] = [];
    page.on('request', (sent) => {
      if (new URL(sent.url()).pathname === '/api/search-events') beacons.push(sent.url());
    });
    await page.goto('/en');
    await hydrate(page);
    await page.waitForLoadState('networkidle');
    const query = uniqueQuery('paused');
    await page.getByRole('combobox', { name: en.search.label }).pressSequentially(query, { delay: 40 });
    await expect.poll(() => beacons.length, { timeout: 5000 }).toBe(1);
    // What the beacon carried is read back from the database (a beacon's Blob body is not visible to Playwright).
    await expect.poll(() => reportedQueries(request)).toContain(query);
    await page.waitForTimeout(2000);
    expect(beacons).toHaveLength(1);
  });

  test('nothing is recorded for a browser that sends Do Not Track or Global Privacy Control', async ({ browser, request }) => {
    const tracked = uniqueQuery('tracked');
    const untracked = { DNT: uniqueQuery('dnt'), 'Sec-GPC': uniqueQuery('gpc') };
    for (const [header, query] of Object.entries(untracked)) {
      const context = await browser.newContext({ extraHTTPHeaders: { [header]: '1' } });
      const page = await context.newPage();
      await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
      await hydrate(page);
      await page.waitForLoadState('networkidle');
      // The instant box too: its beacon carries the same header, and the server drops it.
      await page.getByRole('combobox', { name: en.search.label }).fill(`${query} again`);
      await page.waitForTimeout(2500);
      await context.close();
    }
    // A search sent the same way without the header is recorded, so the check below can fail.
    const page = await browser.newPage();
    await Promise.all([page.waitForResponse('**/api/search-events'), page.goto(`/en/search?q=${encodeURIComponent(tracked)}`)]);
    await page.close();
    await expect.poll(() => reportedQueries(request)).toContain(tracked);
    const queries = await reportedQueries(request);
    for (const query of Object.values(untracked)) {
      expect(queries).not.toContain(query);
      expect(queries).not.toContain(`${query} again`);
    }
  });

  test('the JSON report names a filter it cannot read', async ({ request }) => {
    const response = await request.get('/admin/insights.json?since=yesterday', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
    expect(response.status()).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalid_since' } });
  });
});
