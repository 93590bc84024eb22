import { articlePath } from '../routes';
import { FORMAT_VERSION, type SearchIndexData, type SearchRecord } from './engine';
import { POSTING_FIELDS, type PostingEntry, type PostingField } from './postings';

/**
 * The browser's copy of a locale's index, in parts, as Pagefind splits its own: a manifest, fetched
 * when the search box is first used, holds what every search needs (the records that rank and show
 * results, the synonyms, the vocabulary for spelling) and a table of shards; each shard holds the
 * articles of a range of terms, and is fetched the first time a query needs one of its terms. The
 * whole index is too large to download at a few thousand articles, and the person's words must
 * stay on the device (the contact form searches a description that may hold a secret), so the
 * server cannot be asked instead.
 */
export interface BrowserIndexManifest {
  version: typeof FORMAT_VERSION;
  locale: string;
  /** Each category's slug and title, once, for the records to point to. */
  categories: [slug: string, title: string][];
  records: CompactRecord[];
  synonyms: string[][];
  vocabulary: string[];
  /** Per field, its shards in term order: the first term each holds ('' for the first shard) and its file, beside the manifest. */
  shards: Record<PostingField, [first: string, file: string][]>;
}

/** A search record without its text (snippets are the server's), as an array: names repeated two thousand times weigh. */
type CompactRecord = [slug: string, title: string, category: number, description: string, headings: string[], tags: string[], promoted: 0 | 1];

export interface Shard {
  file: string;
  /** JSON: the field's map entries of a run of terms, each bucket written as gaps (see toGaps). */
  body: string;
}

/**
 * How large a shard grows before the next one starts, in bytes of JSON (3 to 6 KiB gzipped).
 * Measured at 2,000 articles per locale (npm run bench:index): 16 KiB keeps a first query under
 * 250 KiB with the manifest and a later one near 25 KiB; 64 KiB costs a third more for half the requests.
 */
export const SHARD_TARGET_BYTES = 16 * 1024;

/**
 * Splits an exported index into its manifest and shards: each field's terms in code-unit order,
 * cut into runs of about `targetBytes`. `name` gives each shard its file name (a hash of the body
 * lets it be cached for good).
 */
export function shardIndex(data: SearchIndexData, name: (field: PostingField, body: string) => string, targetBytes = SHARD_TARGET_BYTES): { manifest: BrowserIndexManifest; shards: Shard[] } {
  const shards: Shard[] = [];
  const table = {} as BrowserIndexManifest['shards'];
  for (const field of POSTING_FIELDS) {
    table[field] = [];
    const entries = exportedEntries(data, field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // Each entry is serialised once: its JSON both measures the run and becomes part of the body.
    let run: string[] = [];
    let first = '';
    let size = 0;
    const close = () => {
      const body = `[${run.join(',')}]`;
      const file = name(field, body);
      table[field].push([table[field].length === 0 ? '' : first, file]);
      shards.push({ file, body });
      run = [];
      size = 0;
    };
    for (const [term, buckets] of entries) {
      if (run.length === 0) first = term;
      const entry = JSON.stringify([term, buckets.map(toGaps)] satisfies PostingEntry);
      run.push(entry);
      size += entry.length + 1;
      if (size >= targetBytes) close();
    }
    if (run.length > 0 || table[field].length === 0) close();
  }
  const categories = [...new Map(data.records.map((record) => [record.category, record.categoryTitle]))];
  const categoryNumber = new Map(categories.map(([slug], number) => [slug, number]));
  const records = data.records.map(
    (record): CompactRecord => [record.slug, record.title, categoryNumber.get(record.category)!, record.description, record.headings, record.tags, record.promoted ? 1 : 0],
  );
  return {
    manifest: { version: FORMAT_VERSION, locale: data.locale, categories, records, synonyms: data.synonyms, vocabulary: data.vocabulary, shards: table },
    shards,
  };
}

/** Every map entry FlexSearch exported for a field (in one or more chunks: text.1.map, text.2.map). */
function exportedEntries(data: SearchIndexData, field: PostingField): PostingEntry[] {
  const chunk = new RegExp(`^${field}\\.\\d+\\.map$`);
  return Object.entries(data.index)
    .filter(([key]) => chunk.test(key))
    .flatMap(([, value]) => JSON.parse(value) as PostingEntry[]);
}

/**
 * A bucket's article numbers (ascending, as FlexSearch adds them) written as the gaps between them:
 * small numbers take fewer digits, a third less gzipped. An empty bucket stays null, as exported.
 */
export const toGaps = (ids: number[] | null): number[] | null => ids && ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!));

/** A shard's entries as FlexSearch exported them, from the gaps a shard file holds. */
export function fromGaps(entries: PostingEntry[]): PostingEntry[] {
  return entries.map(([term, buckets]) => [
    term,
    buckets.map((gaps) => {
      if (!gaps) return gaps;
      const ids = new Array<number>(gaps.length);
      let id = 0;
      for (let i = 0; i < gaps.length; i++) ids[i] = id += gaps[i]!;
      return ids;
    }),
  ]);
}

/** The search records a manifest stands for: the server's, without the text. */
export function manifestRecords(manifest: BrowserIndexManifest): SearchRecord[] {
  return manifest.records.map(([slug, title, category, description, headings, tags, promoted]) => ({
    slug,
    title,
    url: articlePath(manifest.locale, slug),
    category: manifest.categories[category]![0],
    categoryTitle: manifest.categories[category]![1],
    description,
    headings,
    tags,
    text: '',
    promoted: promoted === 1,
  }));
}

/** The file of the shard that holds `term` (whether or not it exists): the last whose first term is not after it. */
export function shardOf(table: [first: string, file: string][], term: string): string {
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (table[middle]![0] <= term) low = middle;
    else high = middle - 1;
  }
  return table[low]![1];
}
