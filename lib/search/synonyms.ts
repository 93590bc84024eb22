import { cutHanRun, isHan, stemWord, words } from './tokenize';

/** A synonym entry found in a query: its group's token and entries, and how many query pieces it spans. */
export interface SynonymMatch {
  token: string;
  entries: string[];
  length: number;
}

const MAX_ENTRY_PIECES = 4;

/**
 * Synonym groups compiled for search. Each group has one token (`_3_`), indexed wherever any of its
 * entries occurs, so a query for any entry is a single index read however large the group: the
 * expansion happens once at build time instead of as an OR of every entry in every search.
 */
export class Synonyms {
  /** Group number by entry, in canonical form: its words stemmed and joined by one space. */
  private readonly groupOf = new Map<string, number>();
  /** Entries by their first word, or by their first character for entries that start with Chinese. */
  private readonly byAnchor = new Map<string, string[]>();
  /** Each group's entries as written (lower-cased), for highlighting. */
  private readonly groups: string[][];
  /** The longest Chinese entry, in characters: how far a Han run is scanned for entries. */
  private readonly longestHan: number;
  /** Entries of more than one word, as written, for completing one still being typed. */
  private readonly phrases: { group: number; words: string[] }[];

  constructor(groups: readonly (readonly string[])[]) {
    this.groups = groups.map((group) => group.map((entry) => words(entry).join(' ')).filter(Boolean));
    let longestHan = 0;
    groups.forEach((group, number) => {
      for (const entry of group.map(canonical).filter(Boolean)) {
        this.groupOf.set(entry, number);
        const anchor = isHan(entry) ? String.fromCodePoint(entry.codePointAt(0)!) : entry.split(' ')[0]!;
        const entries = this.byAnchor.get(anchor) ?? [];
        if (!entries.includes(entry)) this.byAnchor.set(anchor, [...entries, entry]);
        if (isHan(entry) && !entry.includes(' ')) longestHan = Math.max(longestHan, [...entry].length);
      }
    });
    this.longestHan = longestHan;
    this.phrases = this.groups.flatMap((entries, group) =>
      entries.map((entry) => ({ group, words: entry.split(' ') })).filter(({ words: entryWords }) => entryWords.length > 1),
    );
  }

  /** The longest entry made of the (stemmed) query pieces starting at `start`, if any. */
  at(pieces: readonly string[], start: number): SynonymMatch | null {
    for (let length = Math.min(MAX_ENTRY_PIECES, pieces.length - start); length >= 1; length--) {
      const group = this.groupOf.get(pieces.slice(start, start + length).join(' '));
      if (group !== undefined) return { token: groupToken(group), entries: this.groups[group]!, length };
    }
    return null;
  }

  /**
   * A phrase entry that the query's last pieces, from `start`, begin to type ("cash ou" -> cash out),
   * so results as you type find the phrase before its last word is finished.
   */
  completing(pieces: readonly string[], start: number): SynonymMatch | null {
    const typed = pieces.slice(start);
    const last = typed.at(-1) ?? '';
    if (typed.length < 2 || typed.length > MAX_ENTRY_PIECES || last.length < 2) return null;
    for (const { group, words: entryWords } of this.phrases) {
      if (entryWords.length !== typed.length || entryWords.at(-1) === last || !entryWords.at(-1)!.startsWith(last)) continue;
      if (typed.slice(0, -1).every((piece, i) => piece === entryWords[i])) {
        return { token: groupToken(group), entries: this.groups[group]!, length: typed.length };
      }
    }
    return null;
  }

  /**
   * A Han run of a query cut where synonym entries stand (怎么取钱 -> 怎么, 取钱), longest entry
   * first, so a colloquial word inside a question is still recognised.
   */
  splitHanRun(run: string): string[] {
    return cutHanRun(run, (characters, start) => this.entryLengthAt(characters, start));
  }

  private entryLengthAt(characters: readonly string[], start: number): number {
    for (let length = Math.min(this.longestHan, characters.length - start); length >= 2; length--) {
      if (this.groupOf.has(characters.slice(start, start + length).join(''))) return length;
    }
    return 0;
  }

  /**
   * The tokens of every group with an entry in `textWords` (stemmed), each by the index of the word
   * where its first entry starts: a Latin entry where its words stand together as whole words (top up,
   * not top upgrade), a Chinese entry anywhere in a run.
   */
  tokensIn(textWords: readonly string[]): Map<string, number> {
    const joined = textWords.join(' ');
    const found = new Map<string, number>();
    let offset = 0;
    textWords.forEach((word, index) => {
      for (const [anchor, at] of anchorsOf(word, offset)) {
        for (const entry of this.byAnchor.get(anchor) ?? []) {
          const end = at + entry.length;
          const endsCleanly = HAN_END.test(entry) || end === joined.length || joined[end] === ' ';
          const token = groupToken(this.groupOf.get(entry)!);
          if (endsCleanly && !found.has(token) && joined.startsWith(entry, at)) found.set(token, index);
        }
      }
      offset += word.length + 1;
    });
    return found;
  }
}

const HAN_END = /\p{Script=Han}$/u;

/** An entry as it is matched: words stemmed, so "withdrawals" in an article counts for "withdraw". */
const canonical = (entry: string) => words(entry).map(stemWord).join(' ');

/** Where an entry may start inside `word`: at the start of a Latin word, at any character of a Han run. */
function anchorsOf(word: string, offset: number): [anchor: string, at: number][] {
  if (!isHan(word)) return [[word, offset]];
  const anchors: [string, number][] = [];
  let at = offset;
  for (const character of word) {
    anchors.push([character, at]);
    at += character.length;
  }
  return anchors;
}

// Words never contain "_" (see WORD in tokenize.ts), so a token cannot collide with a word; the
// closing "_" keeps one token from being a prefix of another (_1_ is not a prefix of _12_).
const groupToken = (group: number) => `_${group}_`;
