// Prints the JavaScript each route loads (on the reader's first move: lib/deferred-hydration.ts), raw
// and gzipped, from the stats that `next build` writes (Next 16 no longer prints First Load JS itself).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8'));
const rows = stats.map(({ route, firstLoadChunkPaths }) => {
  const files = firstLoadChunkPaths.map((file) => readFileSync(file));
  const raw = files.reduce((sum, file) => sum + file.length, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
  return { route, chunks: files.length, rawKiB: +(raw / 1024).toFixed(1), gzipKiB: +(gzip / 1024).toFixed(1) };
});
console.log(JSON.stringify(rows, null, 2));
