import type { Database } from './database';
import { processSingleton } from '../process-singleton';
import { openDatabase } from './open';

/** After a failed open, how long requests are answered "unavailable" before the next attempt. */
const RETRY_AFTER_MS = 15_000;

/** Shared by every bundle of the process: the database must be opened once (see process-singleton.ts). */
const state = processSingleton('database', () => ({ opening: null as Promise<Database> | null, failedAt: 0 }));

/**
 * The site's one database connection, opened on first use (DATABASE_URL, else the embedded database in
 * HELP_DATA_DIR or .data/pglite). Rejects while the database cannot be reached; callers answer
 * "unavailable right now" and the rest of the site is unaffected.
 */
export function getDatabase(): Promise<Database> {
  if (state.opening) return state.opening;
  if (Date.now() - state.failedAt < RETRY_AFTER_MS) return Promise.reject(new Error('database unavailable'));
  state.opening = openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.HELP_DATA_DIR || undefined }).then(closeOnSignal, (error) => {
    state.opening = null;
    state.failedAt = Date.now();
    console.error(`database unavailable: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  });
  return state.opening;
}

/**
 * PGlite keeps recent writes in memory until it is closed: a process killed without closing it loses
 * them and can leave the folder unreadable. So on SIGTERM or Ctrl-C the database is closed first. With
 * NEXT_MANUAL_SIG_HANDLE set (npm start, the tests), Next leaves the exit to us; without it, Next's own
 * handler races this one.
 */
function closeOnSignal(db: Database): Database {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void db
        .close()
        .catch(() => {})
        .finally(() => {
          if (process.env.NEXT_MANUAL_SIG_HANDLE) process.exit(signal === 'SIGINT' ? 130 : 143);
        });
    });
  }
  return db;
}
