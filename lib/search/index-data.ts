import { z } from 'zod';
import { FORMAT_VERSION, type SearchIndexData } from './engine';

/**
 * The search index file as the server reads it: checked field by field, so a missing, stale,
 * truncated or hand-edited file is a clear "search is unavailable" instead of a crash somewhere
 * inside FlexSearch.
 */
const recordSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  url: z.string().startsWith('/'),
  category: z.string(),
  categoryTitle: z.string(),
  description: z.string(),
  headings: z.array(z.string()),
  tags: z.array(z.string()),
  text: z.string(),
  promoted: z.boolean(),
});

const indexSchema = z.strictObject({
  version: z.literal(FORMAT_VERSION, { error: `the index format is not ${FORMAT_VERSION}: rebuild it with npm run build:content` }),
  locale: z.string(),
  records: z.array(recordSchema),
  synonyms: z.array(z.array(z.string())),
  vocabulary: z.array(z.string()),
  index: z.record(z.string(), z.string()),
});

/** Search cannot answer: the index of a locale is missing or unreadable. The message says why, for the log. */
export class SearchUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SearchUnavailableError';
  }
}

/** The index data from a file's text, or a SearchUnavailableError naming the file, the field and the reason. */
export function readSearchIndexData(text: string, file: string, locale: string): SearchIndexData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SearchUnavailableError(`${file}: not JSON (a truncated or unfinished build?)`);
  }
  const parsed = indexSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SearchUnavailableError(`${file}: ${issue.path.join('.') || 'index'}: ${issue.message}`);
  }
  if (parsed.data.locale !== locale) throw new SearchUnavailableError(`${file}: holds the ${parsed.data.locale} index, not ${locale}`);
  return parsed.data;
}
