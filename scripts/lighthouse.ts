/**
 * npm run lighthouse [-- --runs 3 --pages home,article --locale en --json --url http://127.0.0.1:3000 --port 3800 --reports .tmp/lighthouse]
 * (`npm run -s lighthouse -- --json` for JSON alone on stdout: npm prints a header otherwise)
 *
 * Lighthouse on one page of each kind, in each locale, as a phone on a slow network sees them
 * (Lighthouse's default config: mobile, simulated throttling). Builds the site when there is no
 * build, starts it on a throwaway database (unless --url names a running site), audits each page
 * `--runs` times, each in a fresh Chromium (the one the tests use) once it has finished starting, in
 * rounds over all the pages, and reports the median of each category. Exits 1 when a page is under a
 * bar (BARS), listing the audits that cost it points.
 * 13-18 s a run on a 2-core machine, 3 s of it the wait: the full set (14 pages x 3 runs) takes
 * about 10 minutes. Not part of npm test, for that reason.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type LaunchedChrome, launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { getCatalog } from '../lib/content/source';
import { articlePath, categoryPath, contactPath, flowPath, homePath, searchPath, verifyPath } from '../lib/routes';
import { launchOptions } from '../tests/browser';
import { type IdleWait, waitUntilIdle } from './lib/browser-idle';
import { ensureBuild, freePort, startServer, stop, waitFor, warmUpVote } from './lib/server-process';

/**
 * Lighthouse slows the CPU 4x, a factor calibrated for a machine whose benchmarkIndex is 1500-2000
 * (docs/throttling.md in the Lighthouse repository); on a slower or busy machine the same page scores
 * lower, so the report says when the machine measured under this.
 */
const CALIBRATED_BENCHMARK = 1500;
/** The lowest acceptable median score (0-100) per category. */
const BARS = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type CategoryId = keyof typeof BARS;
const CATEGORIES = Object.keys(BARS) as CategoryId[];
const LABELS: Record<CategoryId, string> = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best', seo: 'seo' };

const PAGE_KINDS = ['home', 'category', 'article', 'search', 'flow', 'contact', 'verify'] as const;
type PageKind = (typeof PAGE_KINDS)[number];

const ARTICLE = 'reset-password';
/** Queries that have results, so the results page is measured with results on it. */
const SEARCH_QUERIES: Record<string, string> = { en: 'reset password', zh: '重置密码' };
/** A look-alike of the brand's domain: the verifier answers with its longer, red verdict and the reasons. */
const VERIFY_INPUT = 'https://harb0rline-support.com/login';
/**
 * Audits that fail by design on a page, left out of its category score. The results page asks not
 * to be indexed (app/[locale]/search/page.tsx). The score is recomputed from the report rather than
 * the audit skipped (config skipAudits), so the report still shows the page is noindex.
 */
const EXEMPT_AUDITS: Partial<Record<PageKind, string[]>> = { search: ['is-crawlable'] };
/** How many times a run that Lighthouse itself could not complete is tried. */
const ATTEMPTS = 3;
/** Headless, as root, without a GPU or a large /dev/shm; chrome-launcher adds its own (no first run, no background networking, ...). */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

interface Site {
  base: string;
  /** Why the server started here is gone (it exited on its own), or null while it runs. */
  gone: () => string | null;
  close: () => Promise<void>;
}
interface Target {
  kind: PageKind;
  locale: string;
  path: string;
}
type Scores = Record<CategoryId, number | null>;
interface Audit {
  lhr: Result;
  /** How long the fresh Chromium took to finish starting before the run began (scripts/lib/browser-idle.ts). */
  browserStart: IdleWait;
}
interface Run extends Audit {
  scores: Scores;
}
interface FailingAudit {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** A performance audit that carries no weight but says where the time went. */
  diagnostic?: boolean;
}
interface Failure {
  category: CategoryId;
  score: number;
  bar: number;
  runtimeError?: string;
  audits: FailingAudit[];
}
interface PageResult extends Target {
  /** The median over the runs that scored the category, 0-100 (0 when none did). */
  scores: Record<CategoryId, number>;
  /** Each run's scores, 0-100; null where the run could not score the category. */
  runs: Scores[];
  /** The median of Lighthouse's CPU benchmark over the runs (its benchmarkIndex). */
  cpuBenchmark: number;
  failures: Failure[];
}

