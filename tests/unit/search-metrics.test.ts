import { describe, expect, it } from 'vitest';
import { measureQuality } from '../../lib/search/quality';

describe('measureQuality', () => {
  const results: Record<string, string[]> = { a: ['x', 'right'], b: ['x', 'y', 'z', 'right'], c: [], d: ['right'] };
  const questions = Object.keys(results).map((query) => ({ query, answers: ['right'] }));

  it('counts success@3 and MRR@10 from where the first right answer ranks', () => {
    const quality = measureQuality(questions, (query) => results[query] ?? []);
    expect(quality).toMatchObject({ questions: 4, successAt3: 0.5, empty: 1 });
    // (1/2 + 1/4 + 0 + 1) / 4
    expect(quality.mrrAt10).toBe(0.438);
    expect(quality.misses).toEqual([
      { query: 'b', got: ['x', 'y', 'z'] },
      { query: 'c', got: [] },
    ]);
  });

  it('accepts any of several right answers, and nothing beyond the tenth place', () => {
    const eleventh = [...'abcdefghij'].map((letter) => `other-${letter}`).concat('right');
    expect(measureQuality([{ query: 'q', answers: ['right'] }], () => eleventh).mrrAt10).toBe(0);
    expect(measureQuality([{ query: 'q', answers: ['one', 'two'] }], () => ['two']).successAt3).toBe(1);
  });
});
