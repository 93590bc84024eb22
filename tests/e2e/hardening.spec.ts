import { type APIResponse, expect, test } from '@playwright/test';
import { OPENER_ISOLATION, securityHeaders } from '../../lib/security-headers';
import { articlePath } from '../../lib/routes';
import { site } from './site';
import { hydrate } from './hydrate';

const expected = securityHeaders({ development: false });
const slug = site().translatedSlug();

/** A build file the home page loads, so the check covers what Next serves from /_next/static. */
async function staticChunk(request: import('@playwright/test').APIRequestContext): Promise<string> {
  const html = await (await request.get('/en')).text();
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  if (!chunk) throw new Error('no /_next/static script on /en');
  return chunk;
}

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  for (const { key, value } of expected) expect(headers[key.toLowerCase()], `${key} on ${what}`).toBe(value);
  // The script policy is per response (hashes or a nonce), and never allows inline script wholesale.
  const scriptSrc = /script-src ([^;]*)/.exec(headers['content-security-policy'] ?? '')?.[1];
  expect(scriptSrc, `script-src on ${what}`).toBeDefined();
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
}

test('every kind of response carries the security headers', async ({ request }) => {
  const responses: [string, APIResponse][] = [
    ['a page', await request.get('/en')],
    ['an article', await request.get(articlePath('zh', slug))],
    ['the API', await request.get('/api/search?q=password&locale=en')],
    ['the 404', await request.get('/en/no-such-page')],
    ['a redirect', await request.get('/', { maxRedirects: 0 })],
    ['a build file', await request.get(await staticChunk(request))],
    ['the browser index', await request.get('/search/en.json')],
    ['a refused method', await request.fetch('/en', { method: 'TRACE' })],
  ];
  expect(responses.map(([what, response]) => `${what} ${response.status()}`)).toEqual([
    'a page 200',
    'an article 200',
    'the API 200',
    'the 404 404',
    'a redirect 307',
    'a build file 200',
    'the browser index 200',
    'a refused method 405',
  ]);
  for (const [what, response] of responses) expectSecurityHeaders(response, what);
});

test('the admin pages cut a cross-origin opener off; the public pages share its process (lib/security-headers.ts)', async ({ page, request }) => {
  const opener = OPENER_ISOLATION.key.toLowerCase();
  for (const path of ['/admin/sign-in', '/admin/insights']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()[opener], path).toBe(OPENER_ISOLATION.value);
  }
  for (const path of ['/en', articlePath('zh', slug), '/en/contact', '/en/search?q=password']) {
    expect((await request.get(path)).headers()[opener], path).toBeUndefined();
  }
  // What the header does in the browser: a window opened on the sign-in page is a closed handle to its
  // opener, one opened on a help page is not.
  await page.goto('/en');
  const closedAfterOpening = (path: string) =>
    page.evaluate(async (path) => {
      const opened = window.open(path);
      if (!opened) return 'blocked';
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const closed = opened.closed;
      opened.close();
      return closed;
    }, path);
  expect(await closedAfterOpening('/admin/sign-in')).toBe(true);
  expect(await closedAfterOpening(articlePath('en', slug))).toBe(false);
});

test('nothing a stranger can send gets a 500: odd methods are a 405 with Allow, .rsc paths a 404', async ({ request }) => {
  const chunk = await staticChunk(request);
  const paths = ['/', '/en', '/en.rsc', `${articlePath('en', slug)}.rsc`, articlePath('en', slug), '/api/search', '/api/no-such-route', chunk, '/search/en.json', '/no-such-page', '/admin/session'];
  const failures: string[] = [];
  for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
    for (const path of paths) {
      const response = await request.fetch(path, { method, maxRedirects: 0, failOnStatusCode: false });
      if (response.status() >= 500) failures.push(`${method} ${path} ${response.status()}`);
      if (response.status() === 405 && !response.headers().allow) failures.push(`${method} ${path} 405 without Allow`);
    }
  }
  expect(failures).toEqual([]);
  const trace = await request.fetch('/en/contact', { method: 'TRACE' });
  expect(trace.status()).toBe(405);
  expect(trace.headers().allow).toBe('GET, HEAD, POST');
  expect(await trace.json()).toEqual({ error: { code: 'method_not_allowed', message: 'TRACE is not allowed here.' } });
  for (const broken of ['/en/articles/%E0%A4%A', '/%E0%A4%A', '/en/flows/password-reset/%E0%A4%A']) {
    const answer = await request.get(broken);
    expect(answer.status(), broken).toBe(400);
    expect(await answer.json()).toMatchObject({ error: { code: 'bad_address' } });
  }
  const rsc = await request.get('/en.rsc');
  expect(rsc.status()).toBe(404);
  expect(await rsc.json()).toMatchObject({ error: { code: 'not_found' } });
});

