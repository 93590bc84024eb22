import { getDatabase } from '../db/server';
import { processSingleton } from '../process-singleton';
import { createRateLimiter } from '../support/rate-limit';
import type { Database } from '../db/database';
import { recordOpen, recordSearch, rollUpSearches } from './store';
import { type InsightsReport, buildReport } from './report';

/** A person typing and clicking sends a few events a minute; a script sends thousands. */
const eventLimiter = processSingleton('search-event-limiter', () => createRateLimiter({ limit: 120, windowMs: 60_000, maxClients: 10_000 }));

/** Raw search events are kept this many days (INSIGHTS_KEEP_DAYS, default 30), then folded into daily counts. */
export const keepDays = () => {
  const days = Number(process.env.INSIGHTS_KEEP_DAYS);
  return Number.isInteger(days) && days > 0 ? days : 30;
};
const ROLL_UP_EVERY_MS = 6 * 60 * 60 * 1000;
const rollUps = processSingleton('search-roll-ups', () => ({ timer: undefined as ReturnType<typeof setInterval> | undefined }));

/** The database, with the roll-up started on first use and repeated every six hours. */
async function insightsDatabase(): Promise<Database> {
  const db = await getDatabase();
  if (!rollUps.timer) {
    const rollUp = () => void rollUpSearches(db, { keepDays: keepDays(), now: new Date() }).catch(() => {});
    rollUps.timer = setInterval(rollUp, ROLL_UP_EVERY_MS);
    rollUps.timer.unref();
    rollUp();
  }
  return db;
}

export function searchEventsContext(locales: readonly string[]) {
  return {
    locales,
    rateLimit: (client: string) => eventLimiter.take(client),
    recordSearch: async (event: Parameters<typeof recordSearch>[1]) => recordSearch(await insightsDatabase(), event, new Date()),
    recordOpen: async (id: string, position: number) => recordOpen(await insightsDatabase(), id, position),
  };
}

/** The writers' report from the site's own database, for the admin page and its JSON twin. */
export async function readReport(query: { since: Date; locale?: string; limit: number }): Promise<InsightsReport> {
  return buildReport(await insightsDatabase(), query);
}
