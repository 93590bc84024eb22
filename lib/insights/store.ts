import type { Database, Queryable } from '../db/database';

export type SearchSource = 'page' | 'instant';

export interface SearchEvent {
  id: string;
  locale: string;
  /** Already redacted (./redact): never a query as typed. */
  query: string;
  results: number;
  source: SearchSource;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** One search; the same id twice (a beacon sent again) is one search. */
export async function recordSearch(db: Queryable, event: SearchEvent, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO search_events (id, day, locale, query, results, source, searched_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
    [event.id, day(now), event.locale, event.query, event.results, event.source, now.toISOString()],
  );
}

/** The first result opened from a search, by its position (1 = top); later opens do not move it. */
export async function recordOpen(db: Queryable, id: string, position: number): Promise<void> {
  await db.query('UPDATE search_events SET opened_position = $2 WHERE id = $1 AND opened_position IS NULL', [id, position]);
}

/**
 * Folds raw events older than `keepDays` into daily counts per query and deletes them, in one
 * transaction, so a count is never lost or counted twice. Returns how many events were folded.
 */
export async function rollUpSearches(db: Database, { keepDays, now }: { keepDays: number; now: Date }): Promise<number> {
  const cutoff = day(new Date(now.getTime() - keepDays * 86_400_000));
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO search_daily (day, locale, query, searches, zero_results, opened)
       SELECT day, locale, query, count(*), count(*) FILTER (WHERE results = 0), count(opened_position)
         FROM search_events WHERE day < $1::date GROUP BY day, locale, query
       ON CONFLICT (day, locale, query) DO UPDATE
         SET searches = search_daily.searches + excluded.searches,
             zero_results = search_daily.zero_results + excluded.zero_results,
             opened = search_daily.opened + excluded.opened`,
      [cutoff],
    );
    const [deleted] = await tx.query<{ n: number }>(
      'WITH gone AS (DELETE FROM search_events WHERE day < $1::date RETURNING 1) SELECT count(*)::int AS n FROM gone',
      [cutoff],
    );
    return deleted?.n ?? 0;
  });
}

export interface QueryCount {
  locale: string;
  query: string;
  count: number;
}

export interface SearchReport {
  top: QueryCount[];
  zeroResults: QueryCount[];
  /** Searches that found results of which none was ever opened. */
  noClick: QueryCount[];
  /** Per day: searches and the share that found nothing, for the chart. */
  daily: { day: string; searches: number; zeroResultRate: number }[];
}

/** What writers read: raw events and rolled-up days together, since `since`, optionally for one locale. */
export async function searchReport(
  db: Queryable,
  { since, locale, limit = 20 }: { since: Date; locale?: string; limit?: number },
): Promise<SearchReport> {
  const all = `
    SELECT day, locale, query, 1 AS searches, (results = 0)::int AS zero_results, (opened_position IS NOT NULL)::int AS opened
      FROM search_events WHERE day >= $1::date AND ($2::text IS NULL OR locale = $2)
    UNION ALL
    SELECT day, locale, query, searches, zero_results, opened
      FROM search_daily WHERE day >= $1::date AND ($2::text IS NULL OR locale = $2)`;
  const filters = [day(since), locale ?? null];
  const ranked = (having: string, measure: string) =>
    db.query<QueryCount>(
      `SELECT locale, query, sum(${measure})::int AS count FROM (${all}) e
        GROUP BY locale, query HAVING ${having}
        ORDER BY count DESC, locale, query LIMIT $3`,
      [...filters, limit],
    );
  // One at a time: a PGlite connection runs one query at a time anyway, and a pool is not starved.
  const top = await ranked('sum(searches) > 0', 'searches');
  const zeroResults = await ranked('sum(zero_results) > 0', 'zero_results');
  const noClick = await ranked('sum(opened) = 0 AND sum(zero_results) < sum(searches)', 'searches - zero_results');
  const daily = await db.query<{ day: string; searches: number; zero: number }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(searches)::int AS searches, sum(zero_results)::int AS zero
       FROM (${all}) e GROUP BY day ORDER BY day`,
    filters,
  );
  return {
    top,
    zeroResults,
    noClick,
    daily: daily.map((row) => ({ day: row.day, searches: row.searches, zeroResultRate: row.searches ? row.zero / row.searches : 0 })),
  };
}
