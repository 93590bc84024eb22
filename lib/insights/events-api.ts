import { z } from 'zod';
import type { RateLimitResult } from '../support/rate-limit';
import { optedOut } from './privacy';
import { redactQuery } from './redact';
import type { SearchEvent } from './store';
import { type ApiErrorBody, errorAnswer } from '../api-error';

/** A beacon is a few hundred bytes; anything much larger is not one. */
export const MAX_EVENT_BYTES = 2048;

const eventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('search'),
    id: z.uuid(),
    locale: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/),
    query: z.string().min(1).max(500),
    results: z.number().int().min(0).max(1_000_000),
    source: z.enum(['page', 'instant']),
  }),
  z.strictObject({ type: z.literal('open'), id: z.uuid(), position: z.number().int().min(1).max(1000) }),
]);

export interface SearchEventsContext {
  locales: readonly string[];
  rateLimit: (client: string) => RateLimitResult;
  recordSearch: (event: SearchEvent) => Promise<void>;
  recordOpen: (id: string, position: number) => Promise<void>;
}

export interface EventsAnswer {
  status: number;
  body?: ApiErrorBody;
}

/**
 * POST /api/search-events, the instant box's and the results page's beacon. Nothing is recorded for a
 * browser that opted out, and a query the redactor drops is dropped silently: both answer 204, like a
 * recorded event, so the answer tells nothing about what was kept.
 */
export async function searchEventsApi(
  raw: { body: string | null; headers: Pick<Headers, 'get'>; client: string },
  context: SearchEventsContext,
): Promise<EventsAnswer> {
  if (optedOut(raw.headers)) return { status: 204 };
  if (raw.body === null) return error(413, 'too_large', `an event is at most ${MAX_EVENT_BYTES} bytes`);
  const limited = context.rateLimit(raw.client);
  if (!limited.ok) return error(429, 'rate_limited', 'too many events; try again later');
  let data: unknown;
  try {
    data = JSON.parse(raw.body);
  } catch {
    return error(400, 'malformed_json', 'the body is not JSON');
  }
  const parsed = eventSchema.safeParse(data);
  if (!parsed.success) return error(400, 'invalid_event', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'event'}: ${issue.message}`).join('; '));
  const event = parsed.data;
  try {
    if (event.type === 'open') {
      await context.recordOpen(event.id, event.position);
      return { status: 204 };
    }
    if (!context.locales.includes(event.locale)) return error(400, 'invalid_event', `locale must be one of ${context.locales.join(', ')}`);
    const query = redactQuery(event.query);
    if (query !== null) await context.recordSearch({ id: event.id, locale: event.locale, query, results: event.results, source: event.source });
    return { status: 204 };
  } catch {
    // Insights are best effort: a database that is down loses a beacon, never a page.
    return error(503, 'insights_unavailable', 'search insights are unavailable right now');
  }
}

function error(status: number, code: string, message: string): EventsAnswer {
  return errorAnswer(status, code, message);
}
