import { FUNCTION_WORDS } from './stop-words';
import type { Synonyms } from './synonyms';
import { hanCharactersAndPairs, hanPairs, isHan, type QueryTerm, stemWord, words } from './tokenize';

/** The short fields that decide rank, by weight: a title match beats tags and headings, which beat the description. */
export const FIELD_WEIGHTS = { title: 10, tags: 6, headings: 5, description: 3 } as const;
export type RankedField = keyof typeof FIELD_WEIGHTS;
/** Each short field's mean length in terms over an index, for BM25's length normalisation. */
export type FieldLengths = Record<RankedField, number>;

/** A word that only starts with the query's word, or shares its stem, counts a little less than the word itself. */
const LOOSE_MATCH = 0.9;
/**
 * BM25's b: how much a field longer than the mean weighs less per match ("Reset your password" is
 * about passwords; a title of twelve words that mentions one is less so).
 */
const LENGTH_NORMALISATION = 0.75;
/** How much a term counts in the fields other than its best one (see merge). */
const OTHER_FIELDS = 0.3;

/**
 * How much each term of an article's short fields speaks for it, in the spirit of BM25F: every
 * occurrence adds its field's weight, scaled down in fields longer than the index's mean, and the
 * fields are combined best first (see merge); ranking then saturates the sum. Latin words are kept sorted so a prefix (withdr) is a binary search away, with their stems
 * beside them (fees finds "Fee"); Chinese characters, pairs and synonym tokens are exact. Phrases
 * (neighbouring stems, two Chinese pairs written together) record words that stand together.
 */
export class FieldTerms {
  /** Latin words, sorted, and their weights: for prefixes. */
  private readonly latinWords: string[];
  private readonly latinWeights: Float64Array;
  /**
   * Everything else in one map, for fewer objects per article: Latin stems, Chinese characters and
   * pairs, synonym tokens (_3_), and phrases. Their keys cannot collide: a token starts with "_", a
   * Latin phrase holds a space, a Chinese phrase has three or four characters.
   */
  private readonly terms = new Map<string, number>();
  /** How many words the title has (a Han run counts its characters). */
  readonly titleLength: number;
  /** The title's words joined by a space, to recognise a query that is exactly the title. */
  readonly title: string;

  constructor(fields: Record<RankedField, string>, synonyms: Synonyms, meanLengths?: FieldLengths) {
    this.title = words(fields.title).join(' ');
    this.titleLength = words(fields.title).reduce((sum, word) => sum + (isHan(word) ? [...word].length : 1), 0);
    const latin = new Map<string, number>();
    for (const [field, fieldWeight] of Object.entries(FIELD_WEIGHTS) as [RankedField, number][]) {
      const fieldWords = words(fields[field]);
      const mean = meanLengths?.[field];
      const weight = mean ? fieldWeight / (1 - LENGTH_NORMALISATION + (LENGTH_NORMALISATION * termCount(fieldWords)) / mean) : fieldWeight;
      // This field's occurrences of each term, then merged with the other fields' (see merge).
      const found = { latin: new Map<string, number>(), terms: new Map<string, number>() };
      let before = '';
      for (const word of fieldWords) {
        if (isHan(word)) {
          for (const term of hanCharactersAndPairs(word)) add(found.terms, term);
          for (const phrase of hanPhrases(word)) add(found.terms, phrase);
          before = '';
        } else if (!FUNCTION_WORDS.has(word)) {
          const stem = stemWord(word);
          add(found.latin, word);
          add(found.terms, stem);
          if (before) add(found.terms, `${before} ${stem}`);
          before = stem;
        }
      }
      for (const token of synonyms.tokensIn(fieldWords.map(stemWord)).keys()) add(found.terms, token);
      merge(latin, found.latin, weight);
      merge(this.terms, found.terms, weight);
    }
    const sorted = [...latin].sort(([a], [b]) => (a < b ? -1 : 1));
    this.latinWords = sorted.map(([word]) => word);
    this.latinWeights = Float64Array.from(sorted, ([, weight]) => weight);
  }

  /** How much the short fields hold `term`, or 0; less for a Latin term found only as a prefix or another form. */
  weight({ term, stem, han }: QueryTerm): number {
    if (han) return this.terms.get(term) ?? 0;
    let best = (this.terms.get(stem) ?? 0) * LOOSE_MATCH;
    const words = this.latinWords;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle]! < term) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < words.length && words[i]!.startsWith(term); i++) {
      const weight = this.latinWeights[i]!;
      best = Math.max(best, words[i] === term ? weight : weight * LOOSE_MATCH);
    }
    return best;
  }

  /** How much the short fields hold a synonym group's token, or 0. */
  tokenWeight(token: string): number {
    return this.terms.get(token) ?? 0;
  }

  /** How much the short fields hold a phrase (see Phrase in query.ts), or 0. */
  phraseWeight(phrase: string): number {
    return this.terms.get(phrase) ?? 0;
  }
}

/** A field's length in the terms BM25 counts: Latin words and Chinese pairs. */
export const termCount = (fieldWords: readonly string[]) =>
  fieldWords.reduce((sum, word) => sum + (isHan(word) ? hanPairs(word).length : 1), 0);

/** Each three and four characters of a Han run that stand together: overlapping pairs (密码输), two pairs (密码输错). */
function hanPhrases(run: string): string[] {
  const characters = [...run];
  const phrases: string[] = [];
  for (let i = 0; i + 2 < characters.length; i++) {
    phrases.push(characters.slice(i, i + 3).join(''));
    if (i + 3 < characters.length) phrases.push(characters.slice(i, i + 4).join(''));
  }
  return phrases;
}

function add(map: Map<string, number>, term: string) {
  map.set(term, (map.get(term) ?? 0) + 1);
}

/**
 * Adds one field's weights to those of the heavier fields before it, as a disjunction-max with a
 * tie-breaker (Lucene's dis_max, Elasticsearch's best_fields): the best field counts whole, the
 * others a share, so an article that says "withdrawal" in every heading does not outweigh the one
 * titled "Withdraw crypto".
 */
function merge(into: Map<string, number>, counts: Map<string, number>, fieldWeight: number) {
  for (const [term, count] of counts) {
    const weight = fieldWeight * Math.sqrt(count);
    const before = into.get(term);
    into.set(term, before === undefined ? weight : Math.max(before, weight) + OTHER_FIELDS * Math.min(before, weight));
  }
}
