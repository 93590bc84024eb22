import type { SearchIndex } from '../../lib/search/engine';
import type { PostingEntry } from '../../lib/search/postings';
import { ShardedSearchIndex } from '../../lib/search/sharded-index';
import { type BrowserIndexManifest, shardIndex } from '../../lib/search/shards';

/**
 * A server index's browser copy, as the build writes it but kept in memory, with a search that
 * fetches from it and counts what it fetched, and the results of both side by side.
 */
export async function shardInMemory(index: SearchIndex, targetBytes?: number) {
  const data = await index.export({ withText: false });
  let count = 0;
  const { manifest, shards } = shardIndex(data, (field) => `${index.locale}/${field}-${count++}.json`, targetBytes);
  const bodies = new Map(shards.map(({ file, body }) => [file, body]));
  const fetched: string[] = [];
  const browser = new ShardedSearchIndex(JSON.parse(JSON.stringify(manifest)) as BrowserIndexManifest, async (file) => {
    fetched.push(file);
    const body = bodies.get(file);
    if (body === undefined) throw new Error(`${file}: no such shard`);
    return JSON.parse(body) as PostingEntry[];
  });
  return { manifest, shards, bodies, fetched, browser };
}

/** What a person sees of a search: titles in order, the count, and the correction. */
export const seen = (result: { total: number; hits: { record: { url: string; title: string } }[]; correctedQuery?: string }) => ({
  total: result.total,
  hits: result.hits.map(({ record }) => `${record.url} ${record.title}`),
  correctedQuery: result.correctedQuery,
});
