/**
 * After `next build`, for every page built ahead: holds its framework scripts back until the reader's
 * first move (lib/deferred-hydration.ts, rewriting the HTML file in place), then writes the SHA-256
 * of each of its inline scripts, by URL path, into .next/csp-hashes.json, which the server
 * (scripts/server.ts) serves as each page's policy. Running it twice changes nothing.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_MANIFEST, inlineScriptHashes, pagePathOf } from '../lib/csp';
import { deferHydration } from '../lib/deferred-hydration';

const APP = path.join('.next', 'server', 'app');

const pages: Record<string, string[]> = {};
let deferred = 0;
for (const file of readdirSync(APP, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html') || path.basename(file).startsWith('_')) continue;
  const filePath = path.join(APP, file);
  const built = readFileSync(filePath, 'utf8');
  const html = deferHydration(built);
  if (html !== built) {
    writeFileSync(filePath, html);
    deferred++;
  }
  pages[pagePathOf(file)] = inlineScriptHashes(html);
}
writeFileSync(CSP_MANIFEST, JSON.stringify(pages));
const counts = Object.values(pages).map((hashes) => hashes.length);
console.log(
  `Pages: deferred the hydration of ${deferred} static pages; hashed their inline scripts (${Math.min(...counts)}-${Math.max(...counts)} each) into ${CSP_MANIFEST}`,
);
