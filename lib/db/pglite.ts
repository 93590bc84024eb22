import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database } from './database';

/** PostgreSQL compiled to WebAssembly, in this process: in memory, or in a data folder this process owns (see ./owner-lock). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const db = await PGlite.create(dataDir);
  return wrap(db, () => db.close());
}

function wrap(db: PGlite | Transaction, close: () => Promise<void>): Database {
  return {
    kind: 'pglite',
    query: async <Row,>(sql: string, params: readonly unknown[] = []) => (await db.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) =>
      'transaction' in db ? db.transaction((tx) => work(wrap(tx, async () => {}))) : work(wrap(db, async () => {})),
    close,
  };
}
