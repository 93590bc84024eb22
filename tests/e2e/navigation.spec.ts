import { expect, test } from '@playwright/test';
import { site } from './site';

test.describe('the root URL picks a language', () => {
  for (const [header, locale] of [
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.5', 'zh'],
  ] as const) {
    test(`Accept-Language ${header} goes to /${locale}`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'Accept-Language': header }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe(`/${locale}`);
      expect(response.headers().vary).toContain('Accept-Language');
    });
  }
});

for (const locale of ['en', 'zh']) {
  test(`browse home -> category -> article in ${locale}`, async ({ page }) => {
    const { catalog, firstArticle } = site();
    const { category, article } = firstArticle(locale);
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page).toHaveTitle(new RegExp(catalog.site.brand));

    await page.getByRole('link', { name: new RegExp(category.title) }).first().click();
    await expect(page).toHaveURL(`/${locale}/categories/${category.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(category.title);

    await page.getByRole('main').getByRole('link', { name: new RegExp(article.title) }).first().click();
    await expect(page).toHaveURL(`/${locale}/articles/${article.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page).toHaveTitle(new RegExp(article.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const breadcrumbs = page.getByRole('navigation', { name: locale === 'zh' ? '导航路径' : 'Breadcrumb' });
    await expect(breadcrumbs.getByRole('link', { name: category.title })).toBeVisible();
    await expect(page.locator('time')).toHaveAttribute('datetime', article.updated);
  });
}

test('the language switch opens the same article in the other language', async ({ page }) => {
  const { catalog, translatedSlug } = site();
  const slug = translatedSlug();
  await page.goto(`/en/articles/${slug}`);
  await expect(page.locator('link[rel="alternate"][hreflang="zh"]')).toHaveAttribute('href', new RegExp(`/zh/articles/${slug}$`));
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(`/zh/articles/${slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalog.article('zh', slug)!.article.title);
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`/en/articles/${slug}`);
});

test('a page with no translation lands on the other home page with a notice', async ({ page }) => {
  await page.goto('/zh');
  const notice = page.getByRole('note');
  await expect(notice).toBeHidden();
  await page.goto('/zh#untranslated');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('中文');
});

for (const [path, locale, heading] of [
  ['/en/articles/no-such-article', 'en', 'Page not found'],
  ['/zh/categories/no-such-category', 'zh', '页面不存在'],
  ['/zh/some/unknown/path', 'zh', '页面不存在'],
  ['/no-such-page', 'en', 'Page not found'],
] as const) {
  test(`404 for ${path}, in ${locale}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await page.getByRole('main').getByRole('link').first().click();
    await expect(page).toHaveURL(`/${locale}`);
  });
}

test('keyboard only: skip link, then a category, then an article', async ({ page }) => {
  const { firstArticle } = site();
  const { category, article } = firstArticle('en');
  await page.goto('/en');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');

  await tabUntilFocused(page, category.title);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/en/categories/${category.slug}`);

  await tabUntilFocused(page, article.title);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/en/articles/${article.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
});

/** Presses Tab until the focused element's text contains `text`, checking the focus is visible. */
async function tabUntilFocused(page: import('@playwright/test').Page, text: string) {
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { text: element?.innerText ?? '', outline: element ? getComputedStyle(element).outlineStyle : 'none' };
    });
    if (focused.text.includes(text)) {
      expect(focused.outline, 'focus must be visible').not.toBe('none');
      return;
    }
  }
  throw new Error(`"${text}" never received focus`);
}
