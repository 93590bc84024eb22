import { Document } from 'flexsearch';
import { snippet, targetPattern } from './snippet';
import { closestWord } from './spelling';
import { indexText, isHan, queryTerms, words } from './tokenize';

/** What a result shows, stored beside the index (FlexSearch itself stores only terms). */
export interface SearchRecord {
  slug: string;
  title: string;
  url: string;
  category: string;
  categoryTitle: string;
  description: string;
  headings: string[];
  tags: string[];
  /** The article body as plain text, for snippets; empty in the browser's copy to keep it small. */
  text: string;
  promoted: boolean;
}

/** The serialised index, written at build time and loaded by the server and the browser. */
export interface SearchIndexData {
  version: 1;
  locale: string;
  records: SearchRecord[];
  synonyms: string[][];
  /** Latin words of the index, for spelling suggestions. */
  vocabulary: string[];
  index: Record<string, string>;
}

export interface SearchHit {
  record: SearchRecord;
  /** HTML: escaped text with <mark> around matches. */
  snippet: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** The query with misspelt words corrected, when a correction was used to find the results. */
  correctedQuery?: string;
}

/** One way to satisfy a clause: the reader's own word, or a synonym of it (worth a little less). */
interface Alternative {
  terms: string[];
  weight: number;
}

/** A synonym finds the article, but the reader's own word ranks it higher. */
const SYNONYM_WEIGHT = 0.8;

interface Plan {
  /** Every clause must match; a clause matches through any alternative, all of whose terms are present. */
  clauses: Alternative[][];
  words: string[];
  /** Words and phrases to mark in snippets. */
  highlights: string[];
}

/** Where a match counts most: a title match beats tags and headings, which beat the body. */
const FIELD_WEIGHTS = { title: 10, tags: 6, headings: 5, description: 3, body: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];
/**
 * How many candidates each alternative may contribute per field before ranking: the reader's own
 * words reach deeper than synonyms, which only need to surface the articles that use them most.
 */
const POOL = 100;
const SYNONYM_POOL = 25;
const MAX_TERMS = 12;

/**
 * Words that carry no topic ("how do I reset my password"): left out of matching unless the whole
 * query is made of them, so a question finds the same articles as its keywords.
 */
const STOP_WORDS = new Set(
  ('a an and are can cannot cant do does don dont for from get got have how i if in is it its me my no not of on or ' +
    'should that the this to was what when where which why will with you your 的 了 吗 呢 吧 啊 怎么 怎样 如何 什么 为什么 ' +
    '我 我的 你 你的 是 在 和 要 能 可以 请问').split(' '),
);

type IndexedDocument = { id: number } & Record<Field, string>;

/** One factory for building and importing: FlexSearch does not export its options, so both must match. */
function createDocument() {
  return new Document<IndexedDocument>({
    document: {
      id: 'id',
      index: FIELDS.map((field) => ({
        field,
        // Titles, tags, headings and descriptions match word prefixes (withdr -> withdrawal); the
        // long body matches whole terms, which keeps the index small.
        tokenize: field === 'body' ? ('strict' as const) : ('forward' as const),
        // Text is already split into terms by tokenize.ts; FlexSearch must not re-encode it.
        encode: (text: string) => text.split(' ').filter(Boolean),
      })),
    },
  });
}

export class SearchIndex {
  private readonly synonymGroups = new Map<string, string[]>();
  private readonly termExists = new Map<string, boolean>();

  private constructor(
    readonly locale: string,
    readonly records: SearchRecord[],
    readonly synonyms: string[][],
    readonly vocabulary: string[],
    private readonly document: Document<IndexedDocument>,
  ) {
    for (const group of synonyms) {
      const normalised = group.map((entry) => words(entry).join(' '));
      for (const entry of normalised) this.synonymGroups.set(entry, normalised);
    }
  }

  static build(locale: string, records: SearchRecord[], synonyms: string[][]): SearchIndex {
    const document = createDocument();
    const vocabulary = new Set<string>();
    records.forEach((record, id) => {
      const fields: Record<Field, string> = {
        title: record.title,
        tags: record.tags.join(' '),
        headings: record.headings.join(' '),
        description: record.description,
        body: record.text,
      };
      for (const text of Object.values(fields)) {
        for (const word of words(text)) if (!isHan(word) && word.length >= 4 && !/\d/.test(word)) vocabulary.add(word);
      }
      document.add({
        id,
        title: indexText(fields.title),
        tags: indexText(fields.tags),
        headings: indexText(fields.headings),
        description: indexText(fields.description),
        body: indexText(fields.body),
      });
    });
    return new SearchIndex(locale, records, synonyms, [...vocabulary].sort(), document);
  }

  static load(data: SearchIndexData): SearchIndex {
    const document = createDocument();
    for (const [key, value] of Object.entries(data.index)) document.import(key, value);
    return new SearchIndex(data.locale, data.records, data.synonyms, data.vocabulary, document);
  }

  async export(options: { withText: boolean }): Promise<SearchIndexData> {
    const index: Record<string, string> = {};
    await this.document.export((key, value) => {
      index[String(key)] = value;
    });
    const records = options.withText ? this.records : this.records.map((record) => ({ ...record, text: '' }));
    return { version: 1, locale: this.locale, records, synonyms: this.synonyms, vocabulary: this.vocabulary, index };
  }

