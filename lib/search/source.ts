import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCatalog } from '../content/source';
import type { SearchApiContext } from './api';
import { type SearchIndexData, SearchIndex } from './engine';

/** Where the build writes each locale's index: the server's copy (with text for snippets) and the browser's. */
export const SERVER_INDEX_DIR = path.join('.generated', 'search');
export const BROWSER_INDEX_DIR = path.join('public', 'search');
export const browserIndexUrl = (locale: string) => `/search/${locale}.json`;
/** The guided flows the instant box may offer, beside the browser's index: a few hundred bytes. */
export const browserFlowsUrl = (locale: string) => `/search/${locale}.flows.json`;
export const browserFlowsFile = (locale: string) => path.join(BROWSER_INDEX_DIR, `${locale}.flows.json`);

const loaded = new Map<string, SearchIndex>();

/** The server's search index for a locale, read once per process. */
export function getSearchIndex(locale: string): SearchIndex {
  let index = loaded.get(locale);
  if (!index) {
    const file = path.join(process.cwd(), SERVER_INDEX_DIR, `${locale}.json`);
    index = SearchIndex.load(JSON.parse(readFileSync(file, 'utf8')) as SearchIndexData);
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