/** The Chromium of the run in progress, and whether shutDown ran: what Ctrl-C has to clean up. */
let chrome: LaunchedChrome | undefined;
let closed = false;

const options = readOptions();
const startedAt = Date.now();
if (!options.url) ensureBuild();
const targets = pagesToMeasure(options.pages, options.locales);
const site = await openSite(options.url, options.port);
// chrome-launcher's own Ctrl-C handler would exit before the server (in a process group of its own) is stopped.
process.once('SIGINT', () => void shutDown().finally(() => process.exit(130)));
let results: PageResult[];
try {
  results = await measureAll(site, targets, options.runs, options.reports);
} finally {
  await shutDown();
}
const seconds = Math.round((Date.now() - startedAt) / 1000);
const passed = results.every((result) => result.failures.length === 0);
if (options.json) console.log(JSON.stringify({ bars: BARS, runs: options.runs, seconds, passed, calibratedBenchmark: CALIBRATED_BENCHMARK, pages: results }, null, 2));
else printReport(results, options.runs, seconds);
process.exitCode = passed ? 0 : 1;

function readOptions() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      pages: { type: 'string', default: PAGE_KINDS.join(',') },
      locale: { type: 'string' },
      json: { type: 'boolean', default: false },
      url: { type: 'string' },
      port: { type: 'string', default: '3800' },
      // Every run's full report (JSON), to open in the Lighthouse viewer (googlechrome.github.io/lighthouse/viewer).
      reports: { type: 'string' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not ${values.runs}`);
  const pages = values.pages.split(',').map((page) => page.trim());
  const unknown = pages.filter((page) => !(PAGE_KINDS as readonly string[]).includes(page));
  if (unknown.length) throw new Error(`--pages: unknown ${unknown.join(', ')}; choose from ${PAGE_KINDS.join(', ')}`);
  return {
    runs,
    pages: pages as PageKind[],
    locales: values.locale ? [values.locale] : undefined,
    json: values.json,
    url: values.url?.replace(/\/+$/, ''),
    port: Number(values.port),
    reports: values.reports,
  };
}

/** One page of each kind per locale, taken from the built catalog so every address exists; ordered by kind, then locale. */
function pagesToMeasure(kinds: PageKind[], only?: string[]): Target[] {
  const catalog = getCatalog();
  const unknown = only?.filter((locale) => !catalog.isLocale(locale)) ?? [];
  if (unknown.length) throw new Error(`--locale: unknown ${unknown.join(', ')}; choose from ${catalog.locales.join(', ')}`);
  const locales = only ?? catalog.locales;
  const pathOf = (kind: PageKind, locale: string): string => {
    switch (kind) {
      case 'home':
        return homePath(locale);
      case 'category':
        return categoryPath(locale, required(catalog.categories(locale)[0], `a category in ${locale}`).slug);
      case 'article':
        // The locale's own article, not the default locale's stand-in for a missing translation.
        if (catalog.article(locale, ARTICLE)?.fallbackFrom !== undefined) throw new Error(`no ${locale} article ${ARTICLE}`);
        return articlePath(locale, ARTICLE);
      case 'search':
        return searchPath(locale, required(SEARCH_QUERIES[locale], `a search query for ${locale} (SEARCH_QUERIES)`));
      case 'flow': {
        // The first answer of the first flow: a step built ahead, as a reader reaches it from the flow's start.
        const step = required(
          catalog.flowParams().find((params) => params.locale === locale && params.answers.length === 1),
          `a flow in ${locale}`,
        );
        return flowPath(locale, step.flow, step.answers);
      }
      case 'contact':
        return contactPath(locale);
      case 'verify':
        return verifyPath(locale, VERIFY_INPUT);
    }
  };
  return kinds.flatMap((kind) => locales.map((locale) => ({ kind, locale, path: pathOf(kind, locale) })));
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the content has no ${what}`);
  return value;
}

