import { describe, expect, it } from 'vitest';
import { type SearchApiContext, searchApi } from '../../lib/search/api';
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

  it('accepts a query of exactly 200 characters and a limit of 50', () => {
    expect(call(`q=${'a'.repeat(200)}&limit=50`).status).toBe(200);
  });

  it('never throws, whatever the query holds', () => {
    const nasty = ['\u0000\u001f\u007f', '😀😀', '((((', '[a-z]+$', '<script>alert(1)</script>', '" onmouseover="x', '密码 password ١٢٣', '%'];
    for (const q of nasty) {
      const answer = call(new URLSearchParams({ q }).toString());
      expect(answer.status).toBe(200);
      // The query is echoed as JSON data; snippets are the only HTML, and they stay escaped.
      const results = 'results' in answer.body ? answer.body.results : [];
      for (const result of results) expect(result.snippet).not.toMatch(/<(?!\/?mark>)/);
    }
  });

  it('strips control characters from the echoed query', () => {
    expect(call('q=pass%00word%07').body).toMatchObject({ query: 'pass word' });
  });

  it('uses the first value of a repeated parameter', () => {
    expect(call('q=password&q=other').body).toMatchObject({ query: 'password', total: 1 });
  });
});
