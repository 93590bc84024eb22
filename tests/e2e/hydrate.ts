import { type Page, expect } from '@playwright/test';

/**
 * The reader's first move, which starts hydration (lib/deferred-hydration.ts), then the wait for it:
 * for tests of what the scripts add. A press of Shift, since it changes nothing on any page. Every
 * page's header holds the search box, which becomes a combobox once the scripts have run.
 */
export async function hydrate(page: Page): Promise<void> {
  await page.keyboard.press('Shift');
  await expect(page.locator('header [role="combobox"]')).toHaveCount(1);
}

/** Every framework script answered `ms` late from now on, as on a slow phone, so the reader can act before hydration. */
export async function slowScripts(page: Page, ms: number): Promise<void> {
  await page.route(/\/_next\/static\/.+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}
