import type { FieldTerms } from './field-terms';
import type { Clause, Phrase } from './query';
import { kthLargest } from './select';
import type { QueryTerm } from './tokenize';

/** What ranking reads from the index. */
export interface RankSource {
  /** How many articles the index holds; ids run from 0 to size - 1. */
  size: number;
  /** Articles holding all `terms` in a field, in FlexSearch's order (earliest match first), at most `limit`. */
  lookup(terms: string[], field: 'text' | 'label', limit?: number): number[];
  /** The short fields of an article, for weighing where a clause matches. */
  fieldTerms(id: number): FieldTerms;
  promoted(id: number): boolean;
}

export interface Ranking {
  /** The best articles first, at most CANDIDATES of them. */
  ids: number[];
  /** How many articles are results: those holding a fair share of what the query asks (see RankWeights.minShare). */
  total: number;
  /** How many clauses the best-covered article holds (all of them: a full match exists). */
  held: number;
}

/** The weights of the relevance model, tuned on the question sets by `npm run tune:search` (see scripts/). */
export interface RankWeights {
  /** A group's standard term (the word the articles use), then its other entries, count for less than the reader's own word. */
  standard: number;
  synonym: number;
  /** A clause found in the full text counts as one occurrence in a field of this weight (title is 10). */
  body: number;
  /** BM25's k1 on the scale of the field weights: how quickly more evidence for one clause stops adding. */
  saturation: number;
  /** Added to every clause's rarity, so that a common word the reader typed still counts for something. */
  baseRarity: number;
  /** Two query words that stand together in a short field count again this share of their rarity. */
  phrase: number;
  /**
   * An article is a result when it holds at least this share of what the best one holds (each clause
   * weighed by its rarity): a long question finds the article that lacks one of its words, while a
   * single common word does not drag in every article.
   */
  minShare: number;
  /**
   * Of the articles scored that lack a clause, those under this share of the best score are left
   * out: a long question shares a common word with nearly every article, and a page of fifty faint
   * matches helps no one.
   */
  minScore: number;
  /** A promoted article (a category's main answer) has its score multiplied by this. */
  promoted: number;
  /**
   * The score is multiplied by the article's share of the query's rarity to this power (Lucene's
   * classic coordination factor): of two words, an article with both wins; of ten, missing one costs little.
   */
  coordination: number;
}

export const RANK_WEIGHTS: RankWeights = { standard: 0.8, synonym: 0.7, body: 1, saturation: 16, baseRarity: 4, phrase: 0.5, minShare: 0.2, minScore: 0.2, promoted: 1, coordination: 1 };

/** How many articles each clause reads, in FlexSearch's order: the cost of a query stays flat as the corpus grows. */
export const MAX_POSTINGS = 1_000;
/** How many of the best-covered articles are scored in full. */
const CANDIDATES = 50;

/**
 * Ranks like BM25F over a bounded union: the articles holding any clause are candidates; those with
 * the largest share of the query's rare words are scored, each clause by its rarity (inverse
 * document frequency) times its saturated weight across the fields, plus phrase evidence; an
 * article whose title is exactly the query comes first, and ties go to promoted articles, then
 * shorter titles, then FlexSearch's order.
 *
 * FlexSearch reads each clause's articles; they are combined here, a bit per clause in a typed
 * array, because FlexSearch's own intersection of long lists is many times slower.
 */
export function rank(
  plan: { clauses: Clause[]; phrases: Phrase[]; words: string[] },
  source: RankSource,
  /** Which articles may be results (a category filter); all when null. */
  accept: ((id: number) => boolean) | null,
  weights: RankWeights = RANK_WEIGHTS,
): Ranking {
  const { clauses } = plan;
  if (clauses.length === 0) return { ids: [], total: 0, held: 0 };
  const { matched, inText, candidates, shares, selecting } = scratch(source.size);
  const lists: { ids: number[]; bit: number; text: boolean }[] = [];
  const rarity = clauses.map((clause, number) => {
    const text = source.lookup(clause.match, 'text', MAX_POSTINGS);
    // The start of a word in the short fields: the last word may still be being typed (withdr), and
    // a word the full text does not hold whole can only be such a start.
    const typing = number === clauses.length - 1 && !clause.token && clause.own.every(({ han }) => !han);
    const label = text.length === 0 || typing ? source.lookup(clause.own.map(({ term }) => term), 'label', MAX_POSTINGS) : [];
    lists.push({ ids: text, bit: 1 << number, text: true }, { ids: label, bit: 1 << number, text: false });
    return weights.baseRarity + inverseDocumentFrequency(Math.max(text.length, label.length), source.size);
  });

  // Every accepted article of any list, first seen in the rarest lists (FlexSearch's order within each).
  lists.sort((a, b) => a.ids.length - b.ids.length);
  let count = 0;
  for (const { ids, bit, text } of lists) {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (matched[id] === 0 && (!accept || accept(id))) candidates[count++] = id;
      matched[id]! |= bit;
      if (text) inText[id]! |= bit;
    }
  }

  // Each candidate's share of the query: the rarity of the clauses it holds. The results hold a fair
  // share of the best; the CANDIDATES best covered are scored, in their order of discovery.
  const shareOf = shareTable(rarity);
  let best = 0;
  let bestMask = 0;
  for (let i = 0; i < count; i++) {
    const mask = matched[candidates[i]!]!;
    const share = shareOf(mask);
    shares[i] = share;
    if (share > best) {
      best = share;
      bestMask = mask;
    }
  }
  if (count === 0) return { ids: [], total: 0, held: 0 };
  const fairShare = best * weights.minShare;
  let total = 0;
  for (let i = 0; i < count; i++) if (shares[i]! >= fairShare) total++;
  const cutoff = total > CANDIDATES ? kthLargest(shares, count, fairShare, CANDIDATES, selecting) : fairShare;
  let above = 0;
  for (let i = 0; i < count; i++) if (shares[i]! > cutoff) above++;
  let room = CANDIDATES - above;
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    if (shares[i]! > cutoff || (shares[i] === cutoff && room-- > 0)) ids.push(candidates[i]!);
  }

  const query = plan.words.join(' ');
  const queryWeight = maskWeight((1 << clauses.length) - 1, rarity);
  const weighed = ids.map((id, position) => {
    const terms = source.fieldTerms(id);
    const promoted = source.promoted(id);
    const coverage = (shareOf(matched[id]!) / queryWeight) ** weights.coordination;
    const relevance = score(terms, plan, weights, rarity, matched[id]!, inText[id]!) * coverage * (promoted ? weights.promoted : 1);
    return { id, title: Number(terms.title === query), score: relevance, promoted: Number(promoted), titleLength: terms.titleLength, position };
  });
  weighed.sort(
    (a, b) =>
      // Someone who types (or pastes) an article's exact title wants that article.
      b.title - a.title ||
      b.score - a.score ||
      b.promoted - a.promoted ||
      // A short title that matches is about the query; a long one mentions it among other things.
      a.titleLength - b.titleLength ||
      a.position - b.position,
  );
  // An article holding every clause is always a result (a phrase found anywhere in its text).
  const every = (1 << clauses.length) - 1;
  const floor = Math.max(...weighed.map(({ score }) => score)) * weights.minScore;
  const kept = weighed.filter(({ id, title, score }) => title || matched[id] === every || score >= floor);
  // Past CANDIDATES the rest were not scored. They hold no more of the query than the scored, so
  // they count only if every scored article made the cut (a common word in thousands of articles).
  const unscored = kept.length === weighed.length ? total - weighed.length : 0;
  return { ids: kept.map(({ id }) => id), total: kept.length + unscored, held: bitCount(bestMask) };
}

