import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SearchIndex, type SearchRecord } from '../../lib/search/engine';
import { shardIndex } from '../../lib/search/shards';
import { BROWSER_INDEX_DIR, SERVER_INDEX_DIR } from '../../lib/search/source';

export interface SearchIndexTask {
  locale: string;
  records: SearchRecord[];
  synonyms: string[][];
}

/** Gzipped sizes in bytes, for the build's log. */
export interface SearchIndexSizes {
  manifest: number;
  shards: number[];
}

/**
 * Builds a locale's search index and writes its two copies: the server's whole (SERVER_INDEX_DIR) and
 * the browser's as a manifest and shards named by their content, so they can be cached for good.
 */
export async function writeSearchIndex({ locale, records, synonyms }: SearchIndexTask): Promise<SearchIndexSizes> {
  const index = SearchIndex.build(locale, records, synonyms);
  const data = await index.export({ withText: true });
  await writeFile(path.join(SERVER_INDEX_DIR, `${locale}.json`), JSON.stringify(data));
  const { manifest, shards } = shardIndex(data, (field, body) => `${locale}/${field}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.json`);
  await rm(path.join(BROWSER_INDEX_DIR, locale), { recursive: true, force: true });
  await mkdir(path.join(BROWSER_INDEX_DIR, locale), { recursive: true });
  const browser = JSON.stringify(manifest);
  await writeFile(path.join(BROWSER_INDEX_DIR, `${locale}.json`), browser);
  for (const shard of shards) await writeFile(path.join(BROWSER_INDEX_DIR, shard.file), shard.body);
  return { manifest: gzipSync(browser).length, shards: shards.map(({ body }) => gzipSync(body).length) };
}
