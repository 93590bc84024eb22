/**
 * After `next build`: the SHA-256 of every inline script of every page built ahead, by URL path,
 * into .next/csp-hashes.json, which the server (scripts/server.ts) serves as each page's policy.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSP_MANIFEST, inlineScriptHashes, pagePathOf } from '../lib/csp';

const APP = path.join('.next', 'server', 'app');

const pages: Record<string, string[]> = {};
for (const file of readdirSync(APP, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html') || path.basename(file).startsWith('_')) continue;
  pages[pagePathOf(file)] = inlineScriptHashes(readFileSync(path.join(APP, file), 'utf8'));
}
writeFileSync(CSP_MANIFEST, JSON.stringify(pages));
const counts = Object.values(pages).map((hashes) => hashes.length);
console.log(`CSP: hashed the inline scripts of ${counts.length} static pages (${Math.min(...counts)}-${Math.max(...counts)} each) into ${CSP_MANIFEST}`);
