import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CSP_MANIFEST } from '../../lib/csp';
import { articlePath } from '../../lib/routes';
import { SHARED_CACHE_CONTROL } from '../../lib/shared-cache';
import { expectScriptsAllowedByHashes } from './script-policy';
import { site } from './site';

/**
 * A large help center builds only the articles readers meet first; the others render on their first
 * request and are kept (the article page, HELP_PREBUILT_ARTICLES). The e2e build leaves some out.
 */

const builtAhead = () => Object.keys(JSON.parse(readFileSync(CSP_MANIFEST, 'utf8')) as Record<string, string[]>);

test('the build rendered the articles readers meet first, not the rest', () => {
  const { catalog, articleBuiltOnDemand } = site();
  const built = builtAhead();
  for (const locale of catalog.locales) {
    expect(built).not.toContain(articlePath(locale, articleBuiltOnDemand(locale)));
    for (const article of catalog.promoted(locale)) expect(built).toContain(articlePath(locale, article.slug));
  }
});

test('an article not built ahead renders on its first request, then is served as the same bytes, like one built ahead', async ({ request }) => {
  const { catalog, articleBuiltOnDemand } = site();
  const slug = articleBuiltOnDemand('zh');
  const first = await request.get(articlePath('zh', slug));
  expect(first.status()).toBe(200);
  const html = await first.text();
  expect(html).toContain(catalog.article('zh', slug)!.article.title.replace(/&/g, '&amp;'));
  // Its hydration waits for the reader's first move, as on a page built ahead: no framework script to run yet.
  // (The old browsers' polyfill, `nomodule`, is the only one that may stay.)
  const framework = [...html.matchAll(/<script\b[^>]*\ssrc="\/_next\/static\/[^>]*>/gi)].map((match) => match[0]);
  expect(framework.filter((tag) => !/\bnomodule\b/i.test(tag))).toEqual([]);
  expect(html).toMatch(/<script type="text\/x-deferred" data-src="\/_next\/static\//);
  expectScriptsAllowedByHashes(first.headers()['content-security-policy'], html);
  expect(first.headers()['cache-control']).toBe(SHARED_CACHE_CONTROL);

  const again = await request.get(articlePath('zh', slug));
  expect(again.headers()['x-cache']).toBe('hit');
  expect(again.headers()['etag']).toBe(first.headers()['etag']);
  expect(await again.text()).toBe(html);
});

test('an article address that names no article is the 404, and nothing is kept for it', async ({ request }) => {
  const slug = `no-such-article-${Date.now()}`;
  for (const locale of site().catalog.locales) {
    const answer = await request.get(articlePath(locale, slug));
    expect(answer.status()).toBe(404);
    expect(answer.headers()['content-type']).toContain('text/html');
    expect(answer.headers()['cache-control'] ?? '').not.toMatch(/s-maxage|public/);
  }
  // An address %-encoded differently from the slug is not a second copy of the article either.
  const { articleBuiltOnDemand } = site();
  const real = articleBuiltOnDemand('en');
  expect((await request.get(`/en/articles/%${real.charCodeAt(0).toString(16)}${real.slice(1)}`)).status()).toBe(404);
  expect((await request.get(articlePath('en', real))).status()).toBe(200);
  // Next keeps what it renders on demand under .next/server (route-cache/): it holds the real article, and nothing for the made-up slug.
  const kept = readdirSync(path.join('.next', 'server'), { recursive: true, encoding: 'utf8' });
  expect(kept.filter((file) => file.endsWith(`/${real}.html`)).length).toBeGreaterThan(0);
  expect(kept.filter((file) => file.includes(slug))).toEqual([]);
});
