import pg from 'pg';
import type { Database } from './database';

/** A PostgreSQL server through a small pool; `DATABASE_URL` names it. */
export function openPostgres(connectionString: string, { max = 10 } = {}): Database {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection (a server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    query: async <Row,>(sql: string, params: readonly unknown[] = []) => (await pool.query(sql, [...params])).rows as Row[],
    exec: async (sql) => {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      const tx: Database = {
        kind: 'postgres',
        query: async <Row,>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, [...params])).rows as Row[],
        exec: async (sql) => {
          await client.query(sql);
        },
        transaction: (inner) => inner(tx),
        close: async () => {},
      };
      try {
        await client.query('BEGIN');
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