test('the 404 picks its language from the URL or Accept-Language, never from a header a client sends', async ({ request }) => {
  // x-help-path is the proxy's private channel to the 404 page: a client's copy is dropped at the door.
  const spoofed = await request.get('/no-such-page', { headers: { 'x-help-path': '/zh/anything', 'Accept-Language': 'en-US' } });
  expect(spoofed.status()).toBe(404);
  expect(await spoofed.text()).toContain('<html lang="en"');
  const chinese = await request.get('/no-such-page', { headers: { 'Accept-Language': 'zh-CN' } });
  expect(await chinese.text()).toContain('<html lang="zh"');
  // Its language came from Accept-Language, so caches must keep one copy per language.
  expect(chinese.headers().vary?.split(',').map((field) => field.trim().toLowerCase())).toContain('accept-language');
  // Under a locale the URL decides, and the static pages stay cacheable as one copy.
  expect((await request.get('/en')).headers().vary?.toLowerCase() ?? '').not.toContain('accept-language');
});

test('Chromium accepts the whole Permissions-Policy: no unknown feature is reported', async ({ page }) => {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (/permissions-policy/i.test(message.text())) reports.push(message.text());
  });
  await page.goto('/en');
  await page.waitForLoadState('networkidle');
  expect(reports).toEqual([]);
});

test.describe('the script policy', () => {
  const pages = [
    ['a static home page', '/en'],
    ['a static article', articlePath('zh', slug)],
    ['an article rendered on its first request', articlePath('en', site().articleBuiltOnDemand('en'))],
    ['a static flow step', '/en/flows/password-reset'],
    ['search results', '/en/search?q=password'],
    ['the contact page', '/zh/contact'],
    ['the verifier', '/en/verify?q=https%3A%2F%2Fexample.com'],
    ['a flow step rendered on its first request', site().flowStepBuiltOnDemand('en')],
    ['a flow step off every kept path, rendered per request', '/en/flows/password-reset/no-such-answer'],
    ['the 404', '/en/no-such-page'],
    ['the 404 of an article address', '/zh/articles/no-such-article'],
  ] as const;

  test('every page type runs its own scripts with no violation, and refuses a script injected into it', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    for (const [what, url] of pages) {
      await page.goto(url);
      // The reader's first move starts the scripts; hydrated, the header's box is the combobox they make of it.
      await hydrate(page);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), `${what}: violations`).toEqual([]);
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.injected = true';
        document.body.append(script);
        return (window as unknown as { injected?: boolean }).injected === true;
      });
      expect(ran, `${what}: an injected inline script ran`).toBe(false);
      await expect.poll(() => page.evaluate(() => (window as unknown as { violations: string[] }).violations.length), { message: `${what}: the injection was reported` }).toBe(1);
    }
  });

  test('a page rendered per request gets a fresh nonce each time; a static page its own hashes', async ({ request }) => {
    const nonce = async () => /'nonce-([^']+)'/.exec((await request.get('/en/verify?q=example.com')).headers()['content-security-policy']!)?.[1];
    const [first, second] = [await nonce(), await nonce()];
    expect(first).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second).not.toBe(first);
    const article = await request.get(articlePath('en', slug));
    const hashes = [...(article.headers()['content-security-policy'] ?? '').matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1]);
    expect(hashes.length).toBeGreaterThanOrEqual(3);
    expect(article.headers()['content-security-policy']).not.toContain('nonce-');
  });
});
