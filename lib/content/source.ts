import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Catalog, createCatalog } from './catalog';
import { compiledContentSchema } from './compiled';
import { processSingleton } from '../process-singleton';

/**
 * The one entry point the app uses to read content. `npm run build` compiles `content/` (or
 * HELP_CONTENT_DIR) into this file first; pages are then generated from it.
 */
export const COMPILED_CONTENT_FILE = path.join('.generated', 'content.json');

/**
 * Read once per process, and shared by every bundle and by our server (scripts/server.ts), which
 * reads it too: each copy of this module would otherwise parse the whole file again.
 */
export function getCatalog(): Catalog {
  return processSingleton('catalog', () => createCatalog(readCompiledContent()));
}

function readCompiledContent() {
  const file = path.join(process.cwd(), COMPILED_CONTENT_FILE);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${COMPILED_CONTENT_FILE} is missing: run "npm run build:content" (or "npm run build") first.`);
  }
  return compiledContentSchema.parse(JSON.parse(raw));
}

/**
 * Article pages built ahead per locale unless HELP_PREBUILT_ARTICLES says otherwise (see the article
 * page): more than the sample's 84, so a help center of its size is built whole. Past that, each page
 * costs every build about 26 ms, and one left out costs its first reader about 40 ms, once.
 */
export const DEFAULT_PREBUILT_ARTICLES = 100;

export function prebuiltArticlesPerLocale(value = process.env.HELP_PREBUILT_ARTICLES): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PREBUILT_ARTICLES;
  if (!/^\d+$/.test(value.trim())) throw new Error(`HELP_PREBUILT_ARTICLES must be a whole number of articles per locale, not "${value}".`);
  return Number(value.trim());
}
