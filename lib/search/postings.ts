import { Document } from 'flexsearch';

/** The two indexed fields: every whole term of an article, and the short fields' word starts (see createDocument). */
export type PostingField = 'text' | 'label';
export const POSTING_FIELDS: readonly PostingField[] = ['text', 'label'];

type IndexedDocument = { id: number; text: string; label: string };

/**
 * Where a term leads: the articles holding it. The server holds every term; the browser holds the
 * parts of the index it has fetched so far (see ShardedPostings).
 */
export interface Postings {
  /**
   * The articles holding every one of `terms` in `field`, in FlexSearch's order (earliest match
   * first), at most `limit`; null when a term's part of the index is not here yet.
   */
  find(terms: string[], field: PostingField, limit: number): number[] | null;
}

/** One map entry of FlexSearch's export: a term and its articles, in buckets by how early the term comes. */
export type PostingEntry = [term: string, buckets: (number[] | null)[]];

/**
 * One factory for building and importing: FlexSearch does not export its options, so both must match.
 *
 * `text` holds every whole term of an article (stems, Chinese pairs), title first, with synonym
 * tokens: it finds the articles of each clause. `label` holds the short fields (title, tags,
 * headings, description) with their prefixes, for words still being typed (withdr).
 */
export function createDocument() {
  // Text is already split into terms by tokenize.ts; FlexSearch must not re-encode it.
  const encode = (text: string) => text.split(' ').filter(Boolean);
  return new Document<IndexedDocument>({
    document: {
      id: 'id',
      index: [
        { field: 'text', tokenize: 'strict', encode },
        { field: 'label', tokenize: 'forward', encode },
      ],
    },
  });
}

/** The whole index in one FlexSearch document: the server's, and the build's. */
export class DocumentPostings implements Postings {
  constructor(readonly document: ReturnType<typeof createDocument>) {}

  find(terms: string[], field: PostingField, limit: number): number[] {
    if (terms.length === 0) return [];
    return this.document.search(terms.join(' '), { pluck: field, limit }) as number[];
  }
}

/**
 * The part of an index the browser has fetched: the map entries of the shards it loaded, imported
 * into a FlexSearch document built exactly like the server's, so a term it holds is answered with
 * the same articles in the same order. A term whose shard is not loaded is noted in `missing`
 * (to fetch before searching again) and answered with null.
 */
export class ShardedPostings implements Postings {
  /** The entries fetched so far, searched as the server searches its whole index. */
  private readonly fetched = new DocumentPostings(createDocument());
  private readonly loaded = new Set<string>();
  /** The shards asked for since the last clear(), that are not loaded. */
  readonly missing = new Set<string>();

  constructor(
    /** Which shard holds a term of a field: a file name. */
    private readonly shardOf: (field: PostingField, term: string) => string,
    articleCount: number,
  ) {
    importParsed(this.fetched.document, '1.reg', Array.from({ length: articleCount }, (_, id) => id));
  }

  find(terms: string[], field: PostingField, limit: number): number[] | null {
    let complete = true;
    for (const term of terms) {
      const shard = this.shardOf(field, term);
      if (!this.loaded.has(shard)) {
        this.missing.add(shard);
        complete = false;
      }
    }
    return complete ? this.fetched.find(terms, field, limit) : null;
  }

  /** Adds a fetched shard's entries; a shard already loaded is not added twice. */
  add(shard: string, field: PostingField, entries: PostingEntry[]): void {
    if (this.loaded.has(shard)) return;
    importParsed(this.fetched.document, `${field}.1.map`, entries);
    this.loaded.add(shard);
  }
}

/** FlexSearch's import takes its export's JSON text, or (untyped) the same already parsed, which spares parsing twice. */
function importParsed(document: ReturnType<typeof createDocument>, key: string, data: unknown): void {
  document.import(key, data as string);
}
