import { describe, expect, it, vi } from 'vitest';
import { type SearchApiContext, readSearchParams, searchApi } from '../../lib/search/api';
import { SearchUnavailableError } from '../../lib/search/index-data';
import { SearchIndex } from '../../lib/search/engine';

const index = SearchIndex.build(
  'en',
  [
    {
      slug: 'reset-password',
      title: 'Reset your password',
      url: '/en/articles/reset-password',
      category: 'account-access',
      categoryTitle: 'Account access',
      description: 'Set a new password.',
      headings: [],
      tags: [],
      text: 'Forgot your password? Reset it.',
      promoted: false,
    },
    {
      // Text a writer could paste from a phishing report: it must come back as text, never as markup.
      slug: 'phishing-examples',
      title: 'Examples of phishing messages',
      url: '/en/articles/phishing-examples',
      category: 'account-access',
      categoryTitle: 'Account access',
      description: 'What scam messages look like.',
      headings: [],
      tags: [],
      text: 'A scam page may contain <script>alert(1)</script> or <img src=x onerror="alert(2)"> and a link like javascript:alert(3) & "quotes".',
      promoted: false,
    },
  ],
  [],
);
const context: SearchApiContext = {
  locales: ['en', 'zh'],
  defaultLocale: 'en',
  categories: () => ['account-access', 'trading'],
  index: () => index,
};
const call = (query: string) => searchApi(new URLSearchParams(query), context);

describe('GET /api/search', () => {
  it('answers with the stable shape', () => {
    expect(call('q=password&limit=5')).toEqual({
      status: 200,
      body: {
        query: 'password',
        locale: 'en',
        total: 1,
        results: [
          {
            slug: 'reset-password',
            title: 'Reset your password',
            url: '/en/articles/reset-password',
            category: 'account-access',
            snippet: 'Forgot your <mark>password</mark>? Reset it.',
          },
        ],
      },
    });
  });

  it.each(['', 'q=', 'q=%20%20', 'locale=zh'])('a missing or empty q (%j) gives total 0', (query) => {
    const answer = call(query);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ total: 0, results: [] });
  });

  it.each([
    [`q=${'a'.repeat(201)}`, 'query_too_long'],
    ['q=a&locale=fr', 'unknown_locale'],
    ['q=a&category=nope', 'unknown_category'],
    ['q=a&limit=0', 'invalid_limit'],
    ['q=a&limit=51', 'invalid_limit'],
    ['q=a&limit=abc', 'invalid_limit'],
    ['q=a&limit=1.5', 'invalid_limit'],
    ['q=a&limit=-1', 'invalid_limit'],
  ])('%s is a 400 with code %s', (query, code) => {
    const answer = call(query);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code, message: expect.any(String) } });
  });

  it('counts the query in UTF-16 units, as the search box’s maxlength does: 100 emoji pass, 101 do not', () => {
    expect(call(`q=${encodeURIComponent('😀'.repeat(100))}`).status).toBe(200);
    expect(call(`q=${encodeURIComponent('😀'.repeat(101))}`).body).toMatchObject({ error: { code: 'query_too_long' } });
  });

  it('accepts a query of exactly 200 characters and a limit of 50', () => {
    expect(call(`q=${'a'.repeat(200)}&limit=50`).status).toBe(200);
  });

  it('never throws, whatever the query holds', () => {
    const nasty = ['\u0000\u001f\u007f', '😀😀', '((((', '[a-z]+$', '<script>alert(1)</script>', '" onmouseover="x', '密码 password ١٢٣', '%'];
    for (const q of nasty) expect(call(new URLSearchParams({ q }).toString()).status).toBe(200);
  });

  it('keeps hostile article text escaped in snippets, with only its own <mark> tags', () => {
    let checked = 0;
    for (const q of ['script alert', 'onerror img', 'javascript alert', 'quotes scam']) {
      const answer = call(new URLSearchParams({ q }).toString());
      const results = 'results' in answer.body ? answer.body.results : [];
      const hostile = results.find((result) => result.slug === 'phishing-examples');
      // The test means something only if the hostile article is found and its snippet shows the markup.
      expect(hostile, q).toBeDefined();
      expect(hostile!.snippet).toMatch(/&lt;(script|img)/);
      expect(hostile!.snippet).not.toMatch(/<(?!\/?mark>)/);
      expect(hostile!.snippet).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      checked += 1;
    }
    expect(checked).toBe(4);
  });

  it('answers 503 search_unavailable, not a crash, when the index cannot be loaded', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: SearchApiContext = {
      ...context,
      index: () => {
        throw new SearchUnavailableError('.generated/search/en.json: cannot be read (ENOENT)');
      },
    };
    expect(searchApi(new URLSearchParams('q=password'), broken)).toEqual({ status: 503, body: { error: { code: 'search_unavailable', message: expect.any(String) } } });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('ENOENT'));
    // An empty query needs no index, and a bad parameter is still the reader's 400.
    expect(searchApi(new URLSearchParams('q='), broken).status).toBe(200);
    expect(searchApi(new URLSearchParams('q=a&limit=0'), broken).status).toBe(400);
    error.mockRestore();
  });

  it('reads an empty category (the "All topics" choice) as none', () => {
    expect(readSearchParams(new URLSearchParams('q=password&category='), context)).toEqual({ ok: true, request: { query: 'password', locale: 'en', limit: 10 } });
  });

  it('strips control characters from the echoed query', () => {
    expect(call('q=pass%00word%07').body).toMatchObject({ query: 'pass word' });
  });

  it('uses the first value of a repeated parameter', () => {
    expect(call('q=password&q=other').body).toMatchObject({ query: 'password', total: 1 });
  });
});
