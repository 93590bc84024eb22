import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { site } from './site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One page of each type, in each locale: the 404 through a missing article, search with and without results. */
function pagesToScan(): string[] {
  const { catalog, firstArticle } = site();
  return catalog.locales.flatMap((locale) => {
    const { category, article } = firstArticle(locale);
    return [
      `/${locale}`,
      `/${locale}/categories/${category.slug}`,
      `/${locale}/articles/${article.slug}`,
      `/${locale}/articles/no-such-article`,
      `/${locale}/search?q=${encodeURIComponent(article.title)}`,
      `/${locale}/search?q=qqqzzzxxx`,
    ];
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violations on any page type (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    for (const path of pagesToScan()) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      for (const violation of violations) {
        failures.push(`${path}: ${violation.id} (${violation.nodes.length}x): ${violation.nodes[0]?.target.join(' ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test('axe finds no violations in any article of the knowledge base', async ({ page }) => {
  test.setTimeout(240_000);
  const { catalog } = site();
  const failures: string[] = [];
  // Articles differ in what they contain (tables, code, task lists), so every one is scanned once.
  for (const { locale, slug } of catalog.articleParams()) {
    await page.goto(`/${locale}/articles/${slug}`);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).include('article').analyze();
    for (const violation of violations) failures.push(`${locale}/${slug}: ${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
  }
  expect(failures).toEqual([]);
});

test('the longest article has a table of contents whose links reach its sections', async ({ page }) => {
  const { catalog } = site();
  const longest = catalog
    .articleParams()
    .filter(({ locale }) => locale === 'en')
    .map(({ slug }) => catalog.article('en', slug)!.article)
    .sort((a, b) => b.toc.length - a.toc.length)[0]!;
  expect(longest.toc.length, 'some article should be long enough for a table of contents').toBeGreaterThanOrEqual(3);
  await page.goto(`/en/articles/${longest.slug}`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveCount(longest.toc.length);
  const last = longest.toc.at(-1)!;
  await toc.getByRole('link', { name: last.text }).click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(last.id)}$`));
  await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
});
