import { z } from 'zod';
import type { SearchIndex } from './engine';
import { SearchUnavailableError } from './index-data';
import { atMostUnits } from '../text-length';
import { MAX_LIMIT, MAX_QUERY_LENGTH } from './limits';
import { type ApiErrorBody, errorAnswer } from '../api-error';

const DEFAULT_LIMIT = 10;

export interface SearchApiContext {
  locales: readonly string[];
  defaultLocale: string;
  categories: (locale: string) => readonly string[];
  index: (locale: string) => SearchIndex;
}

export interface ApiAnswer {
  status: number;
  body: SearchResponse | ApiErrorBody;
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
  q: z.string().refine(atMostUnits(MAX_QUERY_LENGTH), { error: `q must be at most ${MAX_QUERY_LENGTH} characters` }).default(''),
  locale: z.string().optional(),
  category: z.string().optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
    .transform(Number)
    .refine((limit) => limit >= 1 && limit <= MAX_LIMIT, { error: `limit must be a whole number from 1 to ${MAX_LIMIT}` })
    .optional(),
});

const ERROR_CODES: Record<string, SearchParamsError> = { q: 'query_too_long', limit: 'invalid_limit' };

export type SearchParamsError = 'query_too_long' | 'invalid_limit' | 'unknown_locale' | 'unknown_category' | 'invalid_parameter';

/** A search as asked for, every parameter checked: the query cleaned of control characters. */
export interface SearchRequest {
  query: string;
  locale: string;
  category?: string;
  limit: number;
}

export type SearchParamsReading = { ok: true; request: SearchRequest } | { ok: false; code: SearchParamsError; message: string };

/**
 * The one reading of search parameters (q, locale, category, limit), for the API, the CLI and the
 * results page alike: the first value of each, limits checked, locale and category known.
 */
export function readSearchParams(
  params: URLSearchParams,
  context: Pick<SearchApiContext, 'locales' | 'defaultLocale' | 'categories'>,
  defaultLimit = DEFAULT_LIMIT,
): SearchParamsReading {
  const parsed = paramsSchema.safeParse(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.get(key)])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, code: ERROR_CODES[String(issue.path[0] ?? '')] ?? 'invalid_parameter', message: issue.message };
  }
  const { q, category, limit = defaultLimit } = parsed.data;
  const locale = parsed.data.locale ?? context.defaultLocale;
  if (!context.locales.includes(locale)) return { ok: false, code: 'unknown_locale', message: `locale must be one of ${context.locales.join(', ')}` };
  if (category && !context.categories(locale).includes(category)) {
    return { ok: false, code: 'unknown_category', message: `category must be one of ${context.categories(locale).join(', ')}` };
  }
  return { ok: true, request: { query: cleanQuery(q), locale, limit, ...(category ? { category } : {}) } };
}

/** The index of a locale, or null (logged) when it cannot be loaded: search is then unavailable, not broken. */
export function loadIndex(context: Pick<SearchApiContext, 'index'>, locale: string): SearchIndex | null {
  try {
    return context.index(locale);
  } catch (error) {
    if (!(error instanceof SearchUnavailableError)) throw error;
    console.error(`Search unavailable: ${error.message}`);
    return null;
  }
}

/**
 * GET /api/search and the CLI share this: validate every parameter, then search. Any input gets a
 * 200 or a 400 with a typed error, and a missing or broken index a 503, never an exception.
 */
export function searchApi(params: URLSearchParams, context: SearchApiContext): ApiAnswer {
  const reading = readSearchParams(params, context);
  if (!reading.ok) return badRequest(reading.code, reading.message);
  const { query, locale, category, limit } = reading.request;
  if (!query) return { status: 200, body: { query, locale, total: 0, results: [] } };
  const index = loadIndex(context, locale);
  if (!index) return errorAnswer(503, 'search_unavailable', 'Search is unavailable right now; try again in a few minutes.');
  const result = index.search(query, { category, limit });
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
  return errorAnswer(400, code, message);
}
