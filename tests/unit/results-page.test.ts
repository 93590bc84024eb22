import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../lib/search/engine';
import { MAX_RESULT_PAGES, RESULTS_PER_PAGE } from '../../lib/search/limits';
import { pageCount, pageOffset, readPageNumber } from '../../lib/search/results-page';
import { searchPath } from '../../lib/routes';

describe('the results page number', () => {
  it('is 1 when absent and the number asked for within the pages a search can have', () => {
    expect(readPageNumber('')).toBe(1);
    expect(readPageNumber('2')).toBe(2);
    expect(readPageNumber(String(MAX_RESULT_PAGES))).toBe(MAX_RESULT_PAGES);
  });

  it('is refused (null) when it is not such a number', () => {
    for (const value of ['0', '-1', '1.5', 'two', ' 2', '2 ', '02x', String(MAX_RESULT_PAGES + 1), '999', '1e1']) expect(readPageNumber(value), value).toBeNull();
  });

  it('counts pages over the best results only, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(RESULTS_PER_PAGE)).toBe(1);
    expect(pageCount(RESULTS_PER_PAGE + 1)).toBe(2);
    expect(pageCount(10_000)).toBe(MAX_RESULT_PAGES);
    expect(pageOffset(1)).toBe(0);
    expect(pageOffset(3)).toBe(2 * RESULTS_PER_PAGE);
  });

  it('is in the address only beyond the first page, after the query and topic', () => {
    expect(searchPath('en', 'reset password')).toBe('/en/search?q=reset+password');
    expect(searchPath('en', 'reset password', { page: 1 })).toBe('/en/search?q=reset+password');
    expect(searchPath('zh', '提现', { category: 'faq', page: 3 })).toBe('/zh/search?q=%E6%8F%90%E7%8E%B0&category=faq&page=3');
    expect(searchPath('en')).toBe('/en/search');
  });
});

describe('a later page of results', () => {
  const records = Array.from({ length: 25 }, (_, i) => ({
    slug: `wallet-${i}`,
    title: `Wallet guide ${i}`,
    url: `/en/articles/wallet-${i}`,
    category: 'wallets',
    categoryTitle: 'Wallets',
    description: 'About your wallet.',
    headings: [],
    tags: [],
    text: `Your wallet, part ${i}.`,
    promoted: false,
  }));
  const index = SearchIndex.build('en', records, []);

  it('continues the first: the same order, nothing repeated, nothing skipped', () => {
    const all = index.search('wallet', { limit: 25 }).hits.map((hit) => hit.record.slug);
    const paged = [0, 10, 20].flatMap((offset) => index.search('wallet', { limit: 10, offset }).hits.map((hit) => hit.record.slug));
    expect(all).toHaveLength(25);
    expect(paged).toEqual(all);
    expect(index.search('wallet', { limit: 10, offset: 20 }).total).toBe(25);
    expect(index.search('wallet', { limit: 10, offset: 30 }).hits).toEqual([]);
  });
});