/**
 * The site at --url (measured as it is: its database is not ours to write to), or the built site started
 * here on a free port with a database of its own, opened before any measurement and deleted afterwards.
 */
async function openSite(url: string | undefined, preferredPort: number): Promise<Site> {
  if (url) {
    await waitFor(`${url}/en`);
    return { base: url, gone: () => null, close: async () => {} };
  }
  const port = await freePort(preferredPort);
  const base = `http://127.0.0.1:${port}`;
  const dataRoot = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  // The server's errors are worth seeing next to the progress lines; its "ready" line is not.
  const server = startServer({
    port,
    hostname: '127.0.0.1',
    env: { HELP_DATA_DIR: path.join(dataRoot, 'pglite'), DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exit: string | null = null;
  server.once('exit', (code, signal) => (exit = signal ? `killed by ${signal}` : `exit code ${code}`));
  const close = async () => {
    await stop(server);
    rmSync(dataRoot, { recursive: true, force: true });
  };
  try {
    await waitFor(`${base}/en`, server);
    // The results page records each search; without this its first run would wait for the database to be created.
    await warmUpVote(base);
  } catch (error) {
    await close();
    throw error;
  }
  console.error(`Site started on ${base}`);
  return { base, gone: () => exit, close };
}

async function shutDown(): Promise<void> {
  if (closed) return;
  closed = true;
  chrome?.kill();
  await site.close();
}

/**
 * Runs in rounds: each page once, then each page again. Back to back, a page's runs all fell in the
 * same minute, and one slow minute of a shared machine (its CPU benchmark halved) took all three runs
 * of whichever page was being measured then: two pages a run, at random. In rounds, each page's runs
 * are minutes apart, so a slow spell costs one run of several pages, and the median keeps it out.
 */
async function measureAll(site: Site, pages: Target[], runs: number, reportsDir?: string): Promise<PageResult[]> {
  if (reportsDir) mkdirSync(reportsDir, { recursive: true });
  for (const target of pages) {
    await warm(site.base + target.path).catch((error: unknown) => {
      assertServerUp(site, `warming ${target.kind} ${target.locale} up`);
      throw error;
    });
  }
  const total = pages.length * runs;
  const measuringSince = Date.now();
  const runsOf = pages.map((): Run[] => []);
  let done = 0;
  for (let run = 1; run <= runs; run++) {
    for (const [index, target] of pages.entries()) {
      const runStarted = Date.now();
      const measured = await auditWithRetries(site.base + target.path, site, `${target.kind} ${target.locale} run ${run}`);
      const { lhr } = measured;
      runsOf[index]!.push({ ...measured, scores: scoresOf(lhr, EXEMPT_AUDITS[target.kind] ?? []) });
      if (reportsDir) writeFileSync(path.join(reportsDir, `${target.kind}-${target.locale}-${run}.json`), JSON.stringify(lhr));
      done++;
      const left = ((Date.now() - measuringSince) / done) * (total - done);
      console.error(progressLine(`${done}/${total}`, target, `${run}/${runs}`, runsOf[index]!.at(-1)!, Date.now() - runStarted, left));
    }
  }
  return pages.map((target, index) => summarize(target, runsOf[index]!));
}

function assertServerUp(site: Site, during: string): void {
  const gone = site.gone();
  if (gone) throw new Error(`the server stopped (${gone}) during ${during}`);
}

/**
 * The first request for a page after the server starts loads its code (and for the results page its
 * locale's search index): a cost paid once per server, not per visitor, so it is paid here, outside the runs.
 * A page that does not answer 200 stops everything, with its address (Lighthouse would only say "error").
 */
async function warm(url: string): Promise<void> {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

/**
 * Lighthouse's own failures (NO_NAVSTART: a trace it could not read, now and then with this Chromium)
 * say nothing about the page, so such a run is tried again; after ATTEMPTS it counts as a run with
 * no scores, and the report says why.
 */
async function auditWithRetries(url: string, site: Site, run: string): Promise<Audit> {
  for (let attempt = 1; ; attempt++) {
    const result = await audit(url);
    // Without its server a run only measures Chromium's error page.
    assertServerUp(site, run);
    if (!result.lhr.runtimeError || attempt === ATTEMPTS) return result;
    console.error(`${run}: ${result.lhr.runtimeError.code}, trying again`);
  }
}

/**
 * One Lighthouse run in a Chromium of its own, so no run inherits another's state. Unlike the
 * Lighthouse CLI, it waits for that Chromium to finish starting first: on this 2-core machine the
 * CLI's runs shared both cores with the browser's own start-up (scripts/lib/browser-idle.ts).
 */
async function audit(url: string): Promise<Audit> {
  const chromePath = launchOptions.executablePath;
  if (!chromePath) throw new Error('no chromium on PATH: install it (apt-get install chromium) or set CHROME_PATH');
  chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, handleSIGINT: false, logLevel: 'silent' });
  try {
    const browserStart = await waitUntilIdle(chrome.pid);
    // No config: Lighthouse's default, a mobile device with simulated throttling, is what is measured.
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { lhr: result.lhr, browserStart };
  } finally {
    chrome.kill();
    chrome = undefined;
  }
}

/** Each category's score, 0-1, without the page's exempt audits; null when the run could not score it. */
function scoresOf(lhr: Result, exempt: string[]): Scores {
  return Object.fromEntries(CATEGORIES.map((id) => [id, categoryScore(lhr, id, exempt)])) as Scores;
}

/** Lighthouse's own arithmetic (core/scoring.js): the weighted mean of the audits' scores, to 2 decimals. */
function categoryScore(lhr: Result, id: CategoryId, exempt: string[]): number | null {
  const category = lhr.categories[id];
  if (!category) return null;
  if (!category.auditRefs.some((ref) => exempt.includes(ref.id))) return category.score;
  // The report's weights are already 0 for audits that did not apply to the page.
  const counted = category.auditRefs.filter((ref) => ref.weight > 0 && !exempt.includes(ref.id));
  const scores = counted.map((ref) => lhr.audits[ref.id]?.score ?? null);
  if (scores.some((score) => score === null)) return null;
  const weight = counted.reduce((sum, ref) => sum + ref.weight, 0);
  const sum = counted.reduce((total, ref, index) => total + ref.weight * scores[index]!, 0);
  return Math.round((sum / weight || 0) * 100) / 100;
}

function toPercent(score: number | null): number {
  return Math.round((score ?? 0) * 100);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

function summarize(target: Target, runs: Run[]): PageResult {
  const scored = (id: CategoryId) => runs.flatMap((run) => (run.scores[id] === null ? [] : [toPercent(run.scores[id])]));
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(scored(id))])) as Record<CategoryId, number>;
  const failures = CATEGORIES.filter((id) => scores[id] < BARS[id]).map((id) => failureOf(id, scores[id], runs, EXEMPT_AUDITS[target.kind] ?? []));
  const runScores = runs.map((run) => Object.fromEntries(CATEGORIES.map((id) => [id, run.scores[id] === null ? null : toPercent(run.scores[id])])) as Scores);
  const cpuBenchmark = median(runs.map((run) => Math.round(run.lhr.environment.benchmarkIndex)));
  return { ...target, scores, runs: runScores, cpuBenchmark, failures };
}

