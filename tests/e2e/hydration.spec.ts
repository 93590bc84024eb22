import { type Page, expect, test } from '@playwright/test';
import { articlePath } from '../../lib/routes';
import { slowScripts } from './hydrate';
import { site } from './site';

/**
 * Hydration waits for the reader's first move (lib/deferred-hydration.ts): a page loads no framework
 * script until the reader points, touches, types or tabs, and nothing they did meanwhile is lost.
 */

const FRAMEWORK_SCRIPT = /\/_next\/static\/.+\.js$/;

/** Framework scripts the page requests, to run or ahead into the cache (a prefetch): none before the first move. */
function countFrameworkScripts(page: Page): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (FRAMEWORK_SCRIPT.test(new URL(request.url()).pathname)) count++;
  });
  return () => count;
}

for (const [kind, path] of [
  ['an article built ahead', () => articlePath('en', site().translatedSlug())],
  ['an article rendered on its first request', () => articlePath('en', site().articleBuiltOnDemand('en'))],
  ['a flow step rendered on its first request', () => site().flowStepBuiltOnDemand('en')],
  ['the results page (kept for shared caches)', () => '/en/search?q=withdrawal+delayed'],
  ['the contact page (rendered per request)', () => '/en/contact'],
] as const) {
  test(`${kind} loads no framework script until the reader moves, then hydrates`, async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const requested = countFrameworkScripts(page);
    await page.goto(path());
    await page.waitForLoadState('networkidle');
    // Nor later, while the page sits idle: a prefetch at idle was a long task of its own.
    await page.waitForTimeout(500);
    expect(requested(), 'framework scripts requested before any move').toBe(0);
    expect(await page.locator('script[src^="/_next/static/"]:not([nomodule])').count(), 'framework scripts in the page before any move').toBe(0);
    // Without them the page is whole: the search box is there, as a plain search form.
    await expect(page.getByRole('banner').getByRole('searchbox', { name: 'Search the help center' })).toBeVisible();

    await page.mouse.move(200, 300);
    // Hydrated: the box has become the combobox that searches as you type.
    await expect(page.getByRole('combobox', { name: 'Search the help center' })).toBeVisible();
    expect(await page.locator('script[src^="/_next/static/"]').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
}

test('what the reader types into the search box before hydration is kept and searched', async ({ page }) => {
  await slowScripts(page, 1500);
  const { catalog, translatedSlug } = site();
  const target = catalog.article('en', translatedSlug())!.article;
  await page.goto('/en');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the help center' });
  // A tap on the box is the first move: scripts start loading while the reader types.
  await box.click();
  await page.keyboard.type(target.title, { delay: 20 });
  const combobox = page.getByRole('combobox', { name: 'Search the help center' });
  await expect(combobox).toHaveValue(target.title);
  await expect(combobox).toBeFocused();
  await expect(page.getByRole('listbox', { name: 'Search the help center' }).getByRole('option', { name: new RegExp(target.title) }).first()).toBeVisible();
});

test('what the person writes in the contact form before hydration is kept', async ({ page }) => {
  await slowScripts(page, 1500);
  await page.goto('/en/contact');
  const description = page.getByRole('textbox', { name: /What happened/i });
  await description.click();
  const text = 'My withdrawal has been pending since yesterday evening.';
  await page.keyboard.type(text, { delay: 10 });
  // Wait until the scripts have arrived and run, then look again.
  await expect(page.getByRole('banner').getByRole('combobox')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(description).toHaveValue(text);
});
