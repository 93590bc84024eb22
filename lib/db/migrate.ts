import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './database';

export interface Migration {
  /** The file name, e.g. 001_article_votes.sql; applied in name order, each once. */
  name: string;
  sql: string;
}

/** The SQL files of a migrations folder, in the order they apply. */
export async function readMigrations(dir: string): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ name, sql: await readFile(path.join(dir, name), 'utf8') })));
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction with its
 * record, so a failed one leaves nothing half done. An advisory lock makes two instances starting at
 * once take turns instead of both applying the same file. Returns the names applied now.
 */
export async function migrate(db: Database, migrations: readonly Migration[]): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(727274)');
      const [seen] = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [migration.name]);
      if (seen) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
