import path from 'node:path';
import { loadContent } from '../../lib/content/load';
import { SearchIndex } from '../../lib/search/engine';
import { searchRecords } from '../../lib/search/records';

/** A search index per locale of the real knowledge base in content/, as the build makes them. */
export async function buildRealIndexes(): Promise<Map<string, SearchIndex>> {
  const { content } = await loadContent(path.join(import.meta.dirname, '../../content'));
  if (!content) throw new Error('content should be valid');
  return new Map(
    Object.keys(content.locales).map((locale) => [
      locale,
      SearchIndex.build(locale, searchRecords(content, locale), content.locales[locale]!.synonyms),
    ]),
  );
}
