import type { Database } from './database';
import { openDatabase } from './open';

/** After a failed open, how long requests are answered "unavailable" before the next attempt. */
const RETRY_AFTER_MS = 15_000;

let opening: Promise<Database> | null = null;
let failedAt = 0;

/**
 * The site's one database connection, opened on first use (DATABASE_URL, else the embedded database in
 * HELP_DATA_DIR or .data/pglite). Rejects while the database cannot be reached; callers answer
 * "unavailable right now" and the rest of the site is unaffected.
 */
export function getDatabase(): Promise<Database> {
  if (opening) return opening;
  if (Date.now() - failedAt < RETRY_AFTER_MS) return Promise.reject(new Error('database unavailable'));
  opening = openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.HELP_DATA_DIR || undefined }).catch((error) => {
    opening = null;
    failedAt = Date.now();
    console.error(`database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  });
  return opening;
}