  search(query: string, options: { category?: string; limit?: number } = {}): SearchResult {
    const limit = options.limit ?? 10;
    let plan: Plan = this.plan(query);
    let ranked = this.rank(plan.clauses);
    let correctedQuery: string | undefined;
    if (ranked.length === 0) {
      const corrected = this.correct(plan);
      const correctedRanking = corrected ? this.rank(corrected.clauses) : [];
      if (corrected && correctedRanking.length > 0) {
        plan = corrected;
        ranked = correctedRanking;
        correctedQuery = corrected.query;
      }
    }
    const matching = options.category ? ranked.filter((id) => this.records[id]!.category === options.category) : ranked;
    const pattern = targetPattern(plan.highlights);
    return {
      total: matching.length,
      correctedQuery,
      hits: matching.slice(0, limit).map((id) => {
        const record = this.records[id]!;
        return { record, snippet: snippet(record.text || record.description, pattern) };
      }),
    };
  }

  /**
   * The query as clauses: every clause must match for a full match, and a clause matches through
   * any of its alternatives (a word, or the words of a synonym), each alternative's terms all present.
   */
  private plan(query: string): Plan {
    const queryWords = words(query).slice(0, MAX_TERMS);
    const onlyStopWords = queryWords.every((word) => STOP_WORDS.has(word));
    const clauses: Alternative[][] = [];
    const highlights: string[] = [];
    for (let i = 0; i < queryWords.length; i++) {
      const phrase = this.longestSynonymAt(queryWords, i);
      // Synonym phrases are matched first, so "sign in" is one idea even though "in" is a stop word.
      if (!phrase && !onlyStopWords && STOP_WORDS.has(queryWords[i]!)) continue;
      const typed = phrase ? queryWords.slice(i, i + phrase.length).join(' ') : queryWords[i]!;
      const alternatives = phrase ? phrase.group : [typed];
      const clause = alternatives
        .map((entry) => ({ terms: this.existingTerms(queryTerms(entry)), weight: entry === typed ? 1 : SYNONYM_WEIGHT }))
        .filter((alternative) => alternative.terms.length > 0);
      if (clause.length > 0) clauses.push(clause);
      highlights.push(...alternatives, ...clause.flatMap((alternative) => alternative.terms.filter((term) => isHan(term) && term.length > 1)));
      if (phrase) i += phrase.length - 1;
    }
    return { clauses, words: queryWords, highlights };
  }

  private longestSynonymAt(queryWords: string[], start: number): { group: string[]; length: number } | null {
    for (let length = Math.min(4, queryWords.length - start); length >= 1; length--) {
      const group = this.synonymGroups.get(queryWords.slice(start, start + length).join(' '));
      if (group) return { group, length };
    }
    return null;
  }

  /** Drops Han pairs that occur nowhere (记密 in 忘记密码); if none remain, falls back to the characters. */
  private existingTerms(terms: string[]): string[] {
    if (!terms.some(isHan)) return terms;
    const kept = terms.filter((term) => !isHan(term) || this.has(term));
    if (kept.length > 0) return kept;
    return [...new Set(terms.flatMap((term) => [...term]))];
  }

  private has(term: string): boolean {
    let exists = this.termExists.get(term);
    if (exists === undefined) {
      exists = this.document.search(term, { limit: 1 }).some((field) => field.result.length > 0);
      this.termExists.set(term, exists);
    }
    return exists;
  }

  /** Documents that match every clause first, then those matching most; by field weight, then promoted. */
  private rank(clauses: Alternative[][]): number[] {
    if (clauses.length === 0) return [];
    const coverage = new Map<number, number>();
    const scores = new Map<number, number>();
    // FlexSearch's order within a field (earlier matches first) only breaks ties left after promotion.
    const order = new Map<number, number>();
    for (const clause of clauses) {
      const best = new Map<number, number>();
      for (const { terms, weight: alternativeWeight } of clause) {
        const pool = alternativeWeight === 1 ? POOL : SYNONYM_POOL;
        for (const { field, result } of this.document.search(terms.join(' '), { limit: pool })) {
          const weight = FIELD_WEIGHTS[field as Field] * alternativeWeight;
          result.forEach((rawId, rank) => {
            const id = Number(rawId);
            if (weight > (best.get(id) ?? 0)) best.set(id, weight);
            order.set(id, (order.get(id) ?? 0) + weight * (1 - rank / pool));
          });
        }
      }
      for (const [id, score] of best) {
        coverage.set(id, (coverage.get(id) ?? 0) + 1);
        scores.set(id, (scores.get(id) ?? 0) + score);
      }
    }
    // Articles that match every clause are the answer; partial matches are shown only when none do.
    const full = [...scores.keys()].filter((id) => coverage.get(id) === clauses.length);
    const candidates = full.length > 0 ? full : [...scores.keys()];
    return candidates.sort(
      (a, b) =>
        coverage.get(b)! - coverage.get(a)! ||
        scores.get(b)! - scores.get(a)! ||
        Number(this.records[b]!.promoted) - Number(this.records[a]!.promoted) ||
        order.get(b)! - order.get(a)! ||
        a - b,
    );
  }

  /** Replaces words that match nothing with their closest vocabulary word. */
  private correct(plan: Plan): (Plan & { query: string }) | null {
    let changed = false;
    const corrected = plan.words.map((word) => {
      if (isHan(word) || this.rank(this.plan(word).clauses).length > 0) return word;
      const replacement = closestWord(word, this.vocabulary);
      if (!replacement) return word;
      changed = true;
      return replacement;
    });
    if (!changed) return null;
    const query = corrected.join(' ');
    return { ...this.plan(query), query };
  }
}
