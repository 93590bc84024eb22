import { FIELD_WEIGHTS, type FieldLengths, FieldTerms, type RankedField, termCount } from './field-terms';
import { DocumentPostings, type Postings, createDocument } from './postings';
import { planQuery, type QueryPlan } from './query';
import { MAX_POSTINGS, RANK_WEIGHTS, type Ranking, rank, type RankSource, type RankWeights } from './rank';
import { highlighter, snippet } from './snippet';
import { closestWord } from './spelling';
import { Synonyms } from './synonyms';
import { hanCharactersAndPairs, isHan, stemWord, wordTerms, words } from './tokenize';

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
  version: typeof FORMAT_VERSION;
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

/** Bumped whenever the index layout changes, so a stale index file fails loudly instead of finding nothing. */
export const FORMAT_VERSION = 2;

const MAX_REMEMBERED_TERMS = 50_000;
/** A word as typed, to put a correction back in place (words() gives the same word normalised). */
const TYPED_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

/**
 * Every term of an article in reading order, each synonym token placed where its group first
 * occurs: FlexSearch ranks earlier terms first, and the text starts with the title.
 */
function fullTextTerms(articleWords: string[], synonyms: Synonyms): string[] {
  const tokensAt = new Map<number, string[]>();
  for (const [token, index] of synonyms.tokensIn(articleWords.map(stemWord))) {
    tokensAt.set(index, [...(tokensAt.get(index) ?? []), token]);
  }
  return articleWords.flatMap((word, index) => [...wordTerms(word), ...(tokensAt.get(index) ?? [])]);
}

/** The short fields that rank an article, each as one string, in FIELD_WEIGHTS order. */
function shortFields(record: SearchRecord): Record<RankedField, string> {
  return { title: record.title, tags: record.tags.join(' '), headings: record.headings.join(' '), description: record.description };
}

/** The browser's copy of an exported index: the same, without the article text (snippets are the server's). */
export function withoutText(data: SearchIndexData): SearchIndexData {
  return { ...data, records: data.records.map((record) => ({ ...record, text: '' })) };
}

export class SearchIndex implements RankSource {
  private readonly termFrequency = new Map<string, number>();
  private readonly fieldTermsCache: (FieldTerms | undefined)[];
  private meanLengths?: FieldLengths;

  private constructor(
    readonly locale: string,
    readonly records: SearchRecord[],
    readonly synonyms: string[][],
    readonly vocabulary: string[],
    private readonly postings: Postings,
    private readonly synonymIndex: Synonyms,
  ) {
    // Filled in as articles are ranked; allocated whole so the engine keeps it a plain array.
    this.fieldTermsCache = new Array<FieldTerms | undefined>(records.length).fill(undefined);
  }

  static build(locale: string, records: SearchRecord[], synonyms: string[][]): SearchIndex {
    const document = createDocument();
    const synonymIndex = new Synonyms(synonyms);
    const vocabulary = new Set<string>();
    records.forEach((record, id) => {
      const short = Object.values(shortFields(record)).flatMap(words);
      const all = [...short, ...words(record.text)];
      for (const word of all) if (!isHan(word) && word.length >= 4 && !/\d/.test(word)) vocabulary.add(word);
      document.add({
        id,
        text: fullTextTerms(all, synonymIndex).join(' '),
        label: short.flatMap((word) => (isHan(word) ? hanCharactersAndPairs(word) : [word])).join(' '),
      });
    });
    return new SearchIndex(locale, records, synonyms, [...vocabulary].sort(), new DocumentPostings(document), synonymIndex);
  }

  static load(data: SearchIndexData): SearchIndex {
    if (data.version !== FORMAT_VERSION) {
      throw new Error(`search index format ${String(data.version)} is not ${FORMAT_VERSION}: rebuild it with npm run build:content`);
    }
    const document = createDocument();
    for (const [key, value] of Object.entries(data.index)) document.import(key, value);
    return SearchIndex.over(data, new DocumentPostings(document));
  }

  /** An index whose terms are looked up in `postings` (the browser's: only the shards it fetched). */
  static over(data: Omit<SearchIndexData, 'index' | 'version'>, postings: Postings): SearchIndex {
    return new SearchIndex(data.locale, data.records, data.synonyms, data.vocabulary, postings, new Synonyms(data.synonyms));
  }

  async export(options: { withText: boolean }): Promise<SearchIndexData> {
    if (!(this.postings instanceof DocumentPostings)) throw new Error('only a whole index can be exported');
    const index: Record<string, string> = {};
    await this.postings.document.export((key, value) => {
      index[String(key)] = value;
    });
    const data: SearchIndexData = { version: FORMAT_VERSION, locale: this.locale, records: this.records, synonyms: this.synonyms, vocabulary: this.vocabulary, index };
    return options.withText ? data : withoutText(data);
  }

