import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCatalog } from '../content/source';
import { processSingleton } from '../process-singleton';
import type { SearchApiContext } from './api';
import { SearchIndex } from './engine';
import { SearchUnavailableError, readSearchIndexData } from './index-data';

/**
 * Where the build writes each locale's index: the server's copy (with text for snippets), and the
 * browser's, a manifest at browserIndexUrl with its shards in a folder beside it (lib/search/shards.ts).
 */
export const SERVER_INDEX_DIR = path.join('.generated', 'search');
export const BROWSER_INDEX_DIR = path.join('public', 'search');
export const browserIndexUrl = (locale: string) => `/search/${locale}.json`;
/** The guided flows the instant box may offer, beside the browser's index: a few hundred bytes. */
export const browserFlowsUrl = (locale: string) => `/search/${locale}.flows.json`;
export const browserFlowsFile = (locale: string) => path.join(BROWSER_INDEX_DIR, `${locale}.flows.json`);

/**
 * Shared by every bundle of the process and by our server, which renders the results page's body
 * itself (scripts/lib/results-shell.ts): each copy of this module would otherwise read its own
 * (at 2,000 articles a locale, about 200 MB more for the server's second copy).
 */
const loaded = processSingleton('search-indexes', () => new Map<string, SearchIndex>());

/**
 * The server's search index for a locale, read once per process (see `loaded`). A missing or broken file throws
 * SearchUnavailableError (the API answers 503, the results page says search is unavailable) and is
 * read again on the next search, so a fixed file is picked up without a restart.
 */
export function getSearchIndex(locale: string): SearchIndex {
  let index = loaded.get(locale);
  if (!index) {
    const file = path.join(SERVER_INDEX_DIR, `${locale}.json`);
    let text: string;
    try {
      text = readFileSync(path.join(process.cwd(), file), 'utf8');
    } catch (error) {
      throw new SearchUnavailableError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): run npm run build:content`);
    }
    try {
      index = SearchIndex.load(readSearchIndexData(text, file, locale));
    } catch (error) {
      throw error instanceof SearchUnavailableError ? error : new SearchUnavailableError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    loaded.set(locale, index);
  }
  return index;
}

/** What the API and the CLI search with: the built content's locales and categories, and these indexes. */
export function searchApiContext(): SearchApiContext {
  const catalog = getCatalog();
  return {
    locales: catalog.locales,
    defaultLocale: catalog.defaultLocale,
    categories: (locale) => catalog.categories(locale).map((category) => category.slug),
    index: getSearchIndex,
  };
}
