/**
 * `npm run screenshots [-- BASE_URL]`: photographs one page of each type, in each locale, at phone
 * and desktop widths, in light and dark, into screenshots/. Start the site first (`npm start`).
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { getCatalog } from '../lib/content/source';
import { launchOptions } from '../tests/browser';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3000';
/** A whole question per locale, as people type them (one misspelt), so the results page shows ranking, correction and highlights at work. */
const SAMPLE_QUERIES: Record<string, string> = { en: 'my withdrawl has been stuck since yesterday, when will it arrive', zh: '为什么我提现了对方还没有收到钱呢' };
const catalog = getCatalog();
const pages = catalog.locales.flatMap((locale) => {
  const category = catalog.categories(locale)[0];
  const longest = catalog
    .articleParams()
    .filter((params) => params.locale === locale)
    .map(({ slug }) => catalog.article(locale, slug)!.article)
    .filter((article) => article.locale === locale)
    .sort((a, b) => b.html.length - a.html.length)[0];
  return [
    { name: `${locale}-home`, path: `/${locale}` },
    ...(category ? [{ name: `${locale}-category`, path: `/${locale}/categories/${category.slug}` }] : []),
    ...(longest ? [{ name: `${locale}-article`, path: `/${locale}/articles/${longest.slug}` }] : []),
    { name: `${locale}-search`, path: `/${locale}/search?${new URLSearchParams({ q: SAMPLE_QUERIES[locale] ?? 'password' })}` },
    { name: `${locale}-no-results`, path: `/${locale}/search?q=zzqqxx` },
    { name: `${locale}-404`, path: `/${locale}/articles/no-such-article` },
  ];
});

await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch(launchOptions);
for (const width of [390, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    for (const { name, path } of pages) {
      await page.goto(baseUrl + path);
      const file = `screenshots/${name}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
