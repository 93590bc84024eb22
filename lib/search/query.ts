import { FUNCTION_WORDS, HAN_CUTS } from './stop-words';
import type { Synonyms } from './synonyms';
import { cutHanRun, isHan, type QueryTerm, queryTerms, stemWord, withStems, words } from './tokenize';

/** One thing the query asks for. Ranking weighs each by how rare it is; an article need not match them all. */
export interface Clause {
  /** The terms that satisfy the clause anywhere in an article: its synonym group's token, or its own terms' stems. */
  match: string[];
  /** The reader's own terms, which rank above a synonym's. */
  own: QueryTerm[];
  /** The synonym group's token, when the clause is a synonym entry. */
  token?: string;
  /** The group's standard term (its first entry), which articles use: ranks next after the reader's own words. */
  standard?: QueryTerm[];
}

/** Two clauses typed next to each other, and how they read together in a field: an article that has the phrase is more likely about it. */
export interface Phrase {
  clauses: [number, number];
  /** Two Latin stems joined by a space, or two Chinese words written together. */
  text: string;
}

export interface QueryPlan {
  clauses: Clause[];
  phrases: Phrase[];
  /** The query's words, for spelling correction. */
  words: string[];
  /** Words left out because no article holds them: misspelt, or simply not used. */
  unknown: string[];
  /** Words and phrases to mark in snippets, a group per clause. */
  highlights: string[][];
}

/** A query is cut well short of what ranking can count: a bit per clause in 32-bit numbers. */
export const MAX_WORDS = 32;
export const MAX_CLAUSES = 24;

const LONGEST_HAN_CUT = Math.max(...[...HAN_CUTS].map((word) => [...word].length));

/** A piece of the query: a Latin word, or part of a Han run, with what ranking needs to know about it. */
interface Part {
  text: string;
  /** Whether the piece is the whole of what was typed there (a Latin word, or a Han run that was not cut). */
  alone: boolean;
}

/**
 * The query as clauses. Synonym entries are recognised first, so "sign in" is one idea although
 * "in" is a stop word, and 取钱 inside 怎么取钱 is found. Each Latin word is a clause, and each word
 * of a Han run (see hanParts). `frequency` tells how many articles hold a term (0: none), as far
 * as it matters.
 */
export function planQuery(query: string, synonyms: Synonyms, frequency: (term: string) => number): QueryPlan {
  const has = (term: string) => frequency(term) > 0;
  const queryWords = words(query).slice(0, MAX_WORDS);
  const parts = queryWords.flatMap((word): Part[] => (isHan(word) ? hanParts(word, synonyms, frequency) : [{ text: word, alone: true }]));
  const pieces = parts.map(({ text }) => text);
  const stems = pieces.map(stemWord);
  // Function words are left out unless the whole query is made of them, so a question finds what its keywords find.
  const onlyStopWords = pieces.every((piece) => FUNCTION_WORDS.has(piece));
  const clauses: Clause[] = [];
  const phrases: Phrase[] = [];
  const highlights: string[][] = [];
  const unknown: string[] = [];
  // The last clause, while nothing that breaks a phrase has come since: a phrase may start there.
  let previous: { clause: number; tail: string } | null = null;
  for (let i = 0; i < pieces.length && clauses.length < MAX_CLAUSES; i++) {
    const synonym = synonyms.at(stems, i) ?? synonyms.completing(pieces, i);
    const han = isHan(pieces[i]!);
    if (!synonym && !onlyStopWords && (FUNCTION_WORDS.has(pieces[i]!) || isStray(parts[i]!))) {
      // A Latin function word does not separate a phrase ("reset my password" has reset-password);
      // in Chinese, phrases are read as written, character by character.
      if (han) previous = null;
      continue;
    }
    const typed = synonym ? pieces.slice(i, i + synonym.length).join(' ') : pieces[i]!;
    if (synonym) i += synonym.length - 1;
    const own = withStems(existingTerms(queryTerms(typed), has, synonym !== null || parts[i]!.alone));
    const token = synonym && has(synonym.token) ? synonym.token : undefined;
    // A word found nowhere (enable, where articles say "turn on") would only lower every article's
    // share of the query: leave it out, and let spelling correction look at it if nothing else matches.
    const found = own.length > 0 && (own.every(({ stem }) => has(stem)) || own.every(({ term }) => has(term)));
    if (!token && !found) {
      unknown.push(typed);
      previous = null;
      continue;
    }
    const standard = token && synonym!.entries[0] !== typed ? withStems(queryTerms(synonym!.entries[0]!)) : undefined;
    // A run typed whole is matched by each of its pairs (记密 in 忘记密码 is already gone): an article
    // with all of them has the phrase, one with most still counts.
    const pairs = !token && own.length > 1 && own.every(({ term, han }) => han && [...term].length === 2);
    for (const clauseOwn of pairs ? own.map((term) => [term]) : [own]) {
      if (clauses.length >= MAX_CLAUSES) break;
      const head = clauseOwn.length === 1 ? clauseOwn[0]!.stem : '';
      const phrase = previous && head ? phraseOf(previous.tail, head) : null;
      if (phrase) phrases.push({ clauses: [previous!.clause, clauses.length], text: phrase });
      previous = head ? { clause: clauses.length, tail: head } : null;
      clauses.push({ match: token ? [token] : clauseOwn.map(({ stem }) => stem), own: clauseOwn, token, standard });
      highlights.push(pairs ? [clauseOwn[0]!.term] : [typed, ...(token ? synonym!.entries : [])]);
    }
  }
  return { clauses, phrases, words: queryWords, unknown, highlights };
}

