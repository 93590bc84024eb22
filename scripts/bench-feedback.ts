/**
 * npm run bench:feedback [-- --database pglite|postgres --connections 50 --duration 20]
 *
 * Load on the vote route: starts the built site (run `npm run build` first) on a fresh database,
 * sends votes from many "browsers" (no cookie, so every vote is its own row) for the given time,
 * stops the site the way a process manager does (SIGTERM), then counts the rows. Prints JSON:
 * requests per second, latency, errors, and votes answered 200 vs votes found in the database. Any
 * difference is a lost vote. `--database postgres` needs DATABASE_URL (a database it may fill).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openDatabase } from '../lib/db/open';
import { startServer, stop, waitFor, warmUpVote } from './lib/server-process';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: 'pglite' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '20' },
    port: { type: 'string', default: '3700' },
  },
});
const postgres = values.database === 'postgres';
if (postgres && !process.env.DATABASE_URL) throw new Error('--database postgres needs DATABASE_URL');
const dataDir = postgres ? undefined : path.join(mkdtempSync(path.join(tmpdir(), 'bench-feedback-')), 'pglite');
const base = `http://127.0.0.1:${values.port}`;

if (postgres) {
  // Start from an empty table, so every row counted afterwards is a vote from this run.
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
  await db.query('DELETE FROM article_votes');
  await db.close();
}

const server = startServer({ port: Number(values.port), env: dataDir ? { HELP_DATA_DIR: dataDir, DATABASE_URL: '' } : {} });
try {
  await waitFor(`${base}/en`, server);
  // The first vote opens (and on PGlite creates) the database; it is not part of the measurement.
  await warmUpVote(base);

  const result = await autocannon({
    url: `${base}/api/feedback`,
    method: 'POST',
    connections: Number(values.connections),
    duration: Number(values.duration),
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'sec-fetch-site': 'same-origin' },
    body: 'locale=en&slug=reset-password&helpful=no&reason=unclear',
  });
  await stop(server);
  if (dataDir) await waitForRelease(dataDir);

  const db = await openDatabase({ databaseUrl: postgres ? process.env.DATABASE_URL : undefined, dataDir });
  const [row] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM article_votes');
  await db.close();
  const sent = result['2xx'];
  const counted = (row?.count ?? 0) - 1;
  console.log(
    JSON.stringify(
      {
        database: postgres ? 'postgres' : 'pglite',
        connections: result.connections,
        durationSeconds: result.duration,
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        votesAnswered200: sent,
        // The warm-up vote is in the table too.
        votesCounted: counted,
        lost: Math.max(0, sent - counted),
        // Votes still in flight when the measurement ended (at most one per connection): answered by the
        // site and stored, but after autocannon stopped counting.
        storedAfterTheMeasurement: Math.max(0, counted - sent),
      },
      null,
      2,
    ),
  );
} finally {
  await stop(server);
  if (dataDir) rmSync(path.dirname(dataDir), { recursive: true, force: true });
}

/** The site removes its claim on the embedded database once it has closed it (lib/db/owner-lock.ts). */
async function waitForRelease(dir: string): Promise<void> {
  for (let attempt = 0; attempt < 120 && existsSync(`${dir}.owner.pid`); attempt++) await new Promise((resolve) => setTimeout(resolve, 250));
}