/** What cost a category its points, read from the run closest to the median (the run the table shows), a scored one if any. */
function failureOf(id: CategoryId, score: number, runs: Run[], exempt: string[]): Failure {
  const distance = (run: Run) => (run.scores[id] === null ? Infinity : Math.abs(toPercent(run.scores[id]) - score));
  const { lhr } = runs.reduce((best, run) => (distance(run) < distance(best) ? run : best));
  const runtimeError = lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : undefined;
  return { category: id, score, bar: BARS[id], runtimeError, audits: failingAudits(lhr, id, exempt) };
}

/**
 * The weighted audits that did not score 1. For performance those are the metrics, which say how slow
 * but not why, so the unweighted audits Lighthouse would show in red or orange (under 0.9) follow.
 */
function failingAudits(lhr: Result, id: CategoryId, exempt: string[]): FailingAudit[] {
  const refs = lhr.categories[id]?.auditRefs ?? [];
  const failing: FailingAudit[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || exempt.includes(ref.id)) continue;
    const weighted = ref.weight > 0 && (audit.score === null || audit.score < 1);
    const diagnostic =
      id === 'performance' && ref.weight === 0 && audit.score !== null && audit.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode);
    if (weighted || diagnostic) {
      failing.push({ id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue, ...(diagnostic ? { diagnostic } : {}) });
    }
  }
  return failing;
}

