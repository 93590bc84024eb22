import type { AdminAccess } from '../admin/access';
import { type InsightsReport, parseSince } from './report';
import { type ApiErrorBody, errorAnswer } from '../api-error';

export const DEFAULT_SINCE = '30d';
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;

export interface InsightsQuery {
  since: Date;
  locale?: string;
  limit: number;
}

export type QueryReading = { ok: true; query: InsightsQuery } | { ok: false; field: 'since' | 'locale' | 'limit'; message: string };

/**
 * The report's filters from a URL (`?since=30d&locale=zh&limit=20`), shared by the admin page and its
 * JSON twin, and the same words `npm run report` takes. Empty values mean the defaults.
 */
export function readInsightsQuery(params: URLSearchParams, locales: readonly string[], now: Date): QueryReading {
  const since = parseSince(params.get('since') || DEFAULT_SINCE, now);
  if (!since) return { ok: false, field: 'since', message: 'since is a number of days or hours (30d, 12h) or a date (2026-11-01)' };
  const locale = params.get('locale') || undefined;
  if (locale !== undefined && !locales.includes(locale)) return { ok: false, field: 'locale', message: `locale is one of ${locales.join(', ')}` };
  const limitText = params.get('limit') || String(DEFAULT_LIMIT);
  const limit = /^\d{1,4}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT)) return { ok: false, field: 'limit', message: `limit is a whole number from 1 to ${MAX_LIMIT}` };
  return { ok: true, query: { since, limit, ...(locale ? { locale } : {}) } };
}

/** What the report shows when nothing is asked for: the last 30 days, every locale. */
export function defaultInsightsQuery(now: Date): InsightsQuery {
  return { since: parseSince(DEFAULT_SINCE, now)!, limit: DEFAULT_LIMIT };
}

export interface InsightsApiContext {
  access: AdminAccess;
  locales: readonly string[];
  now: Date;
  report: (query: InsightsQuery) => Promise<InsightsReport>;
}

export interface InsightsAnswer {
  status: number;
  body: InsightsReport | ApiErrorBody;
}

/**
 * GET /admin/insights.json: the report `npm run report -- --json` prints, for a request that holds
 * the admin token (lib/admin/access.ts). Anyone else, and everyone while ADMIN_TOKEN is unset, gets
 * a 404. A database that cannot answer is a 503, never a stack trace.
 */
export async function insightsApi(params: URLSearchParams, context: InsightsApiContext): Promise<InsightsAnswer> {
  if (context.access !== 'granted') return error(404, 'not_found', 'There is nothing here.');
  const reading = readInsightsQuery(params, context.locales, context.now);
  if (!reading.ok) return error(400, `invalid_${reading.field}`, reading.message);
  try {
    return { status: 200, body: await context.report(reading.query) };
  } catch (failure) {
    console.error(`Insights: report failed (${failure instanceof Error ? failure.name : typeof failure})`);
    return error(503, 'insights_unavailable', 'The insights database cannot answer right now; try again later.');
  }
}

function error(status: number, code: string, message: string): InsightsAnswer {
  return errorAnswer(status, code, message);
}
