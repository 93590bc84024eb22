import { FORMAT_VERSION, SearchIndex, type SearchResult } from './engine';
import { type PostingEntry, type PostingField, ShardedPostings } from './postings';
import { type BrowserIndexManifest, fromGaps, manifestRecords, shardOf } from './shards';

/**
 * How many times a search may fetch shards and run again. Each run can reveal terms the one before
 * could not know it needed (a Chinese run is cut by how often its pairs occur, a misspelt word is
 * replaced by its correction); in practice two or three runs settle.
 */
const MAX_ROUNDS = 6;

/**
 * The browser's search: the same engine as the server's, over the shards fetched so far. A search
 * runs, notes the shards it lacked, fetches them together, and runs again until nothing is
 * missing, so its results are the server's; shards stay loaded for the next searches.
 */
export class ShardedSearchIndex {
  private readonly index: SearchIndex;
  private readonly postings: ShardedPostings;
  private readonly fieldOf = new Map<string, PostingField>();
  private readonly fetching = new Map<string, Promise<void>>();

  constructor(
    manifest: BrowserIndexManifest,
    /** The parsed body of a shard file (the manifest names them), in gaps; a rejection fails the search, and the shard is fetched again next time. */
    private readonly fetchShard: (file: string) => Promise<PostingEntry[]>,
  ) {
    if (manifest.version !== FORMAT_VERSION) throw new Error(`search manifest format ${String(manifest.version)} is not ${FORMAT_VERSION}`);
    for (const [field, table] of Object.entries(manifest.shards) as [PostingField, [string, string][]][]) {
      for (const [, file] of table) this.fieldOf.set(file, field);
    }
    this.postings = new ShardedPostings((field, term) => shardOf(manifest.shards[field], term), manifest.records.length);
    this.index = SearchIndex.over({ ...manifest, records: manifestRecords(manifest) }, this.postings);
  }

  async search(query: string, options: { limit?: number } = {}): Promise<SearchResult> {
    for (let round = 1; ; round++) {
      this.postings.missing.clear();
      const result = this.index.search(query, options);
      const missing = [...this.postings.missing];
      if (missing.length === 0 || round === MAX_ROUNDS) return result;
      await Promise.all(missing.map((file) => this.load(file)));
    }
  }

  private load(file: string): Promise<void> {
    let loading = this.fetching.get(file);
    if (!loading) {
      loading = this.fetchShard(file).then((entries) => this.postings.add(file, this.fieldOf.get(file)!, fromGaps(entries)));
      loading.catch(() => this.fetching.delete(file));
      this.fetching.set(file, loading);
    }
    return loading;
  }
}
