import functionWords from './function-words.json';
import type { Synonyms } from './synonyms';
import { isHan, type QueryTerm, queryTerms, stemWord, withStems, words } from './tokenize';

/** One thing the query asks for: every clause must match for a full match. */
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

export interface QueryPlan {
  clauses: Clause[];
  /** The query's words, for spelling correction. */
  words: string[];
  /** Words left out because no article holds them: misspelt, or simply not used. */
  unknown: string[];
  /** Words and phrases to mark in snippets, a group per clause. */
  highlights: string[][];
}

/** Clauses are bits of a 16-bit number in ranking, so a query is cut well short of that many. */
export const MAX_WORDS = 12;
export const MAX_CLAUSES = 12;

/**
 * Words that carry no topic ("how do I reset my password"), kept as data per locale: left out of
 * matching unless the whole query is made of them, so a question finds the same articles as its keywords.
 */
const STOP_WORDS = new Set([...functionWords.en, ...functionWords.zh]);

/**
 * The query as clauses. Synonym entries are recognised first, so "sign in" is one idea although
 * "in" is a stop word, and 取钱 inside 怎么取钱 is found. `has` tells whether any article holds a term.
 */
export function planQuery(query: string, synonyms: Synonyms, has: (term: string) => boolean): QueryPlan {
  const queryWords = words(query).slice(0, MAX_WORDS);
  const parts = queryWords.flatMap((word) => (isHan(word) ? inContext(synonyms.splitHanRun(word)) : [{ text: word, context: word, alone: true }]));
  const pieces = parts.map(({ text }) => text);
  const stems = pieces.map(stemWord);
  const onlyStopWords = pieces.every((piece) => STOP_WORDS.has(piece));
  const clauses: Clause[] = [];
  const highlights: string[][] = [];
  const unknown: string[] = [];
  // A long Chinese run can hold many entries: the words are capped, and so are the clauses.
  for (let i = 0; i < pieces.length && clauses.length < MAX_CLAUSES; i++) {
    const synonym = synonyms.at(stems, i) ?? synonyms.completing(pieces, i);
    if (!synonym && !onlyStopWords && (STOP_WORDS.has(pieces[i]!) || isStray(parts[i]!))) continue;
    const typed = synonym ? pieces.slice(i, i + synonym.length).join(' ') : pieces[i]!;
    if (synonym) i += synonym.length - 1;
    const own = withStems(existingTerms(queryTerms(synonym ? typed : parts[i]!.context), has, synonym !== null || parts[i]!.alone));
    const token = synonym && has(synonym.token) ? synonym.token : undefined;
    const match = token ? [token] : own.map(({ stem }) => stem);
    const standard = token && synonym!.entries[0] !== typed ? withStems(queryTerms(synonym!.entries[0]!)) : undefined;
    // A word found nowhere (enable, where articles say "turn on") would only turn every result into
    // a partial match: leave it out, and let spelling correction look at it if nothing else matches.
    const found = match.length > 0 && (match.every(has) || own.every(({ term }) => has(term)));
    if (!found) {
      unknown.push(typed);
      continue;
    }
    clauses.push({ match, own, token, standard });
    highlights.push([typed, ...(token ? synonym!.entries : []), ...own.flatMap(({ term }) => (isHan(term) && term.length > 1 ? [term] : []))]);
  }
  return { clauses, words: queryWords, unknown, highlights };
}

/** One Chinese character left beside a synonym entry (钱 in 钱没到账): a particle or modifier, too vague to require. */
const isStray = (part: { text: string; alone: boolean }) => !part.alone && isHan(part.text) && [...part.text].length === 1;

/**
 * The pieces of a Han run cut at synonym entries, each with the characters on either side: the rest
 * of 验证码后 is 后, which is searched as 码后, the pair the text holds there (single characters are
 * not in the full-text index).
 */
function inContext(pieces: string[]): { text: string; context: string; alone: boolean }[] {
  return pieces.map((text, i) => ({
    text,
    context: (i > 0 ? [...pieces[i - 1]!].at(-1) : '') + text + (i + 1 < pieces.length ? [...pieces[i + 1]!][0] : ''),
    alone: pieces.length === 1,
  }));
}

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
