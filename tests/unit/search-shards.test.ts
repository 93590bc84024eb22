import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../lib/search/engine';
import type { PostingEntry } from '../../lib/search/postings';
import { ShardedSearchIndex } from '../../lib/search/sharded-index';
import { fromGaps, manifestRecords, shardIndex, shardOf, toGaps } from '../../lib/search/shards';
import { SEARCH_QUERIES } from '../../scripts/search-queries';
import { keywordQuestions, sentenceQuestions } from './question-sets';
import { buildRealIndexes } from './real-indexes';
import { seen, shardInMemory } from './sharded-search';

let indexes: Map<string, SearchIndex>;
beforeAll(async () => {
  indexes = await buildRealIndexes();
});

const queries = (locale: string) => [
  ...SEARCH_QUERIES[locale]!,
  ...keywordQuestions(locale).map(({ query }) => query),
  ...sentenceQuestions(locale).map(({ query }) => query),
];

describe("the browser's sharded index", () => {
  it('answers every judged question exactly as the whole index does, fetching only some shards', async () => {
    for (const locale of ['en', 'zh']) {
      const index = indexes.get(locale)!;
      // Small shards, so that a query needs several and a Chinese run's cut depends on shards fetched later.
      const { browser, shards, fetched } = await shardInMemory(index, 2048);
      expect(shards.length).toBeGreaterThan(20);
      const asked = queries(locale);
      expect(asked.length).toBeGreaterThan(50);
      for (const query of asked) {
        const before = fetched.length;
        const found = await browser.search(query, { limit: 10 });
        expect(seen(found), `${locale}: ${query}`).toEqual(seen(index.search(query, { limit: 10 })));
        // Asked again, it is answered from what is loaded.
        await browser.search(query, { limit: 10 });
        expect(fetched.length - before, `${locale}: ${query}`).toBeLessThan(shards.length);
      }
      expect(new Set(fetched).size, 'no shard is fetched twice').toBe(fetched.length);
    }
  });

  it('fetches only the shards of the first query, not the whole index', async () => {
    const { browser, shards, fetched } = await shardInMemory(indexes.get('en')!, 2048);
    await browser.search('reset password', { limit: 8 });
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(shards.length / 4);
  });

  it('holds the records the server ranks with, without the text', async () => {
    for (const index of indexes.values()) {
      const { manifest } = await shardInMemory(index);
      expect(manifestRecords(manifest)).toEqual(index.records.map((record) => ({ ...record, text: '' })));
    }
  });

  it('puts every term in the shard that shardOf names, each field in order', async () => {
    const { manifest, bodies } = await shardInMemory(indexes.get('zh')!, 1024);
    for (const [field, table] of Object.entries(manifest.shards)) {
      expect(table[0]![0], field).toBe('');
      for (const [, file] of table) {
        const entries = JSON.parse(bodies.get(file)!) as PostingEntry[];
        for (const [term] of entries) expect(shardOf(table, term), `${field} ${term}`).toBe(file);
      }
    }
  });

  it('writes article numbers as gaps and reads them back', () => {
    const bucket = fc.option(fc.uniqueArray(fc.nat(100_000)).map((ids) => ids.sort((a, b) => a - b)), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.array(bucket))), (entries) => {
        const written = entries.map(([term, buckets]): PostingEntry => [term, buckets.map(toGaps)]);
        expect(fromGaps(JSON.parse(JSON.stringify(written)) as PostingEntry[])).toEqual(entries);
      }),
    );
    expect(toGaps([3, 5, 9])).toEqual([3, 2, 4]);
  });

  it('finds the shard of any string by binary search', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 30 }), fc.string(), (firsts, term) => {
        const table = ['', ...firsts.filter(Boolean)].sort().map((first, number): [string, string] => [first, `s${number}`]);
        const expected = table.filter(([first]) => first <= term).at(-1)![1];
        expect(shardOf(table, term)).toBe(expected);
      }),
    );
  });

  it('fails a search whose shard cannot be fetched, and fetches it again on the next search', async () => {
    const index = indexes.get('en')!;
    const { manifest, bodies } = await shardInMemory(index, 2048);
    let failures = 1;
    const requests: string[] = [];
    const browser = new ShardedSearchIndex(manifest, async (file) => {
      requests.push(file);
      if (failures-- > 0) throw new Error('503');
      return JSON.parse(bodies.get(file)!) as PostingEntry[];
    });
    await expect(browser.search('withdrawal', { limit: 5 })).rejects.toThrow('503');
    const found = await browser.search('withdrawal', { limit: 5 });
    expect(seen(found)).toEqual(seen(index.search('withdrawal', { limit: 5 })));
    expect(requests.filter((file) => file === requests[0]).length).toBe(2);
  });

  it('refuses a manifest of another format', async () => {
    const { manifest } = await shardInMemory(indexes.get('en')!);
    expect(() => new ShardedSearchIndex({ ...manifest, version: 1 as never }, async () => [])).toThrow(/format 1/);
  });

  it('keeps the first shard of a field even when it has no terms', () => {
    const { manifest, shards } = shardIndex({ version: 2, locale: 'en', records: [], synonyms: [], vocabulary: [], index: {} }, (field) => field);
    expect(manifest.shards).toEqual({ text: [['', 'text']], label: [['', 'label']] });
    expect(shards.map(({ body }) => body)).toEqual(['[]', '[]']);
  });
});
