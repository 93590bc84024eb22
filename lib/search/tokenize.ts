import { stemmer } from 'stemmer';

/**
 * Text -> search terms, shared by the index build, the server and the browser, so both sides
 * always agree (FlexSearch stores no encoder: a mismatch silently finds nothing).
 *
 * Latin-script words are matched by their stem (withdrawals, withdrawal and withdraw are one term);
 * the short fields also keep whole words, for prefixes and ranking. Chinese has no spaces, so each run of Han characters is indexed
 * by its overlapping pairs (bigrams, as Lucene's CJK analyzer does): 如果您忘记了密码 holds 忘记 and
 * 密码, so a query for 忘记密码 matches it through them. Splitting by script needs no dictionary and
 * behaves the same in every browser, unlike Intl.Segmenter.
 */

const WORD = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:['’](?:(?!\p{Script=Han})\p{L})+)?/gu;
const HAN = /^\p{Script=Han}/u;

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a text in reading order: Latin words, and each run of Han characters as one piece. */
export function words(text: string): string[] {
  return [...normalize(text).matchAll(WORD)].map((match) => match[0].replace(/['’]/g, ''));
}

export const isHan = (word: string) => HAN.test(word);

/**
 * A Han run cut where known words stand, the longest at each position first, each kept as a piece of
 * its own between the rest. `lengthAt` gives the length of the word starting at a position, or 0.
 */
export function cutHanRun(run: string, lengthAt: (characters: readonly string[], start: number) => number): string[] {
  const characters = [...run];
  const pieces: string[] = [];
  let rest = '';
  for (let i = 0; i < characters.length; ) {
    const length = lengthAt(characters, i);
    if (length === 0) {
      rest += characters[i++];
      continue;
    }
    if (rest) pieces.push(rest);
    rest = '';
    pieces.push(characters.slice(i, i + length).join(''));
    i += length;
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Overlapping pairs of a Han run (密码锁 -> 密码, 码锁); a lone character stands for itself. */
export function hanPairs(run: string): string[] {
  const characters = [...run];
  if (characters.length === 1) return characters;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) pairs.push(characters[i]! + characters[i + 1]!);
  return pairs;
}

/** A Han run's characters and pairs: what short fields match by, so one typed character finds a title. */
export function hanCharactersAndPairs(run: string): string[] {
  const characters = [...run];
  return characters.length === 1 ? characters : [...characters, ...hanPairs(run)];
}

// A language has far fewer distinct words than a corpus has words: stem each one once. Queries are
// unbounded input, so the memory is cleared rather than left to grow on a long-running server.
const stems = new Map<string, string>();
const MAX_STEMS = 200_000;

/** A word as matched across inflections: a Latin word's stem (Porter), a Han run as it is. */
export function stemWord(word: string): string {
  if (isHan(word)) return word;
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** The terms a word is indexed and searched by in full text: a Latin word's stem, a Han run's pairs. */
export const wordTerms = (word: string): string[] => (isHan(word) ? hanPairs(word) : [stemWord(word)]);

/**
 * A query's own terms, as typed: Latin words whole (they may be a prefix still being typed), Han
 * runs as pairs. Pairs that occur nowhere in the index (记密 in 忘记密码, which spans two words) are
 * dropped by the engine.
 */
export function queryTerms(query: string): string[] {
  return words(query).flatMap((word) => (isHan(word) ? hanPairs(word) : [word]));
}

/** A query term as typed, with what ranking asks of it worked out once (a Chinese term is its own stem). */
export interface QueryTerm {
  term: string;
  stem: string;
  han: boolean;
}

export const withStems = (terms: readonly string[]): QueryTerm[] =>
  terms.map((term) => ({ term, stem: stemWord(term), han: isHan(term) }));
