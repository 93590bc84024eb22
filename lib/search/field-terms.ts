import type { Synonyms } from './synonyms';
import { hanCharactersAndPairs, isHan, type QueryTerm, stemWord, words } from './tokenize';

/** The short fields that decide rank, by weight: a title match beats tags and headings, which beat the description. */
export const FIELD_WEIGHTS = { title: 10, tags: 6, headings: 5, description: 3 } as const;
export type RankedField = keyof typeof FIELD_WEIGHTS;

/** A word that only starts with the query's word, or shares its stem, counts a little less than the word itself. */
const LOOSE_MATCH = 0.9;

/**
 * Where each term of an article's short fields stands best: the weight of the heaviest field that
 * holds it. Latin words are kept sorted so a prefix (withdr) is a binary search away, with their
 * stems beside them (fees finds "Fee"); Chinese characters, pairs and synonym tokens are exact.
 */
export class FieldTerms {
  private readonly latin: { word: string; weight: number }[];
  private readonly stems = new Map<string, number>();
  private readonly exact = new Map<string, number>();
  /** How many words the title has (a Han run counts its characters). */
  readonly titleLength: number;

  constructor(fields: Record<RankedField, string>, synonyms: Synonyms) {
    this.titleLength = words(fields.title).reduce((sum, word) => sum + (isHan(word) ? [...word].length : 1), 0);
    const latin = new Map<string, number>();
    for (const [field, weight] of Object.entries(FIELD_WEIGHTS) as [RankedField, number][]) {
      const fieldWords = words(fields[field]);
      for (const word of fieldWords) {
        if (isHan(word)) {
          for (const term of hanCharactersAndPairs(word)) keepHeaviest(this.exact, term, weight);
        } else {
          keepHeaviest(latin, word, weight);
          keepHeaviest(this.stems, stemWord(word), weight);
        }
      }
      for (const token of synonyms.tokensIn(fieldWords.map(stemWord)).keys()) keepHeaviest(this.exact, token, weight);
    }
    this.latin = [...latin].map(([word, weight]) => ({ word, weight })).sort((a, b) => (a.word < b.word ? -1 : 1));
  }

  /** The weight of the heaviest field holding `term`, or 0; less for a Latin term found only as a prefix or stem. */
  weight({ term, stem, han }: QueryTerm): number {
    if (han) return this.exact.get(term) ?? 0;
    let best = (this.stems.get(stem) ?? 0) * LOOSE_MATCH;
    let low = 0;
    let high = this.latin.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.latin[middle]!.word < term) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < this.latin.length && this.latin[i]!.word.startsWith(term); i++) {
      const { word, weight } = this.latin[i]!;
      best = Math.max(best, word === term ? weight : weight * LOOSE_MATCH);
    }
    return best;
  }

  /** The weight of the heaviest field holding a synonym group's token, or 0. */
  tokenWeight(token: string): number {
    return this.exact.get(token) ?? 0;
  }
}

function keepHeaviest(map: Map<string, number>, term: string, weight: number) {
  if ((map.get(term) ?? 0) < weight) map.set(term, weight);
}
