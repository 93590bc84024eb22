/**
 * After `next build` (output: 'standalone'): makes .next/standalone a server folder that runs from any
 * directory with `node server.mjs` and nothing else. Next copies the server code and the files it
 * traced; this adds what it leaves out (the browser's files in .next/static and public/, the pages as
 * prepare-pages left them and their script hashes) and our server, bundled: scripts/server.ts with
 * its door, script policy and cache of results pages, which Next's own standalone server.js (removed
 * here) would serve without.
 */
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CSP_MANIFEST } from '../lib/csp';

const OUT = path.join('.next', 'standalone');
if (!existsSync(OUT)) throw new Error(`${OUT} is missing: next.config.ts must set output: 'standalone'`);

cpSync(path.join('.next', 'static'), path.join(OUT, '.next', 'static'), { recursive: true });
// Next copied the pages it built before scripts/prepare-pages.ts deferred their hydration; the script
// hashes copied below are those of the prepared pages, so those are the ones to serve.
const PAGES = path.join('.next', 'server', 'app');
cpSync(PAGES, path.join(OUT, PAGES), { recursive: true, filter: (source) => source.endsWith('.html') || statSync(source).isDirectory() });
cpSync('public', path.join(OUT, 'public'), { recursive: true });
cpSync(CSP_MANIFEST, path.join(OUT, CSP_MANIFEST));
rmSync(path.join(OUT, 'server.js'), { force: true });

await build({
  entryPoints: ['scripts/server.ts'],
  outfile: path.join(OUT, 'server.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Next (and what it loads) is in the folder's node_modules, traced by the build.
  external: ['next', '@electric-sql/pglite', 'pg'],
  define: { 'process.env.HELP_STANDALONE': '"1"' },
  // Bundled CommonJS code calls require; React picks its production build by NODE_ENV, read as Next loads it.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); process.env.NODE_ENV ||= 'production';" },
  logLevel: 'warning',
});
console.log(`Standalone server: ${OUT} (run it from anywhere with node ${path.join(OUT, 'server.mjs')})`);
