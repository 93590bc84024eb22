import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { site } from './site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe.run as the page sees it, typed as far as this file uses it. */
type AxeRun = (
  context: string,
  options: { runOnly: { type: 'tag'; values: readonly string[] }; resultTypes: string[] },
) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;

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
    // A dozen full-page scans; the first page a fresh server renders is slow on 2 cores.
    test.setTimeout(120_000);
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

test.describe('every article', () => {
  // axe is loaded as a script tag here, which the script policy rightly refuses (it is inline code no
  // page of ours carries); the policy itself is tested in hardening.spec.ts.
  test.use({ bypassCSP: true });

  test('axe finds no violations in any article of the knowledge base', async ({ page, request }) => {
    const { catalog } = site();
    const articles = catalog.articleParams();
    test.setTimeout(60_000 + articles.length * 1_000);
    // Articles differ in what they contain (tables, code, task lists), so every one is scanned once.
    // Loading axe costs several times more than a scan, so one article page loads it once and each
    // article's markup is swapped into that page's <article>, under the same styles, and scanned there.
    const [first] = articles;
    await page.goto(`/${first!.locale}/articles/${first!.slug}`);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const scan = (markup: string) =>
      page.evaluate(
        async ([html, tags]) => {
          document.querySelector('article')!.innerHTML = html;
          const axe = (window as unknown as { axe: { run: AxeRun } }).axe;
          const { violations } = await axe.run('article', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
        },
        [markup, WCAG_22_AA] as const,
      );

    // The swap must be able to fail: an image without a description is a violation.
    expect(await scan('<h1>Broken</h1><p><img src="/icon.svg"></p>')).toEqual([expect.stringMatching(/^image-alt/)]);

    const failures: string[] = [];
    for (const { locale, slug } of articles) {
      const html = await (await request.get(`/${locale}/articles/${slug}`)).text();
      const markup = /<article\b[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1];
      expect(markup, `${locale}/${slug} has an <article>`).toBeTruthy();
      for (const failure of await scan(markup!)) failures.push(`${locale}/${slug}: ${failure}`);
    }
    expect(failures).toEqual([]);
  });
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
