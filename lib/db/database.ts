/**
 * The little the app asks of a database, met by embedded PGlite and by a PostgreSQL server alike, so
 * the same SQL, migrations and tests run on both.
 */
export interface Queryable {
  /** One statement with $1, $2 … parameters; the rows it returns. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Several statements without parameters (a migration file). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
