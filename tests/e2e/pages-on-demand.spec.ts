import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CSP_MANIFEST } from '../../lib/csp';
import { articlePath, flowPath } from '../../lib/routes';
import { SHARED_CACHE_CONTROL } from '../../lib/shared-cache';
import { expectScriptsAllowedByHashes } from './script-policy';
import { site } from './site';

/**
 * A large help center builds only the articles readers meet first; the others render on their first
 * request and are kept (the article page, HELP_PREBUILT_ARTICLES). The e2e build leaves some out.
 * Flow steps past the first few are left for their first request the same way (FLOW_DEPTH_BUILT_AHEAD).
 */

const builtAhead = () => Object.keys(JSON.parse(readFileSync(CSP_MANIFEST, 'utf8')) as Record<string, string[]>);

test('the build rendered the articles and flow steps readers meet first, not the rest', () => {
  const { catalog, articleBuiltOnDemand, flowStepBuiltOnDemand } = site();
  const built = builtAhead();
  for (const locale of catalog.locales) {
    expect(built).not.toContain(articlePath(locale, articleBuiltOnDemand(locale)));
    for (const article of catalog.promoted(locale)) expect(built).toContain(articlePath(locale, article.slug));
    expect(built).not.toContain(flowStepBuiltOnDemand(locale));
    for (const flow of catalog.flows(locale)) expect(built).toContain(flowPath(locale, flow.slug));
  }
});

for (const [kind, address, text] of [
  ['an article', () => articlePath('zh', site().articleBuiltOnDemand('zh')), (pathname: string) => site().catalog.article('zh', pathname.split('/').at(-1)!)!.article.title],
  ['a flow step', () => site().flowStepBuiltOnDemand('zh'), (pathname: string) => site().catalog.flow('zh', pathname.split('/')[3]!)!.title],
] as const) {
  test(`${kind} not built ahead renders on its first request, then is served as the same bytes, like one built ahead`, async ({ request }) => {
    const pathname = address();
    const first = await request.get(pathname);
    expect(first.status()).toBe(200);
    const html = await first.text();
    expect(html).toContain(text(pathname).replace(/&/g, '&amp;'));
    // Its hydration waits for the reader's first move, as on a page built ahead: no framework script to run yet.
    // (The old browsers' polyfill, `nomodule`, is the only one that may stay.)
    const framework = [...html.matchAll(/<script\b[^>]*\ssrc="\/_next\/static\/[^>]*>/gi)].map((match) => match[0]);
    expect(framework.filter((tag) => !/\bnomodule\b/i.test(tag))).toEqual([]);
    expect(html).toMatch(/<script type="text\/x-deferred" data-src="\/_next\/static\//);
    expectScriptsAllowedByHashes(first.headers()['content-security-policy'], html);
    expect(first.headers()['cache-control']).toBe(SHARED_CACHE_CONTROL);

    const again = await request.get(pathname);
    expect(again.headers()['x-cache']).toBe('hit');
    expect(again.headers()['etag']).toBe(first.headers()['etag']);
    expect(await again.text()).toBe(html);
  });
}

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

test('a flow address that names no flow is the 404, and nothing is kept for it', async ({ request }) => {
  const slug = `no-such-flow-${Date.now()}`;
  for (const locale of site().catalog.locales) {
    for (const pathname of [flowPath(locale, slug), flowPath(locale, slug, ['yes'])]) {
      const answer = await request.get(pathname);
      expect(answer.status()).toBe(404);
      expect(answer.headers()['cache-control'] ?? '').not.toMatch(/s-maxage|public/);
    }
  }
  const kept = readdirSync(path.join('.next', 'server'), { recursive: true, encoding: 'utf8' });
  expect(kept.filter((file) => file.includes(slug))).toEqual([]);
});

test('a flow step off every kept path is rendered per request and not kept', async ({ request }) => {
  const { catalog } = site();
  const [flow] = catalog.flows('en');
  const pathname = flowPath('en', flow!.slug, ['no-such-answer']);
  const answer = await request.get(pathname);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['cache-control'] ?? '').not.toMatch(/s-maxage|public/);
  const kept = readdirSync(path.join('.next', 'server'), { recursive: true, encoding: 'utf8' });
  expect(kept.filter((file) => file.includes('no-such-answer'))).toEqual([]);
});
