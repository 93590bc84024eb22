import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../lib/search/engine';
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
