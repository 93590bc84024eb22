import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FAULT_MESSAGE } from '../../lib/fault-pages';
import { ERROR_PAGE } from '../../lib/i18n/error-page';

/**
 * What a reader sees when a page fails while the server renders it. The e2e build has pages that fail
 * on purpose (lib/fault-pages.ts): one under a locale, whose error boundary would answer in the
 * browser, and a root layout, which only the global error page could. React renders neither on the
 * server, so Next's own answer is an empty document that only its scripts fill: blank without
 * JavaScript, and blank until the reader's first move with it (hydration waits for that move).
 */

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const INTERNAL_DETAIL = FAULT_MESSAGE.slice(FAULT_MESSAGE.indexOf('/'));

const faults = [
  ['a page under a locale', '/en/fault', 'en'],
  ['a Chinese page', '/zh/fault?from=search', 'zh'],
  ['a root layout', '/fault', 'en'],
] as const;

for (const [kind, address, locale] of faults) {
  for (const javaScriptEnabled of [true, false]) {
    test(`${kind} that fails is a whole error page in its language, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const response = await page.goto(address);
      expect(response?.status()).toBe(500);
      expect(response?.headers()['cache-control']).toContain('no-store');
      const strings = ERROR_PAGE[locale]!;
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(strings.title);
      // Styled by the site's own stylesheet, not a bare document.
      expect(await heading.evaluate((element) => getComputedStyle(element).fontSize)).toBe('30px');
      await expect(page.getByText(strings.body)).toBeVisible();
      await expect(page.getByRole('link', { name: strings.retry })).toHaveAttribute('href', address);
      await expect(page.getByRole('link', { name: strings.home })).toHaveAttribute('href', `/${locale}`);
      // The reference the server log has too, never what the error said.
      await expect(page.getByText(strings.reference)).toContainText(/\d{5,}/);
      expect(await page.content()).not.toContain(INTERNAL_DETAIL);
      // The reader's first move changes nothing: there is no script to replace the page with a blank one.
      await page.mouse.move(10, 10);
      await page.keyboard.press('Tab');
      await expect(heading).toHaveText(strings.title);
      await context.close();
    });
  }
}

test('the retry link asks for the same page again', async ({ page }) => {
  await page.goto('/zh/fault?from=search');
  const again = page.waitForResponse((response) => response.url().endsWith('/zh/fault?from=search'));
  await page.getByRole('link', { name: ERROR_PAGE.zh!.retry }).click();
  expect((await again).status()).toBe(500);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the error page (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/zh/fault');
    expect((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  });
}
