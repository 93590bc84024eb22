import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { searchApi } from '../../lib/search/api';
import { SearchIndex } from '../../lib/search/engine';
import { readSearchIndexData } from '../../lib/search/index-data';
import type { PostingEntry } from '../../lib/search/postings';
import { ShardedSearchIndex } from '../../lib/search/sharded-index';
import type { BrowserIndexManifest } from '../../lib/search/shards';

/**
 * What the instant box costs a browser, from a build's files (public/search and .generated/search):
 * the manifest, then the shards each query brings in, all gzipped as the server sends them. A
 * person is taken to type each query key by key with a search at every key (the box waits 120 ms,
 * so a slow typist does that): the first query is typed on a fresh page, the later ones one after
 * another on the same page. Beside it, what answering the box from /api/search would send instead
 * (a gzipped JSON answer per key), and how long a search takes once its shards are in.
 */
export async function browserIndexCost(root: string, locale: string, queries: string[]) {
  const searchDir = path.join(root, 'public', 'search');
  const manifestText = await readFile(path.join(searchDir, `${locale}.json`), 'utf8');
  const manifest = JSON.parse(manifestText) as BrowserIndexManifest;
  const files = Object.values(manifest.shards).flatMap((table) => table.map(([, file]) => file));
  const bodies = new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(searchDir, file), 'utf8')] as const)));
  const gzipped = new Map([...bodies].map(([file, body]) => [file, gzipSync(body).length]));
  const manifestGzip = gzipSync(manifestText).length;

  const session = () => {
    const fetched: string[] = [];
    const index = new ShardedSearchIndex(JSON.parse(manifestText) as BrowserIndexManifest, async (file) => {
      fetched.push(file);
      return JSON.parse(bodies.get(file)!) as PostingEntry[];
    });
    const bytes = () => fetched.reduce((sum, file) => sum + gzipped.get(file)!, 0);
    return { index, fetched, bytes };
  };
  const keystrokes = (query: string) => [...query].map((_, end) => [...query].slice(0, end + 1).join('').trim()).filter(Boolean);

  const first: number[] = [];
  const firstFiles: number[] = [];
  for (const query of queries) {
    const { index, fetched, bytes } = session();
    for (const typed of keystrokes(query)) await index.search(typed, { limit: 8 });
    first.push(manifestGzip + bytes());
    firstFiles.push(fetched.length);
  }
  const later: number[] = [];
  const searchMs: number[] = [];
  const { index, fetched, bytes } = session();
  for (const query of queries) {
    const before = bytes();
    for (const typed of keystrokes(query)) await index.search(typed, { limit: 8 });
    later.push(bytes() - before);
    // Timed again once its shards are in: the search itself, as the person sees it on later keys.
    const started = performance.now();
    await index.search(query, { limit: 8 });
    searchMs.push(performance.now() - started);
  }

  const serverFile = path.join(root, '.generated', 'search', `${locale}.json`);
  const server = SearchIndex.load(readSearchIndexData(await readFile(serverFile, 'utf8'), serverFile, locale));
  const context = { locales: [locale], defaultLocale: locale, categories: () => [], index: () => server };
  const api = queries.map((query) =>
    keystrokes(query).reduce((sum, typed) => sum + gzipSync(JSON.stringify(searchApi(new URLSearchParams({ q: typed, locale, limit: '8' }), context).body)).length, 0),
  );

  return {
    shards: files.length,
    manifestGzip,
    wholeIndexGzip: manifestGzip + [...gzipped.values()].reduce((a, b) => a + b, 0),
    largestShardGzip: Math.max(...gzipped.values()),
    firstQueryGzip: stats(first),
    firstQueryShards: stats(firstFiles),
    laterQueryGzip: stats(later),
    shardsFetchedAfterAllQueries: new Set(fetched).size,
    apiPerQueryGzip: stats(api),
    searchMs: stats(searchMs),
  };
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
  return { median: round(at(0.5)), p90: round(at(0.9)), max: round(sorted.at(-1) ?? 0) };
}

const round = (value: number) => Number(value.toFixed(value < 10 ? 2 : 0));
