import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../lib/search/engine';
import { isHan, words } from '../../lib/search/tokenize';
import { buildRealIndexes } from './real-indexes';

/** Search quality on the real knowledge base, so a content or ranking change cannot quietly make it worse. */
let indexes = new Map<string, SearchIndex>();

beforeAll(async () => {
  indexes = await buildRealIndexes();
});

describe.each(['en', 'zh'])('search quality in %s', (locale) => {
  it('finds every article first when searching for its title', () => {
    const index = indexes.get(locale)!;
    const misses = index.records
      .map((record) => ({ slug: record.slug, first: index.search(record.title, { limit: 1 }).hits[0]?.record.slug }))
      .filter(({ slug, first }) => slug !== first);
    expect(misses).toEqual([]);
  });

  it('finds, for nearly every colloquial word in synonyms.yaml, the article its standard term finds, in the top 3', () => {
    const index = indexes.get(locale)!;
    const misses: string[] = [];
    let checked = 0;
    for (const [standard, ...colloquial] of index.synonyms) {
      const expected = index.search(standard!, { limit: 1 }).hits[0]?.record.slug;
      for (const word of colloquial) {
        checked++;
        const top3 = index.search(word, { limit: 3 }).hits.map((hit) => hit.record.slug);
        if (!expected || !top3.includes(expected)) misses.push(`${word}: expected ${expected}, got ${top3.join(', ')}`);
      }
    }
    // A few words are genuinely ambiguous (withdrawal vs withdraw); allow 2% of them to rank elsewhere.
    expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(Math.floor(checked * 0.02));
  });
});

describe('Chinese substrings', () => {
  it('finds an article by nearly any run of 2 to 6 characters cut from its text', () => {
    const index = indexes.get('zh')!;
    let tried = 0;
    const misses: string[] = [];
    index.records.forEach((record, id) => {
      // A fixed spread of cuts from every article, at word boundaries or not, so the check is repeatable.
      const runs = words(record.text).filter((word) => isHan(word) && [...word].length >= 6);
      for (const [n, run] of runs.slice(0, 6).entries()) {
        const characters = [...run];
        const length = 2 + ((id + n) % 5);
        const start = (id * 7 + n * 3) % (characters.length - length + 1);
        const query = characters.slice(start, start + length).join('');
        tried++;
        if (!index.search(query, { limit: 50 }).hits.some((hit) => hit.record.slug === record.slug)) misses.push(query);
      }
    });
    expect(tried).toBeGreaterThan(200);
    // A very common pair (问题) can match more than 50 articles; allow one such miss in 200.
    expect(misses.length, misses.join(' ')).toBeLessThanOrEqual(Math.floor(tried * 0.005));
  });
});

describe('any input', () => {
  it.each(['en', 'zh'])('never throws and never emits markup of its own (%s, 300 random queries)', (locale) => {
    const index = indexes.get(locale)!;
    const pool = [...'abcdefghijklmnopqrstuvwxyz0123456789 提现取钱验证码密码没到账的了吗 <>&"\'/\\.*+?^$()[]{}|😀\u0000\u200b\t\nÉß'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const query = Array.from({ length: Math.floor(next() * 200) }, () => pool[Math.floor(next() * pool.length)]).join('');
      const result = index.search(query, { limit: 5 });
      expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
      for (const hit of result.hits) expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
    }
  });
});
