import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { verifyPath } from '../../lib/routes';
import { site } from './site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the verifier answers a pasted look-alike link on the page, with the trick it uses and what to do', async ({ page }) => {
    await page.goto(verifyPath('en'));
    await page.getByLabel('Link, e-mail address, phone number or handle').fill('https://harb0rline-support.com/login');
    await page.getByRole('button', { name: 'Check' }).click();
    const verdict = page.locator('[data-verdict]');
    await expect(verdict).toHaveAttribute('data-verdict', 'not-official');
    await expect(verdict.getByRole('heading', { name: 'Not one of our official channels' })).toBeVisible();
    await expect(verdict.locator('[data-reason="lookalike"]').first()).toContainText('look-alike characters');
    await expect(verdict.getByRole('heading', { name: 'What to do' })).toBeVisible();
    // Never "safe", even for a channel on the list.
    await page.goto(verifyPath('en', `${site().catalog.site.helpCenter}/en`));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'official');
    await expect(page.getByRole('main')).not.toContainText(/\bsafe\b/i);
  });

  test('a caller claiming to be support is an impostor, in Chinese too', async ({ page }) => {
    await page.goto(verifyPath('zh'));
    await page.getByLabel('链接、邮箱地址、电话号码或账号').fill('+86 138 0000 0000');
    await page.getByRole('button', { name: '核验' }).click();
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-official');
    await expect(page.locator('[data-reason="we-never-call"]')).toContainText('从不给用户打电话');
  });

  test('hostile input is shown as text, never as markup', async ({ page }) => {
    await page.goto(verifyPath('en', '<img src=x onerror=alert(1)>@harborline.example'));
    await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'not-official');
    await expect(page.locator('main img')).toHaveCount(0);
  });
});

test('every page links to the verifier from the safety notice', async ({ page }) => {
  await page.goto('/en/articles/reset-password');
  await page.getByRole('link', { name: 'Check whether a link, e-mail or account is really ours' }).click();
  await expect(page).toHaveURL(verifyPath('en'));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the verifier with each verdict (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    for (const url of [verifyPath('en'), verifyPath('en', 'harborline-verify.com'), verifyPath('zh', 'https://help.harborline.example/zh')]) {
      await page.goto(url);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      for (const violation of violations) failures.push(`${url}: ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
}
