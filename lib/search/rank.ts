import type { FieldTerms } from './field-terms';
import type { Clause } from './query';
import type { QueryTerm } from './tokenize';

/** What ranking reads from the index. */
export interface RankSource {
  /** How many articles the index holds; ids run from 0 to size - 1. */
  size: number;
  /** Every article holding all `terms` in a field, in FlexSearch's order (earliest match first). */
  lookup(terms: string[], field: 'text' | 'label'): number[];
  /** The short fields of an article, for weighing where a clause matches. */
  fieldTerms(id: number): FieldTerms;
  promoted(id: number): boolean;
}

export interface Ranking {
  /** The best articles first, at most CANDIDATES of them. */
  ids: number[];
  /** How many articles match as well as the first (every clause, or as many clauses as any article). */
  total: number;
  /** Whether they match every clause. */
  complete: boolean;
}

type Found = Omit<Ranking, 'complete'>;

/**
 * A synonym finds the article, but the reader's own word ranks it higher, and the group's standard
 * term (the word the articles use) higher than its other entries.
 */
const STANDARD_WEIGHT = 0.8;
const SYNONYM_WEIGHT = 0.7;
/** A clause matched only in the body counts least. */
const BODY_WEIGHT = 1;
/**
 * How many matching articles are weighed, taken in FlexSearch's order of the rarest clause (earliest
 * match first, and the indexed text starts with the title), so the best are among them even when
 * thousands match.
 */
const CANDIDATES = 50;

/**
 * Articles matching every clause first, or, when none does, those matching most; then by where they
 * match (field weights), then promoted, then shorter titles, then FlexSearch's order.
 *
 * FlexSearch reads each clause's articles; they are combined here, a bit per clause in a typed
 * array, because FlexSearch's own intersection of long lists is many times slower.
 */
export function rank(clauses: Clause[], source: RankSource, accept: (id: number) => boolean): Ranking {
  if (clauses.length === 0) return { ids: [], total: 0, complete: false };
  const lists = clauses.map((clause) => source.lookup(clause.match, 'text'));
  const every = (1 << clauses.length) - 1;
  const full = fullMatches(lists, source.size, accept);
  if (full.total > 0) return order({ ...full, complete: true }, clauses, source, () => every);

  // No article holds every word whole: a word is still being typed (withdr), which matches the start
  // of a word in the short fields, or only some words match.
  const matched = new Uint16Array(source.size);
  const inText = new Uint16Array(source.size);
  lists.forEach((ids, number) => mark(ids, 1 << number, matched, inText));
  clauses.forEach((clause, number) => {
    const ids = source.lookup(clause.own.map(({ term }) => term), 'label');
    mark(ids, 1 << number, matched);
    lists.push(ids);
  });
  const most = mostClauses(lists, matched);
  return order({ ...collect(lists, matched, most, accept), complete: most === clauses.length }, clauses, source, (id) => inText[id]!);
}

/** The accepted articles in every list, in the order of the shortest (the first CANDIDATES), and how many there are. */
function fullMatches(lists: number[][], size: number, accept: (id: number) => boolean): Found {
  const rarest = lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest));
  const others = lists.filter((list) => list !== rarest);
  const inOthers = new Uint16Array(others.length > 0 ? size : 0);
  others.forEach((ids, number) => mark(ids, 1 << number, inOthers));
  const needed = (1 << others.length) - 1;
  const ids: number[] = [];
  let total = 0;
  for (let i = 0; i < rarest.length; i++) {
    const id = rarest[i]!;
    if ((needed && inOthers[id] !== needed) || !accept(id)) continue;
    total++;
    if (ids.length < CANDIDATES) ids.push(id);
  }
  return { ids, total };
}

/** The accepted articles of `lists` that match `clauseCount` clauses (the first CANDIDATES), and how many there are. */
function collect(lists: number[][], matched: Uint16Array, clauseCount: number, accept: (id: number) => boolean): Found {
  // An article can be in several lists: count it once.
  const counted = new Uint8Array(matched.length);
  const ids: number[] = [];
  let total = 0;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      if (counted[id] || bitCount(matched[id]!) !== clauseCount || !accept(id)) continue;
      counted[id] = 1;
      total++;
      if (ids.length < CANDIDATES) ids.push(id);
    }
  }
  return { ids, total };
}

/** The most clauses any article in `lists` matches. */
function mostClauses(lists: number[][], matched: Uint16Array): number {
  let most = 0;
  for (const list of lists) for (let i = 0; i < list.length; i++) most = Math.max(most, bitCount(matched[list[i]!]!));
  return most;
}

function mark(ids: number[], bit: number, ...masks: Uint16Array[]) {
  for (const mask of masks) for (let i = 0; i < ids.length; i++) mask[ids[i]!]! |= bit;
}

/** The found articles by score, then promoted, then shorter titles, then the order they were found in. */
function order(found: Ranking, clauses: Clause[], source: RankSource, inText: (id: number) => number): Ranking {
  const weighed = found.ids.map((id, position) => {
    const terms = source.fieldTerms(id);
    return { id, score: score(terms, clauses, inText(id)), promoted: Number(source.promoted(id)), titleLength: terms.titleLength, position };
  });
  weighed.sort(
    (a, b) =>
      b.score - a.score ||
      b.promoted - a.promoted ||
      // A short title that matches is about the query; a long one mentions it among other things.
      a.titleLength - b.titleLength ||
      a.position - b.position,
  );
  return { ids: weighed.map(({ id }) => id), total: found.total, complete: found.complete };
}

/** The sum, over clauses, of the heaviest field each clause matches in (`inText`: a bit per clause found in the full text). */
function score(terms: FieldTerms, clauses: Clause[], inText: number): number {
  let total = 0;
  for (let number = 0; number < clauses.length; number++) {
    const clause = clauses[number]!;
    const body = inText & (1 << number) ? BODY_WEIGHT : 0;
    const synonym = clause.token ? terms.tokenWeight(clause.token) : 0;
    // No entry of the group in the short fields: neither the reader's word nor the standard term is
    // there as such, so the (costlier) word lookups can be skipped.
    if (clause.token && synonym === 0) {
      total += body;
      continue;
    }
    const own = allTermsWeight(terms, clause.own);
    const standard = clause.standard ? allTermsWeight(terms, clause.standard) * STANDARD_WEIGHT : 0;
    total += Math.max(own, standard, synonym * SYNONYM_WEIGHT, body);
  }
  return total;
}

/** How heavily a field holds every one of `terms`: the lightest of their weights (0 if one is missing). */
function allTermsWeight(fieldTerms: FieldTerms, terms: readonly QueryTerm[]): number {
  let weight = terms.length > 0 ? Infinity : 0;
  for (const term of terms) weight = Math.min(weight, fieldTerms.weight(term));
  return weight;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest; rest &= rest - 1) count++;
  return count;
}
