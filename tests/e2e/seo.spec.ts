import { expect, type Page, test } from '@playwright/test';
import { articlePath, categoryPath, contactPath, flowPath, flowsPath, homePath, verifyPath } from '../../lib/routes';
import { site } from './site';

const { catalog } = site();
const origin = catalog.site.helpCenter;
const absolute = (path: string) => new URL(path, origin).toString();

test('the sitemap lists every page a reader can land on, in every locale, each with its translations', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body]) => ({
    loc: /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
    alternates: Object.fromEntries([...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [lang!, href!])),
  }));
  const locs = new Set(entries.map((entry) => entry.loc));
  expect(locs.size, 'no page is listed twice').toBe(entries.length);

  const expected = catalog.locales.flatMap((locale) => [
    homePath(locale),
    flowsPath(locale),
    verifyPath(locale),
    contactPath(locale),
    ...catalog.flows(locale).map((flow) => flowPath(locale, flow.slug)),
    ...catalog.categories(locale).map((category) => categoryPath(locale, category.slug)),
    ...catalog
      .articleParams()
      .filter((params) => params.locale === locale && !catalog.article(locale, params.slug)?.fallbackFrom)
      .map((params) => articlePath(locale, params.slug)),
  ]);
  expect([...locs].sort()).toEqual(expected.map(absolute).sort());
  expect(xml).not.toContain('/search');

  for (const entry of entries) {
    // Each entry names itself among its translations, and the default locale's page as x-default.
    expect(Object.values(entry.alternates), entry.loc).toContain(entry.loc);
    expect(entry.alternates['x-default'], entry.loc).toBe(entry.alternates[catalog.defaultLocale]);
    for (const locale of catalog.locales) if (entry.alternates[locale]) expect(locs, `${entry.loc} -> ${locale}`).toContain(entry.alternates[locale]);
  }
  const home = entries.find((entry) => entry.loc === absolute('/zh'))!;
  expect(home.alternates).toEqual({ en: absolute('/en'), zh: absolute('/zh'), 'x-default': absolute('/en') });
});

test('robots.txt lets pages be crawled, keeps the API and admin out, and names the sitemap', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toMatch(/^Disallow: \/api\/$/m);
  expect(robots).toMatch(/^Disallow: \/admin\/$/m);
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
});

async function head(page: Page) {
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
  return {
    title: await page.title(),
    description: await meta('meta[name="description"]'),
    canonical: await page.locator('link[rel="canonical"]').getAttribute('href'),
    hreflang: Object.fromEntries(
      await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
    ),
    og: {
      title: await meta('meta[property="og:title"]'),
      url: await meta('meta[property="og:url"]'),
      image: await meta('meta[property="og:image"]'),
      siteName: await meta('meta[property="og:site_name"]'),
      locale: await meta('meta[property="og:locale"]'),
    },
    twitter: { card: await meta('meta[name="twitter:card"]'), image: await meta('meta[name="twitter:image"]') },
    jsonLd: (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as { '@type': string; mainEntity?: unknown[] }),
  };
}

for (const locale of catalog.locales) {
  const faq = catalog.articleParams().find((params) => params.locale === locale && (catalog.article(locale, params.slug)?.article.faq.length ?? 0) > 0)!.slug;
  const plain = catalog.articleParams().find((params) => params.locale === locale && catalog.article(locale, params.slug)?.article.faq.length === 0)!.slug;
  const flow = catalog.flows(locale)[0]!;
  const pages = [
    homePath(locale),
    categoryPath(locale, catalog.categories(locale)[0]!.slug),
    articlePath(locale, plain),
    articlePath(locale, faq),
    flowsPath(locale),
    flowPath(locale, flow.slug),
    contactPath(locale),
    verifyPath(locale),
  ];

  test(`every indexable page type in ${locale} has its title, description, canonical URL, translations and share card`, async ({ page, request }) => {
    for (const path of pages) {
      await page.goto(path);
      const seen = await head(page);
      expect(seen.title, path).not.toBe('');
      expect(seen.description?.length, path).toBeGreaterThan(20);
      expect(seen.canonical, path).toBe(absolute(path));
      expect(seen.hreflang[locale], path).toBe(absolute(path));
      expect(seen.hreflang['x-default'], path).toBe(seen.hreflang[catalog.defaultLocale]);
      expect(seen.og, path).toMatchObject({ url: absolute(path), siteName: expect.stringContaining(catalog.site.brand), locale: locale === 'zh' ? 'zh_CN' : 'en_US' });
      expect(seen.twitter, path).toEqual({ card: 'summary_large_image', image: seen.og.image });
      expect(await page.locator('meta[name="robots"]').count(), path).toBe(0);
    }
    // The share card is a real image this site serves.
    const image = await request.get(new URL((await head(page)).og.image!).pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
  });

  test(`a questions-and-answers article in ${locale} is marked up as an FAQPage, question by question`, async ({ page }) => {
    await page.goto(articlePath(locale, faq));
    const { jsonLd } = await head(page);
    expect(jsonLd.map((data) => data['@type']).sort()).toEqual(['Article', 'BreadcrumbList', 'FAQPage']);
    const questions = (jsonLd.find((data) => data['@type'] === 'FAQPage')!.mainEntity as { name: string; acceptedAnswer: { text: string } }[]);
    const headings = await page.locator('.article-body > h2').allInnerTexts();
    expect(questions.map((question) => question.name)).toEqual(headings.map((heading) => heading.trim()));
    for (const question of questions) expect(question.acceptedAnswer.text.length, question.name).toBeGreaterThan(20);

    await page.goto(articlePath(locale, plain));
    expect((await head(page)).jsonLd.map((data) => data['@type']).sort()).toEqual(['Article', 'BreadcrumbList']);
  });
}
