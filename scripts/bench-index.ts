/**
 * `npm run bench:index [-- --root dir]`: what the instant box downloads, from the files a build
 * wrote in `dir` (this checkout by default; bench:scale runs it on its 2,000-article build). Prints,
 * per locale, the manifest, the shards, the bytes of a first and of a later query typed key by key
 * (gzipped, median / p90 / max over the fixed queries of bench:search), what /api/search would
 * send for the same keys, and the time of a search once its shards are in.
 */
import { parseArgs } from 'node:util';
import { browserIndexCost } from './lib/browser-index-cost';
import { SEARCH_QUERIES } from './search-queries';

const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const report: Record<string, Awaited<ReturnType<typeof browserIndexCost>>> = {};
for (const locale of Object.keys(SEARCH_QUERIES)) {
  const cost = await browserIndexCost(values.root!, locale, SEARCH_QUERIES[locale]!);
  report[locale] = cost;
  const three = ({ median, p90, max }: { median: number; p90: number; max: number }, unit: (n: number) => string) => `${unit(median)} / ${unit(p90)} / ${unit(max)}`;
  console.log(`${locale}: manifest ${kib(cost.manifestGzip)}, ${cost.shards} shards (largest ${kib(cost.largestShardGzip)}), the whole index ${kib(cost.wholeIndexGzip)} gzipped`);
  console.log(`  first query, manifest included (median / p90 / max): ${three(cost.firstQueryGzip, kib)} in ${three(cost.firstQueryShards, String)} shards`);
  console.log(`  each later query:                                    ${three(cost.laterQueryGzip, kib)}; ${cost.shardsFetchedAfterAllQueries} shards after all ${SEARCH_QUERIES[locale]!.length}`);
  console.log(`  /api/search for the same keys instead:               ${three(cost.apiPerQueryGzip, kib)} per query`);
  console.log(`  a search with its shards in:                         ${three(cost.searchMs, (ms) => `${ms} ms`)}`);
}
console.log(JSON.stringify(report, null, 2));
