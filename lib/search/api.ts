import { z } from 'zod';
import type { SearchIndex } from './engine';
import { MAX_LIMIT, MAX_QUERY_LENGTH } from './limits';

const DEFAULT_LIMIT = 10;

export interface SearchApiContext {
  locales: readonly string[];
  defaultLocale: string;
  categories: (locale: string) => readonly string[];
  index: (locale: string) => SearchIndex;
}

export interface ApiAnswer {
  status: number;
  body: SearchResponse | { error: { code: string; message: string } };
}

export interface SearchResponse {
  query: string;
  locale: string;
  total: number;
  results: { slug: string; title: string; url: string; category: string; snippet: string }[];
  /** Present when a misspelling was corrected to find the results. */
  correctedQuery?: string;
}

/** Control characters never help a search and must never reach the output. */
export const cleanQuery = (value: string) => value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim();

const paramsSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, { error: `q must be at most ${MAX_QUERY_LENGTH} characters` }).default(''),
  locale: z.string().optional(),
  category: z.string().optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
    .transform(Number)
    .refine((limit) => limit >= 1 && limit <= MAX_LIMIT, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
    .optional(),
});

const ERROR_CODES: Record<string, string> = { q: 'query_too_long', limit: 'invalid_limit' };

/**
 * GET /api/search and the CLI share this: validate every parameter, then search. Any input gets a
 * 200 or a 400 with a typed error, never an exception.
 */
export function searchApi(params: URLSearchParams, context: SearchApiContext): ApiAnswer {
  const parsed = paramsSchema.safeParse(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.get(key)])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    return badRequest(ERROR_CODES[field] ?? 'invalid_parameter', issue.message);
  }
  const { q, category, limit = DEFAULT_LIMIT } = parsed.data;
  const locale = parsed.data.locale ?? context.defaultLocale;
  if (!context.locales.includes(locale)) {
    return badRequest('unknown_locale', `locale must be one of ${context.locales.join(', ')}`);
  }
  if (category !== undefined && !context.categories(locale).includes(category)) {
    return badRequest('unknown_category', `category must be one of ${context.categories(locale).join(', ')}`);
  }
  const query = cleanQuery(q);
  if (!query) return { status: 200, body: { query, locale, total: 0, results: [] } };
  const result = context.index(locale).search(query, { category, limit });
  return {
    status: 200,
    body: {
      query,
      locale,
      total: result.total,
      results: result.hits.map(({ record, snippet }) => ({
        slug: record.slug,
        title: record.title,
        url: record.url,
        category: record.category,
        snippet,
      })),
      ...(result.correctedQuery ? { correctedQuery: result.correctedQuery } : {}),
    },
  };
}

function badRequest(code: string, message: string): ApiAnswer {
  return { status: 400, body: { error: { code, message } } };
}
