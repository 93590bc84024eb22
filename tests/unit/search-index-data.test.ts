import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../lib/search/engine';
import { SearchUnavailableError, readSearchIndexData } from '../../lib/search/index-data';

const record = {
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
};
const exported = await SearchIndex.build('en', [record], []).export({ withText: true });
const good = JSON.stringify(exported);
const read = (text: string, locale = 'en') => () => readSearchIndexData(text, '.generated/search/en.json', locale);

describe('reading the search index file', () => {
  it('loads a good file into a working index', () => {
    const index = SearchIndex.load(read(good)());
    expect(index.search('password', { limit: 5 }).hits.map((hit) => hit.record.slug)).toEqual(['reset-password']);
  });

  it.each([
    ['a truncated file', good.slice(0, good.length / 2), /en\.json: not JSON/],
    ['an empty file', '', /not JSON/],
    ['an old format', JSON.stringify({ ...exported, version: 1 }), /version: the index format is not 2: rebuild it/],
    ['a missing field', JSON.stringify({ ...exported, records: undefined }), /records/],
    ['a record without a title', JSON.stringify({ ...exported, records: [{ ...record, title: undefined }] }), /records\.0\.title/],
    ['a record with a link elsewhere', JSON.stringify({ ...exported, records: [{ ...record, url: 'https://evil.example/x' }] }), /records\.0\.url/],
    ['an unknown field', JSON.stringify({ ...exported, extra: true }), /extra/],
    ['JSON of another kind', '[]', /index/],
  ])('refuses %s with the file, the field and the reason', (_, text, reason) => {
    expect(read(text)).toThrow(SearchUnavailableError);
    expect(read(text)).toThrow(reason);
  });

  it("refuses another locale's index", () => {
    expect(read(good, 'zh')).toThrow(/holds the en index, not zh/);
  });
});