  /** `weights` is for tuning the relevance model (scripts/tune-search.ts); everything else uses the defaults. */
  search(query: string, options: { category?: string; limit?: number; /** Results to skip, for a later page. */ offset?: number; weights?: RankWeights } = {}): SearchResult {
    const limit = options.limit ?? 10;
    const offset = options.offset ?? 0;
    const weights = options.weights ?? RANK_WEIGHTS;
    const { category } = options;
    const accept = category ? (id: number) => this.records[id]!.category === category : null;
    let plan = this.plan(query);
    let ranking = rank(plan, this, accept, weights);
    let correctedQuery: string | undefined;
    // A misspelt word is left out of the plan, so the other words may still find something alone.
    // The correction wins only if the best article then holds a larger part of the query, the
    // unknown word counting as a part no article holds ("passwrod reset": reset and password), so
    // a rare but real word is not swapped for a look-alike no article holds with the rest ("seed").
    if (ranking.total === 0 || plan.unknown.length > 0) {
      const corrected = this.correct(query, plan);
      const correctedRanking = corrected && rank(corrected, this, accept, weights);
      const covered = (found: Ranking, asked: QueryPlan) => found.held / Math.max(1, asked.clauses.length + asked.unknown.length);
      if (corrected && correctedRanking && correctedRanking.total > 0 && covered(correctedRanking, corrected) > covered(ranking, plan)) {
        plan = corrected;
        ranking = correctedRanking;
        correctedQuery = corrected.query;
      }
    }
    const marks = highlighter(plan.highlights);
    return {
      total: ranking.total,
      correctedQuery,
      hits: ranking.ids.slice(offset, offset + limit).map((id) => {
        const record = this.records[id]!;
        return { record, snippet: snippet(record.text || record.description, marks) };
      }),
    };
  }

  // What ranking reads (RankSource).
  get size(): number {
    return this.records.length;
  }

  /** A term whose shard the browser has not fetched finds nothing this time (see ShardedSearchIndex). */
  lookup(terms: string[], field: 'text' | 'label', limit = this.records.length): number[] {
    return this.postings.find(terms, field, limit) ?? [];
  }

  /** Built when an article is first ranked, so loading stays fast. */
  fieldTerms(id: number): FieldTerms {
    let terms = this.fieldTermsCache[id];
    if (!terms) {
      terms = new FieldTerms(shortFields(this.records[id]!), this.synonymIndex, this.meanFieldLengths());
      this.fieldTermsCache[id] = terms;
    }
    return terms;
  }

  /** Each short field's mean length, for BM25's length normalisation; worked out at the first search. */
  private meanFieldLengths(): FieldLengths {
    if (!this.meanLengths) {
      const sums = Object.fromEntries(Object.keys(FIELD_WEIGHTS).map((field) => [field, 0])) as FieldLengths;
      for (const record of this.records) {
        for (const [field, text] of Object.entries(shortFields(record)) as [RankedField, string][]) sums[field] += termCount(words(text));
      }
      const count = Math.max(1, this.records.length);
      this.meanLengths = Object.fromEntries(Object.entries(sums).map(([field, sum]) => [field, sum / count])) as FieldLengths;
    }
    return this.meanLengths;
  }

  promoted(id: number): boolean {
    return this.records[id]!.promoted;
  }

  private plan(query: string): QueryPlan {
    return planQuery(query, this.synonymIndex, (term) => this.frequency(term));
  }

  /**
   * How many articles hold `term` whole in the full text (counted up to MAX_POSTINGS, as ranking
   * reads them), or 1 if it is only the start of a word in the short fields, or 0. Chinese runs are
   * cut into words by these counts.
   */
  private frequency(term: string): number {
    let found = this.termFrequency.get(term);
    if (found === undefined) {
      const text = this.postings.find([term], 'text', MAX_POSTINGS);
      const label = text?.length === 0 ? this.postings.find([term], 'label', 1) : [];
      // Not known yet (a shard still to fetch): counts as absent, and is not remembered.
      if (!text || !label) return 0;
      found = text.length || Math.min(1, label.length);
      // Queries are unbounded input: a long-running server forgets rather than grows without end.
      if (this.termFrequency.size >= MAX_REMEMBERED_TERMS) this.termFrequency.clear();
      this.termFrequency.set(term, found);
    }
    return found;
  }

  private has(term: string): boolean {
    return this.frequency(term) > 0;
  }

  /** Replaces words that match nothing with their closest vocabulary word. */
  private correct(query: string, plan: QueryPlan): (QueryPlan & { query: string }) | null {
    const replacements = new Map<string, string>();
    for (const word of plan.words) {
      if (isHan(word) || this.has(word) || this.has(stemWord(word))) continue;
      const replacement = closestWord(word, this.vocabulary);
      if (replacement) replacements.set(word, replacement);
    }
    if (replacements.size === 0) return null;
    // The reader's own text with only the misspelt words replaced, so the notice quotes what they typed.
    const corrected = query.replace(TYPED_WORD, (typed) => replacements.get(words(typed)[0] ?? '') ?? typed).trim();
    return { ...this.plan(corrected), query: corrected };
  }
}