/**
 * Per-article bit sets and the candidate list, kept between searches: allocating them for every
 * query of a 10,000-article index costs more in garbage collection than the ranking itself.
 */
let buffers = { matched: new Uint32Array(0), inText: new Uint32Array(0), candidates: new Int32Array(0), shares: new Float64Array(0), selecting: new Float64Array(0) };

function scratch(size: number) {
  if (buffers.matched.length < size) {
    buffers = { matched: new Uint32Array(size), inText: new Uint32Array(size), candidates: new Int32Array(size), shares: new Float64Array(size), selecting: new Float64Array(size) };
  } else {
    buffers.matched.fill(0, 0, size);
    buffers.inText.fill(0, 0, size);
  }
  return buffers;
}

/** BM25's inverse document frequency: a word in few articles says more about them than one in most. */
function inverseDocumentFrequency(found: number, size: number): number {
  return Math.log(1 + (size - found + 0.5) / (found + 0.5));
}

/** The share of each combination of clauses, worked out once per combination: a short query has few. */
function shareTable(rarity: number[]): (mask: number) => number {
  if (rarity.length <= 10) {
    const table = Float64Array.from({ length: 1 << rarity.length }, (_, mask) => maskWeight(mask, rarity));
    return (mask) => table[mask]!;
  }
  const known = new Map<number, number>();
  return (mask) => {
    let share = known.get(mask);
    if (share === undefined) known.set(mask, (share = maskWeight(mask, rarity)));
    return share;
  };
}

function maskWeight(mask: number, rarity: number[]): number {
  let weight = 0;
  for (let number = 0; number < rarity.length; number++) if (mask & (1 << number)) weight += rarity[number]!;
  return weight;
}

/**
 * The sum, over the clauses an article holds, of their rarity times their saturated weight in its
 * fields (`inText`: a bit per clause found in the full text), and over phrases it holds in its short fields.
 */
function score(terms: FieldTerms, plan: { clauses: Clause[]; phrases: Phrase[] }, weights: RankWeights, rarity: number[], matched: number, inText: number): number {
  const { clauses, phrases } = plan;
  let total = 0;
  for (let number = 0; number < clauses.length; number++) {
    const bit = 1 << number;
    if (matched & bit) total += rarity[number]! * saturate(fieldWeight(terms, clauses[number]!, weights) + (inText & bit ? weights.body : 0), weights.saturation);
  }
  for (let i = 0; i < phrases.length; i++) {
    const [first, second] = phrases[i]!.clauses;
    if (!(matched & (1 << first)) || !(matched & (1 << second))) continue;
    const together = terms.phraseWeight(phrases[i]!.text);
    if (together > 0) total += weights.phrase * ((rarity[first]! + rarity[second]!) / 2) * saturate(together, weights.saturation);
  }
  return total;
}

/** BM25's saturation: the first evidence for a clause counts most; `k` is its k1. */
const saturate = (weight: number, k: number) => (weight * (k + 1)) / (weight + k);

/** How much an article's short fields hold a clause: the reader's own words, or failing that the synonym group's. */
function fieldWeight(terms: FieldTerms, clause: Clause, weights: RankWeights): number {
  const synonym = clause.token ? terms.tokenWeight(clause.token) : 0;
  // No entry of the group in the short fields: neither the reader's word nor the standard term is
  // there as such, so the (costlier) word lookups can be skipped.
  if (clause.token && synonym === 0) return 0;
  const own = allTermsWeight(terms, clause.own);
  const standard = clause.standard ? allTermsWeight(terms, clause.standard) * weights.standard : 0;
  return Math.max(own, standard, synonym * weights.synonym);
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
