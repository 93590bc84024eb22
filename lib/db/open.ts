import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './database';
import { migrate, readMigrations } from './migrate';
import { claimDataDir } from './owner-lock';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** Where the migrations live, and where the embedded database keeps its data unless HELP_DATA_DIR says otherwise. */
export const MIGRATIONS_DIR = path.join(process.cwd(), 'migrations');
export const DEFAULT_DATA_DIR = path.join(process.cwd(), '.data', 'pglite');

export interface OpenOptions {
  /** A PostgreSQL connection string; without it the embedded database is used. */
  databaseUrl?: string;
  /** The embedded database's folder; `memory` keeps it in memory (tests). */
  dataDir?: string;
}

/**
 * Opens the database the environment names and brings its schema up to date: PostgreSQL when
 * DATABASE_URL is set, otherwise PGlite in a folder this process then owns.
 */
export async function openDatabase({ databaseUrl, dataDir = DEFAULT_DATA_DIR }: OpenOptions = {}): Promise<Database> {
  let db: Database;
  if (databaseUrl) {
    db = openPostgres(databaseUrl);
  } else if (dataDir === 'memory') {
    db = await openPglite();
  } else {
    const release = claimDataDir(dataDir);
    try {
      // PGlite leaves its postmaster.pid (always the fake pid -42) when its process is killed, and then
      // aborts on the next open. This process owns the folder now, so any such file is stale.
      rmSync(path.join(dataDir, 'postmaster.pid'), { force: true });
      const embedded = await openPglite(dataDir);
      db = { ...embedded, close: () => embedded.close().finally(release) };
    } catch (error) {
      release();
      throw error;
    }
  }
  try {
    await migrate(db, await readMigrations(MIGRATIONS_DIR));
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