function progressLine(count: string, target: Target, run: string, result: Run, ms: number, leftMs: number): string {
  const scores = CATEGORIES.map((id) => `${LABELS[id]} ${result.scores[id] === null ? '-' : toPercent(result.scores[id])}`).join(' ');
  const error = result.lhr.runtimeError ? ` ${result.lhr.runtimeError.code}` : '';
  const benchmark = Math.round(result.lhr.environment.benchmarkIndex);
  const { waitedMs, outcome } = result.browserStart;
  const seconds = (waitedMs / 1000).toFixed(1);
  const start = { idle: `browser settled in ${seconds} s`, busy: `browser still busy after ${seconds} s`, unmeasured: `waited ${seconds} s for the browser` }[outcome];
  return `[${count}] ${target.kind} ${target.locale} run ${run}: ${scores}${error} (${(ms / 1000).toFixed(1)} s, ${start}, CPU benchmark ${benchmark}, ~${Math.ceil(leftMs / 60_000)} min left)`;
}

/** The path as a reader would type it: 重置密码, not %E9%87%8D... */
function readable(pathname: string): string {
  return decodeURIComponent(pathname);
}

function printReport(results: PageResult[], runs: number, seconds: number): void {
  const header = ['page', 'locale', ...CATEGORIES, 'path'];
  const rows = results.map((result) => [
    result.kind,
    result.locale,
    // A score under its bar is marked, so a failing cell stands out in a long table.
    ...CATEGORIES.map((id) => `${result.scores[id]}${result.scores[id] < BARS[id] ? ' ✗' : ''}`),
    readable(result.path),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column >= 2 && column < 2 + CATEGORIES.length ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  console.log(`Lighthouse, median of ${runs} run${runs === 1 ? '' : 's'}, mobile, simulated throttling`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));

  for (const result of results) {
    for (const failure of result.failures) {
      console.log(`\n${result.kind} ${result.locale}: ${failure.category} ${failure.score} < ${failure.bar} (${readable(result.path)})`);
      if (failure.runtimeError) console.log(`  run error ${failure.runtimeError}`);
      for (const audit of failure.audits) {
        const score = audit.score === null ? 'error' : audit.score.toFixed(2);
        console.log(`  ${audit.diagnostic ? '(diagnostic) ' : ''}${audit.id}  ${score}  ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }

  const failing = results.filter((result) => result.failures.length > 0);
  const time = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  const bars = CATEGORIES.map((id) => `${id} ${BARS[id]}`).join(', ');
  const benchmark = median(results.map((result) => result.cpuBenchmark));
  if (benchmark < CALIBRATED_BENCHMARK) {
    console.log(
      `\nCPU benchmark ${benchmark} (median): under the ${CALIBRATED_BENCHMARK} Lighthouse's 4x CPU slowdown is calibrated for, so performance reads lower than on a faster or idle machine.`,
    );
  }
  console.log(
    failing.length === 0
      ? `\n${results.length} pages x ${runs} runs in ${time}: every page meets the bars (${bars}).`
      : `\n${results.length} pages x ${runs} runs in ${time}: ${failing.length} under the bars (${bars}): ${failing.map((result) => `${result.kind} ${result.locale}`).join(', ')}.`,
  );
}
