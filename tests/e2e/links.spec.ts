import { expect, test } from '@playwright/test';

/**
 * A crawl of the built site from its sitemap: every link and image address on every page is one a
 * reader can trust (no Chinese text swallowed into it, no backslash a browser would turn into "/"),
 * and every internal one answers.
 */
test('every page from the sitemap links only to clean addresses, and every internal link works', async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  // The sitemap names the public origin; the crawl visits the same paths on this server.
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
  expect(pages.length).toBeGreaterThan(100);

  const bad: string[] = [];
  const internal = new Set<string>();
  for (const page of pages) {
    const response = await request.get(page);
    expect(response.status(), page).toBe(200);
    const html = await response.text();
    for (const [, attribute, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
      const address = raw!.replace(/&amp;/g, '&');
      if (/[^\x00-\x7f]|\\/.test(address)) bad.push(`${page}: ${attribute}="${address}"`);
      const url = new URL(address, new URL(page, baseURL));
      if (url.origin === new URL(baseURL!).origin && !url.pathname.startsWith('/_next/')) internal.add(url.pathname);
    }
  }
  expect(bad).toEqual([]);

  const broken: string[] = [];
  for (const path of internal) {
    const status = (await request.get(path, { maxRedirects: 0 })).status();
    if (status >= 400) broken.push(`${path}: ${status}`);
  }
  expect(broken).toEqual([]);
});

test('the web app manifest and the social card point at images the server has', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  const html = await (await request.get('/en')).text();
  const card = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(card).toBeTruthy();
  const images = [...manifest.icons.map((icon: { src: string }) => icon.src), new URL(card!).pathname];
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toBe('image/png');
  }
});