/**
 * How two neighbouring words read together in a field: Latin stems with a space; Han words written
 * together, overlapping pairs sharing their middle character (密码 + 码输 -> 密码输). Null across scripts.
 */
function phraseOf(tail: string, head: string): string | null {
  if (isHan(tail) !== isHan(head)) return null;
  if (!isHan(head)) return `${tail} ${head}`;
  const [before, after] = [[...tail], [...head]];
  return before.length === 2 && after.length === 2 && before[1] === after[0] ? tail + after[1] : tail + head;
}

/** One Chinese character left beside a synonym entry or another word (钱 in 钱没到账): a particle or modifier, too vague to require. */
const isStray = (part: Part) => !part.alone && isHan(part.text) && [...part.text].length === 1;

/**
 * A Han run as words: cut at synonym entries, then at function words (为什么, 了, 吗), then each
 * rest into the pairs most likely to be words (see segment). 密码输错太多次 becomes 密码, 输错,
 * 太, 多次, not the overlapping pairs, so 码输 (two words' edges) cannot single out the one article
 * that happens to hold it.
 */
function hanParts(run: string, synonyms: Synonyms, frequency: (term: string) => number): Part[] {
  const pieces = synonyms.splitHanRun(run).flatMap((piece) => (synonyms.at([piece], 0) ? [piece] : cutAtFunctionWords(piece)));
  // A run with nothing to cut at is a keyword or a phrase (忘记密码, or a few characters copied from
  // an article): it is matched by all its pairs. So is a run whose cut leaves no word (单的).
  if (pieces.length === 1 || pieces.every((piece) => HAN_CUTS.has(piece) || [...piece].length === 1)) return [{ text: run, alone: true }];
  return pieces.flatMap((piece) => (synonyms.at([piece], 0) || HAN_CUTS.has(piece) ? [piece] : segment(piece, frequency))).map((text) => ({ text, alone: false }));
}

/**
 * The most probable cut of a Han run into pairs and single characters, as a unigram language
 * model would cut it (jieba does this with a dictionary; here the index's own pair frequencies are
 * the dictionary): a pair scores the log of how many articles hold it, a lone character nothing.
 */
function segment(run: string, frequency: (term: string) => number): string[] {
  const characters = [...run];
  const best: { score: number; cut: string[] }[] = [{ score: 0, cut: [] }];
  for (let end = 1; end <= characters.length; end++) {
    const single = best[end - 1]!;
    let choice = { score: single.score, cut: [...single.cut, characters[end - 1]!] };
    if (end >= 2) {
      const pair = characters[end - 2]! + characters[end - 1]!;
      const found = frequency(pair);
      const before = best[end - 2]!;
      if (found > 0 && before.score + Math.log1p(found) >= choice.score) choice = { score: before.score + Math.log1p(found), cut: [...before.cut, pair] };
    }
    best.push(choice);
  }
  return best[characters.length]!.cut;
}

/** A Han run cut where a function word stands, longest first; the function words are kept as pieces of their own. */
const cutAtFunctionWords = (run: string) =>
  cutHanRun(run, (characters, start) => {
    for (let length = Math.min(LONGEST_HAN_CUT, characters.length - start); length > 0; length--) {
      if (HAN_CUTS.has(characters.slice(start, start + length).join(''))) return length;
    }
    return 0;
  });

/**
 * Drops Han pairs that occur nowhere (记密 in 忘记密码). If none remain, a run typed on its own
 * falls back to its characters, which the short fields hold; the rest of a run around a synonym
 * entry (钱 in 钱没到账) is left out instead, or its characters would outweigh the entry.
 */
function existingTerms(terms: string[], has: (term: string) => boolean, charactersIfNone: boolean): string[] {
  if (!terms.some(isHan)) return terms;
  const kept = terms.filter((term) => !isHan(term) || has(term));
  if (kept.length > 0 || !charactersIfNone) return kept;
  return [...new Set(terms.flatMap((term) => [...term]))].filter(has);
}
