import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../lib/search/engine';
import { buildRealIndexes } from './real-indexes';
import type { CustomerQuestion } from './customer-questions/types';

/**
 * Questions customers ask every day, in their words, each with the article that must be in the top 3.
 * The lists live beside this file, one per topic group, so writers add questions with their articles.
 */
const groups = import.meta.glob<{ questions: CustomerQuestion[] }>('./customer-questions/*.ts', { eager: true });
const questions = Object.values(groups).flatMap((group) => group.questions ?? []);

let indexes = new Map<string, SearchIndex>();
beforeAll(async () => {
  indexes = await buildRealIndexes();
});

describe('customer questions', () => {
  it('has questions in both languages', () => {
    expect(questions.filter((q) => q.locale === 'en').length).toBeGreaterThan(0);
    expect(questions.filter((q) => q.locale === 'zh').length).toBeGreaterThan(0);
  });

  it.each(questions.map((q) => [q.locale, q.query, q] as const))('%s: "%s" finds its article in the top 3', (locale, query, question) => {
    const index = indexes.get(locale)!;
    const wanted = new Set([question.expect, ...(question.also ?? [])]);
    expect(index.records.some((record) => record.slug === question.expect), `${question.expect} is not an article`).toBe(true);
    const top3 = index.search(query, { limit: 3 }).hits.map((hit) => hit.record.slug);
    expect(top3.some((slug) => wanted.has(slug)), `top 3: ${top3.join(', ')}`).toBe(true);
  });
});
