/**
 * How well a search answers a set of questions, in the two numbers search people compare:
 * success@3 (the share of questions with a right answer in the top 3) and MRR@10 (the mean of
 * 1/rank of the first right answer in the top 10, 0 when there is none). Pure, so the benchmark
 * and the quality tests measure the same way.
 */
export interface JudgedQuestion {
  query: string;
  /** The articles that answer it; any of them counts. */
  answers: readonly string[];
}

export interface Quality {
  questions: number;
  successAt3: number;
  mrrAt10: number;
  /** Questions that found nothing at all. */
  empty: number;
  /** The questions without a right answer in the top 3, with what came instead. */
  misses: { query: string; got: string[] }[];
}

export function measureQuality(questions: readonly JudgedQuestion[], search: (query: string) => string[]): Quality {
  let hits = 0;
  let reciprocal = 0;
  let empty = 0;
  const misses: Quality['misses'] = [];
  for (const question of questions) {
    const top = search(question.query).slice(0, 10);
    if (top.length === 0) empty++;
    const rank = top.findIndex((slug) => question.answers.includes(slug));
    if (rank >= 0) reciprocal += 1 / (rank + 1);
    if (rank >= 0 && rank < 3) hits++;
    else misses.push({ query: question.query, got: top.slice(0, 3) });
  }
  const count = questions.length || 1;
  return {
    questions: questions.length,
    successAt3: round(hits / count),
    mrrAt10: round(reciprocal / count),
    empty,
    misses,
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
