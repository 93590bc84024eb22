/**
 * npm run bench:http [-- --connections 50 --duration 20 --json]
 *
 * The production server under load, the way an incident spike hits it: builds the site if needed,
 * starts it (scripts/server.ts, on a throwaway database), and drives it with autocannon on four kinds
 * of request, one after the other: article pages, the results page, GET /api/search and flow steps,
 * each cycling through English and Chinese addresses. Prints requests/s, p50/p99 latency, errors and
 * non-2xx answers (which must be zero), the ratios to the API, and what a page weighs: its HTML raw
 * and gzipped, as a browser asking for gzip receives it. The results page runs three times: from the
 * server's cache, rendered every time (its body into the page's shell), and rendered whole by Next
 * (RESULTS_SHELL=0), as a client-side navigation is and every load was before the shell.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { articlePath, flowPath, searchPath } from '../lib/routes';
import { ensureBuild, startServer, stop, waitFor } from './lib/server-process';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '20' },
    port: { type: 'string', default: '3900' },
    json: { type: 'boolean', default: false },
  },
});
const base = `http://127.0.0.1:${values.port}`;

/** What a spike looks like: the same few questions, asked in both languages. */
const QUERIES = [
  ['en', 'withdrawal delayed'],
  ['zh', '提现延迟'],
  ['en', 'reset password'],
  ['zh', '忘记密码'],
  ['en', 'deposit not arrived'],
  ['zh', '充值没到账'],
  ['en', 'how do I verify my identity'],
  ['zh', '身份认证失败'],
] as const;

const TARGETS: { name: string; paths: string[] }[] = [
  { name: 'article', paths: ['reset-password', 'withdrawal-pending-or-missing', 'deposit-not-arrived', 'enable-2fa'].flatMap((slug) => ['en', 'zh'].map((locale) => articlePath(locale, slug))) },
  { name: 'results page', paths: QUERIES.map(([locale, query]) => searchPath(locale, query)) },
  { name: 'api', paths: QUERIES.map(([locale, query]) => `/api/search?${new URLSearchParams({ q: query, locale })}`) },
  { name: 'flow step', paths: [['forgot'], ['forgot', 'can-receive'], ['not-me']].flatMap((answers) => ['en', 'zh'].map((locale) => flowPath(locale, 'password-reset', answers))) },
];

ensureBuild();
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-http-'));
const runs: ({ name: string } & Awaited<ReturnType<typeof load>>)[] = [];
let weights: ({ name: string } & Awaited<ReturnType<typeof weigh>>)[] = [];
try {
  await withServer({}, async () => {
    weights = await Promise.all(TARGETS.map(async (target) => ({ name: target.name, ...(await weigh(target.paths)) })));
    for (const target of TARGETS) runs.push({ name: target.name, ...(await load(target.name, target.paths)) });
  });
  // The same results pages with the server's own cache of them off: what rendering one costs, made
  // from the page's shell (scripts/lib/results-shell.ts) and, as before it, rendered whole by Next.
  const results = TARGETS.find((target) => target.name === 'results page')!;
  const uncached = `${results.name}, no server cache`;
  const whole = `${results.name}, whole by Next`;
  await withServer({ RESULTS_CACHE_MB: '0' }, async () => {
    runs.splice(2, 0, { name: uncached, ...(await load(uncached, results.paths)) });
  });
  weights.push({ ...weights.find((weight) => weight.name === results.name)!, name: uncached });
  await withServer({ RESULTS_CACHE_MB: '0', RESULTS_SHELL: '0' }, async () => {
    weights.push({ name: whole, ...(await weigh(results.paths)) });
    runs.splice(3, 0, { name: whole, ...(await load(whole, results.paths)) });
  });
  const api = runs.find((run) => run.name === 'api')!.requestsPerSecond;
  const report = runs.map((run) => ({ ...run, vsApi: round(run.requestsPerSecond / api, 2), ...weights.find((weight) => weight.name === run.name)! }));
  if (values.json) console.log(JSON.stringify({ connections: Number(values.connections), durationSeconds: Number(values.duration), targets: report }, null, 2));
  else printTable(report);
  if (report.some((run) => run.errors + run.timeouts + run.non2xx > 0)) {
    console.error('Some requests failed (errors, timeouts or non-2xx answers above).');
    process.exitCode = 1;
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

/** Runs `work` against a fresh server started with `env` (on the throwaway database), then stops it. */
async function withServer(env: Record<string, string>, work: () => Promise<void>): Promise<void> {
  const server = startServer({ port: Number(values.port), env: { HELP_DATA_DIR: path.join(dataDir, 'pglite'), DATABASE_URL: '', ...env } });
  try {
    await waitFor(`${base}/en`, server);
    await work();
  } finally {
    await stop(server);
  }
}

async function load(name: string, paths: string[]) {
  console.error(`${name}: ${values.connections} connections, ${values.duration} s`);
  // A warm-up pass, so the first renders and index loads are not part of the figures.
  for (const target of paths) await (await fetch(base + target)).arrayBuffer();
  const result = await autocannon({
    url: base,
    connections: Number(values.connections),
    duration: Number(values.duration),
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((target) => ({ method: 'GET' as const, path: target })),
  });
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** The mean size of the answers, raw and gzipped; Cache-Control as the first one carries it. */
async function weigh(paths: string[]) {
  let raw = 0;
  let gzipped = 0;
  let cacheControl = '';
  for (const target of paths) {
    const response = await fetch(base + target);
    const body = Buffer.from(await response.arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
    cacheControl ||= response.headers.get('cache-control') ?? '';
  }
  return { rawKiB: round(raw / paths.length / 1024, 1), gzipKiB: round(gzipped / paths.length / 1024, 1), cacheControl };
}

function printTable(report: { name: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; timeouts: number; non2xx: number; vsApi: number; rawKiB: number; gzipKiB: number; cacheControl: string }[]) {
  const rows = [
    ['target', 'req/s', 'vs api', 'p50 ms', 'p99 ms', 'errors', 'non-2xx', 'KiB', 'KiB gz', 'cache-control'],
    ...report.map((run) => [run.name, run.requestsPerSecond, `${run.vsApi}x`, run.p50Ms, run.p99Ms, run.errors + run.timeouts, run.non2xx, run.rawKiB, run.gzipKiB, run.cacheControl].map(String)),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  const weight = (name: string) => report.find((run) => run.name === name)!;
  console.log(`\nresults page vs api: ${weight('results page').vsApi}x requests/s (${weight('results page, no server cache').vsApi}x rendering every time; ${weight('results page, whole by Next').vsApi}x rendered whole by Next)`);
  console.log(`results page HTML vs an article's: ${round(weight('results page').rawKiB / weight('article').rawKiB, 2)}x raw, ${round(weight('results page').gzipKiB / weight('article').gzipKiB, 2)}x gzipped`);
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
