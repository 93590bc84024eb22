/**
 * `npm run bench:scale [-- --articles 2000] [--seed 42] [--no-check] [--keep] [--cpu-prof] [--json file]
 *   [--next-config file] [--project dir] [--dir tmp]`
 *
 * The production build at scale: generates a corpus of N articles per locale (scripts/corpus/),
 * then runs the four steps of `npm run build` on it, each timed on its own, and prints a table and
 * JSON: wall and CPU time per step (content, next build with its own phases and trace, deferring
 * hydration and hashing scripts, the standalone folder), peak memory, the pages built, the first and second request for articles the build left
 * for their first request (served by the built site), what the instant box downloads per locale (bench:index),
 * and search latency over English and Chinese queries against the server's index the build wrote.
 * `npm run check:content` alone is timed first (`--no-check` skips it).
 *
 * Nothing in this checkout is touched: the build runs in a copy of it in a temporary folder (the
 * files git sees, tracked or new, with node_modules hard-linked, as Turbopack refuses a symlink
 * that leaves the project), so `.next/`, `.generated/` and `public/search/` here stay as they are.
 *
 * - `--next-config file` builds the copy with that file as its next.config.ts, to measure a
 *   setting before adopting it.
 * - `--project dir` builds another checkout of the code (the commit before a change, say) on the
 *   same corpus; the corpus is always made from this checkout's content/ (or HELP_CONTENT_DIR).
 * - `--cpu-prof` writes CPU profiles of the content and CSP steps; `--keep` keeps the temporary
 *   folder (corpus, copy and build) to look at; `--dir` is where that folder goes (default: the
 *   system's temporary folder, which must be on the same file system as node_modules for links).
 *
 * Memory is measured two ways: the peak of the sum of the resident memory (RSS) of every process
 * in the step's tree, sampled from /proc every 250 ms (shared pages count once per process, so it
 * overstates a little; the total the machine must have), and the largest single process's peak RSS
 * from /usr/bin/time -v where it exists (exact, but blind to the worker processes beside it). CPU
 * time is summed over the same samples. On a machine that is busy with other work, compare CPU
 * time rather than wall time, and the load averages the report gives for each step.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SearchIndex } from '../lib/search/engine';
import { readSearchIndexData } from '../lib/search/index-data';
import { CSP_MANIFEST } from '../lib/csp';
import type { CompiledContent } from '../lib/content/compiled';
import { COMPILED_CONTENT_FILE } from '../lib/content/source';
import { articlePath } from '../lib/routes';
import { createCorpus } from './corpus/files';
import { freePort, startServer, stop, waitFor } from './lib/server-process';
import { browserIndexCost } from './lib/browser-index-cost';
import { SEARCH_QUERIES } from './search-queries';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'no-check': { type: 'boolean', default: false },
    json: { type: 'string' },
    dir: { type: 'string' },
    'next-config': { type: 'string' },
    project: { type: 'string' },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) {
  console.error('usage: npm run bench:scale -- [--articles 2000] [--seed 42] [--keep] [--cpu-prof] [--no-check] [--json file] [--next-config file] [--project dir] [--dir tmp]');
  process.exit(2);
}
const ROUNDS = 30;
const PAGE_SIZE = 4096;
/** How often the process tree's memory is sampled: often enough for a peak, cheap enough not to compete. */
const SAMPLE_MS = 250;
/** Linux counts CPU time in /proc in ticks of 1/100 s (USER_HZ). */
const CLOCK_TICKS = 100;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const log = (message: string) => console.error(`[bench:scale] ${message}`);

// The project to build: this checkout, or another one (`--project`) to compare two versions of the code.
const root = path.resolve(values.project ?? process.cwd());
const work = await mkdtemp(path.join(values.dir ?? os.tmpdir(), 'help-scale-'));
const site = path.join(work, 'site');
const contentDir = path.join(work, 'content');
try {
  log(`working in ${work}`);
  let started = performance.now();
  const corpus = await createCorpus(process.env.HELP_CONTENT_DIR || path.join(process.cwd(), 'content'), contentDir, { articles, seed: Number(values.seed) });
  const generateMs = performance.now() - started;
  log(`corpus: ${corpus.real} real + ${corpus.generated} generated articles per locale (${ms(generateMs)})`);

  started = performance.now();
  await copyProject(root, site);
  if (values['next-config']) await cp(path.resolve(values['next-config']), path.join(site, 'next.config.ts'));
  log(`project copied (${ms(performance.now() - started)})`);

  const env = { ...process.env, HELP_CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' };
  const bin = (name: string) => path.join(site, 'node_modules', '.bin', name);
  const profileDir = path.join(work, 'cpu-profiles');
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const node = (script: string, ...args: string[]) => [process.execPath, ...profile, '--import', 'tsx', script, ...args];
  // The content steps run as package.json has them (with their Node flags), so the figures are npm's.
  const npmNodeScript = async (name: string) => {
    const { scripts } = JSON.parse(await readFile(path.join(site, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const [command, ...args] = (scripts[name] ?? '').split(/\s+/);
    if (command !== 'node') throw new Error(`package.json's ${name} script is expected to be a node command, not "${scripts[name]}"`);
    return [process.execPath, ...profile, ...args];
  };

  const check = values['no-check'] ? null : await step('check:content', await npmNodeScript('check:content'), { cwd: site, env });
  const content = await step('content', await npmNodeScript('build:content'), { cwd: site, env });
  const next = await step('next build', [bin('next'), 'build'], { cwd: site, env });
  const csp = await step('prepare-pages', node('scripts/prepare-pages.ts'), { cwd: site, env });
  const standalone = await step('standalone', node('scripts/standalone.ts'), { cwd: site, env });
  const buildSteps = [content, next, csp, standalone];

  const pages = await countPages(site);
  log('articles left for their first request: served twice each');
  const onDemand = await articlesOnDemand(site, work);
  const indexes: Record<string, Awaited<ReturnType<typeof browserIndexCost>> & { records: number }> = {};
  const latency: Record<string, Stats & { queries: number; loadMs: number }> = {};
  const loaded = new Map<string, SearchIndex>();
  for (const locale of ['en', 'zh']) {
    const file = path.join(site, '.generated', 'search', `${locale}.json`);
    started = performance.now();
    const index = SearchIndex.load(readSearchIndexData(await readFile(file, 'utf8'), file, locale));
    latency[locale] = { loadMs: round(performance.now() - started), queries: 0, p50: 0, p95: 0, p99: 0 };
    loaded.set(locale, index);
    indexes[locale] = { ...(await browserIndexCost(site, locale, SEARCH_QUERIES[locale]!)), records: index.size };
  }
  // The fixed questions of bench:search, and a few generated articles' exact titles, in both languages, interleaved.
  const queries = ['en', 'zh'].flatMap((locale) => {
    const index = loaded.get(locale)!;
    const titles = index.records.filter((_, i) => i % Math.max(1, Math.floor(index.size / 8)) === 0).slice(0, 8).map((r) => r.title);
    return [...SEARCH_QUERIES[locale]!, ...titles].map((query) => ({ locale, query }));
  });
  const mixed = latencies(queries, (locale, query) => loaded.get(locale)!.search(query, { limit: 10 }));
  for (const locale of ['en', 'zh']) Object.assign(latency[locale]!, mixed[locale]);
  latency.all = { ...mixed.all!, loadMs: 0 };

  const buildMs = buildSteps.reduce((sum, { ms }) => sum + ms, 0);
  const report = {
    articlesPerLocale: articles,
    realArticlesPerLocale: corpus.real,
    generatedArticlesPerLocale: corpus.generated,
    seed: Number(values.seed),
    nextConfig: values['next-config'] ?? 'next.config.ts',
    project: root,
    node: process.version,
    cpus: os.cpus().length,
    loadAverageAtEnd: os.loadavg().map((load) => round(load)),
    corpusGenerateMs: round(generateMs),
    checkContent: check && summary(check),
    build: {
      wallMs: round(buildMs),
      peakTreeRssMb: Math.max(...buildSteps.map(({ peakTreeRssMb }) => peakTreeRssMb)),
      peakProcessRssMb: Math.max(...buildSteps.map(({ peakProcessRssMb }) => peakProcessRssMb ?? 0)) || null,
      steps: {
        content: summary(content),
        nextBuild: { ...summary(next), phases: nextPhases(next.output), trace: await traceSpans(site) },
        preparePages: summary(csp),
        standalone: summary(standalone),
      },
    },
    memoryMethod: `peakTreeRssMb: sum of VmRSS over the step's process tree, sampled from /proc every 250 ms; peakProcessRssMb: ${TIME ? '/usr/bin/time -v maximum resident set size (the largest single process)' : 'not measured (/usr/bin/time missing)'}`,
    cpuMethod: 'sampledCpuSeconds: utime + stime of every process of the step\'s tree, from /proc every 250 ms; cpuSeconds: /usr/bin/time (misses workers their parent never waited for)',
    pages,
    articlesOnDemand: onDemand,
    browserIndex: indexes,
    searchLatencyMs: latency,
    cpuProfiles: values['cpu-prof'] ? profileDir : undefined,
  };
  printTable(report);
  console.log(JSON.stringify(report, null, 2));
  if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
} finally {
  if (values.keep || values['cpu-prof']) log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}

interface StepResult {
  name: string;
  ms: number;
  /**
   * User + system CPU time of the step (/usr/bin/time: the process and the children it waited for;
   * steadier than wall time on a busy machine, but blind to workers that were never waited for).
   */
  cpuSeconds: number | null;
  /** The same from /proc, summed over every process seen in the tree (up to its last sample). */
  sampledCpuSeconds: number;
  /** The machine's 1-minute load average when the step started and ended (other work competing for the cores). */
  load: [number, number];
  peakTreeRssMb: number;
  peakProcessRssMb: number | null;
  output: string;
}

/** Runs one step, timed, with its process tree's memory sampled; stops the benchmark if it fails. */
async function step(name: string, command: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<StepResult> {
  log(`${name}: ${command.map((part) => path.basename(part)).join(' ')}`);
  const timeFile = path.join(work, `${name.replace(/\W+/g, '-')}.time`);
  const argv = TIME ? [TIME, '-v', '-o', timeFile, ...command] : command;
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  let peak = 0;
  const cpuTicks = new Map<number, number>();
  const sampler = setInterval(() => (peak = Math.max(peak, sampleTree(child.pid!, cpuTicks))), SAMPLE_MS);
  const loadBefore = os.loadavg()[0]!;
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const elapsed = performance.now() - started;
  if (code !== 0) {
    console.error(output);
    throw new Error(`${name} failed (exit ${code})`);
  }
  let processPeak: number | null = null;
  let cpuSeconds: number | null = null;
  if (TIME) {
    const time = await readFile(timeFile, 'utf8');
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(time)?.[1];
    if (kb) processPeak = Math.round(Number(kb) / 1024);
    const user = /User time \(seconds\): ([\d.]+)/.exec(time)?.[1];
    const system = /System time \(seconds\): ([\d.]+)/.exec(time)?.[1];
    if (user && system) cpuSeconds = round(Number(user) + Number(system), 1);
  }
  const load = [round(loadBefore), round(os.loadavg()[0]!)] as [number, number];
  const sampledCpuSeconds = round([...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / CLOCK_TICKS, 1);
  log(`${name}: ${ms(elapsed)} (${cpuSeconds ?? '?'} s CPU), peak tree RSS ${Math.round(peak / 2 ** 20)} MB, load ${load.join(' -> ')}`);
  return { name, ms: elapsed, cpuSeconds, sampledCpuSeconds, load, peakTreeRssMb: Math.round(peak / 2 ** 20), peakProcessRssMb: processPeak, output };
}

function summary({ ms: elapsed, cpuSeconds, sampledCpuSeconds, load, peakTreeRssMb, peakProcessRssMb }: StepResult) {
  return { ms: round(elapsed), cpuSeconds, sampledCpuSeconds, load, peakTreeRssMb, peakProcessRssMb };
}

/**
 * One look at a process tree in /proc: the resident memory of the process and all its descendants,
 * in bytes, and the CPU time each has used so far (kept per process in `cpuTicks`, as the largest
 * value seen, so a worker that has exited still counts with what it used until the last look).
 */
function sampleTree(rootPid: number, cpuTicks: Map<number, number>): number {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    const stat = readProc(`/proc/${pid}/stat`);
    if (!stat) continue;
    // The command name may hold spaces and parentheses: the fields after it start past the last ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    stats.set(Number(pid), fields);
    const ppid = Number(fields[1]);
    if (ppid) children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    const statm = readProc(`/proc/${pid}/statm`);
    if (statm) total += Number(statm.split(' ')[1]) * PAGE_SIZE;
    // utime and stime, fields 14 and 15 of stat (11 and 12 after the name).
    const fields = stats.get(pid);
    if (fields) cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, Number(fields[11]) + Number(fields[12])));
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function readProc(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The files git sees (tracked, and new ones not ignored) as they are on disk, and node_modules
 * hard-linked (a copy of the tree of links takes a second; Turbopack refuses a symlink that points
 * outside the project). Where hard links fail (another file system), node_modules is copied.
 */
async function copyProject(from: string, to: string) {
  // A node_modules that is a symlink (a worktree sharing another checkout's) is a file to git, not an
  // ignored folder: copied as such, the cp -al below would write into the folder it points to.
  const files = projectFiles(from).filter((file) => !file.startsWith('content/') && file !== 'node_modules' && existsSync(path.join(from, file)));
  for (const file of files) {
    await mkdir(path.dirname(path.join(to, file)), { recursive: true });
    await cp(path.join(from, file), path.join(to, file));
  }
  const modules = realpathSync(path.join(from, 'node_modules'));
  try {
    execFileSync('cp', ['-al', modules, path.join(to, 'node_modules')]);
  } catch {
    log('hard links failed: copying node_modules');
    await rm(path.join(to, 'node_modules'), { recursive: true, force: true });
    await cp(modules, path.join(to, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
}

/** The files of a project: what git sees (tracked, or new and not ignored), or outside git everything but what builds make. */
function projectFiles(dir: string): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\0')
      .filter(Boolean);
  } catch {
    const skip = /^(?:node_modules|\.next|\.generated|\.tmp|\.data|test-results|test-reports|playwright-report|public\/search)(?:\/|$)|\.tsbuildinfo$/;
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .filter((file) => !skip.test(file));
  }
}

/** Pages built ahead: HTML files next build wrote, and the routes in its prerender manifest. */
/**
 * The articles the build left for their first request (HELP_PREBUILT_ARTICLES), served by the built
 * site one after another: the first request renders one (after one request that loads the route's
 * code, reported apart), the second gets it kept. Times are to the whole body, gzip asked for.
 */
async function articlesOnDemand(siteDir: string, workDir: string) {
  const builtAhead = new Set(Object.keys(JSON.parse(await readFile(path.join(siteDir, CSP_MANIFEST), 'utf8')) as Record<string, string[]>));
  const content = JSON.parse(await readFile(path.join(siteDir, COMPILED_CONTENT_FILE), 'utf8')) as CompiledContent;
  const left = Object.entries(content.locales).flatMap(([locale, { articles: list }]) => list.map((article) => articlePath(locale, article.slug)).filter((page) => !builtAhead.has(page)));
  // Ten of each locale, spread over the list.
  const sample = Object.keys(content.locales).flatMap((locale) => {
    const own = left.filter((page) => page.startsWith(`/${locale}/`));
    return Array.from({ length: Math.min(10, own.length) }, (_, i) => own[Math.floor((i * own.length) / Math.min(10, own.length))]!);
  });
  const empty = { left: left.length, measured: 0, coldStartMs: 0, firstMs: { p50: 0, max: 0 }, againMs: { p50: 0, max: 0 } };
  if (sample.length < 2) return empty;
  const port = await freePort(3950);
  const server = startServer({ port, cwd: siteDir, env: { HELP_DATA_DIR: path.join(workDir, 'data') } });
  const base = `http://127.0.0.1:${port}`;
  const timed = async (page: string) => {
    const started = performance.now();
    const response = await fetch(`${base}${page}`, { headers: { 'Accept-Encoding': 'gzip' } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
    return performance.now() - started;
  };
  try {
    await waitFor(`${base}/en`, server);
    const coldStartMs = await timed(sample.pop()!);
    const first: number[] = [];
    const again: number[] = [];
    for (const page of sample) first.push(await timed(page));
    for (const page of sample) again.push(await timed(page));
    const stats = (values: number[]) => {
      values.sort((a, b) => a - b);
      return { p50: round(values[Math.floor(values.length / 2)]!, 1), max: round(values.at(-1)!, 1) };
    };
    return { left: left.length, measured: sample.length, coldStartMs: round(coldStartMs, 1), firstMs: stats(first), againMs: stats(again) };
  } finally {
    await stop(server);
  }
}

async function countPages(siteDir: string) {
  const app = path.join(siteDir, '.next', 'server', 'app');
  const html = (await readdir(app, { recursive: true })).filter((file) => String(file).endsWith('.html')).length;
  const manifest = JSON.parse(await readFile(path.join(siteDir, '.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  return { html, prerendered: Object.keys(manifest.routes).length };
}

/** The phases next build prints with their times ("✓ Compiled successfully in 33.7s"). */
function nextPhases(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  const seconds = (text: string) => {
    const [, value, unit] = /^([\d.]+)(ms|s|min)$/.exec(text)!;
    return Number(value) * (unit === 'ms' ? 0.001 : unit === 'min' ? 60 : 1);
  };
  for (const [, label, time] of output.matchAll(/(Compiled successfully|Finished TypeScript|Finished writing to filesystem cache|Generating static pages[^\n]*?\(\d+\/\d+\)|Collecting page data[^\n]*?|Finalizing page optimization[^\n]*?) in ([\d.]+(?:ms|s|min))\b/g)) {
    phases[label!.replace(/ using \d+ workers?/, '').replace(/\s*\(\d+\/(\d+)\)/, ' ($1)')] = round(seconds(time!));
  }
  return phases;
}

/** The top-level spans of next build's own trace (.next/trace), in seconds, those over half a second. */
async function traceSpans(siteDir: string): Promise<Record<string, number>> {
  const spans: Record<string, number> = {};
  const text = await readFile(path.join(siteDir, '.next', 'trace'), 'utf8').catch(() => '');
  const events = text.split('\n').filter(Boolean).flatMap((line) => JSON.parse(line) as { name: string; duration: number; id: number; parentId?: number }[]);
  const build = events.find((event) => event.name === 'next-build');
  for (const event of events) {
    if (event.parentId === build?.id && event.duration > 500_000) spans[event.name] = round((spans[event.name] ?? 0) + event.duration / 1e6);
  }
  return spans;
}

type Stats = { p50: number; p95: number; p99: number };

/** Per-query latency in ms over interleaved English and Chinese queries, after a warm-up and a full collection. */
function latencies(queries: { locale: string; query: string }[], run: (locale: string, query: string) => unknown): Record<string, Stats & { queries: number }> {
  for (let round = 0; round < 3; round++) for (const { locale, query } of queries) run(locale, query);
  (globalThis as { gc?: () => void }).gc?.();
  const samples: Record<string, number[]> = { en: [], zh: [], all: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const { locale, query } of queries) {
      const started = performance.now();
      run(locale, query);
      const elapsed = performance.now() - started;
      samples[locale]!.push(elapsed);
      samples.all!.push(elapsed);
    }
  }
  const stats = (values: number[]) => {
    values.sort((a, b) => a - b);
    const at = (fraction: number) => round(values[Math.min(values.length - 1, Math.floor(values.length * fraction))] ?? 0, 3);
    return { queries: values.length / ROUNDS, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
  };
  return Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, stats(values)]));
}

function printTable(report: {
  articlesPerLocale: number;
  checkContent: ReturnType<typeof summary> | null;
  build: { wallMs: number; peakTreeRssMb: number; peakProcessRssMb: number | null; steps: { content: ReturnType<typeof summary>; nextBuild: ReturnType<typeof summary> & { phases: Record<string, number> }; preparePages: ReturnType<typeof summary>; standalone: ReturnType<typeof summary> } };
  pages: { html: number; prerendered: number };
  articlesOnDemand: Awaited<ReturnType<typeof articlesOnDemand>>;
  browserIndex: Record<string, Awaited<ReturnType<typeof browserIndexCost>>>;
  searchLatencyMs: Record<string, Stats>;
}) {
  const { steps } = report.build;
  const mem = (step: { peakTreeRssMb: number; peakProcessRssMb: number | null }) => `${step.peakTreeRssMb} MB tree${step.peakProcessRssMb ? `, ${step.peakProcessRssMb} MB largest process` : ''}`;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const rows: [string, string][] = [
    ['articles per locale', String(report.articlesPerLocale)],
    ...(report.checkContent ? [['check:content (alone)', `${sec(report.checkContent.ms)}, ${mem(report.checkContent)}`] as [string, string]] : []),
    ['build wall time', `${sec(report.build.wallMs)} (content ${sec(steps.content.ms)}, next build ${sec(steps.nextBuild.ms)}, prepare-pages ${sec(steps.preparePages.ms)}, standalone ${sec(steps.standalone.ms)})`],
    ['build CPU time', `content ${steps.content.sampledCpuSeconds} s, next build ${steps.nextBuild.sampledCpuSeconds} s, prepare-pages ${steps.preparePages.sampledCpuSeconds} s, standalone ${steps.standalone.sampledCpuSeconds} s (from /proc; load ${steps.content.load[0]} at the start)`],
    ['next build phases', Object.entries(steps.nextBuild.phases).map(([phase, s]) => `${phase} ${s} s`).join('; ')],
    ['peak memory', `${report.build.peakTreeRssMb} MB (process tree)${report.build.peakProcessRssMb ? `, ${report.build.peakProcessRssMb} MB (largest process)` : ''}`],
    ['peak memory per step', `content ${mem(steps.content)}; next build ${mem(steps.nextBuild)}; prepare-pages ${mem(steps.preparePages)}; standalone ${mem(steps.standalone)}`],
    ['pages', `${report.pages.html} HTML files, ${report.pages.prerendered} prerendered routes`],
    [
      'articles on demand',
      `${report.articlesOnDemand.left} left for their first request; of ${report.articlesOnDemand.measured}: first request p50 ${report.articlesOnDemand.firstMs.p50} ms (max ${report.articlesOnDemand.firstMs.max}), again ${report.articlesOnDemand.againMs.p50} ms (max ${report.articlesOnDemand.againMs.max}); the route's cold start ${report.articlesOnDemand.coldStartMs} ms`,
    ],
    ...Object.entries(report.browserIndex).flatMap(([locale, cost]): [string, string][] => [
      [`browser index ${locale}`, `${kib(cost.wholeIndexGzip)} gzipped in all: manifest ${kib(cost.manifestGzip)} and ${cost.shards} shards`],
      [`instant box ${locale}`, `first query ${kib(cost.firstQueryGzip.median)} (max ${kib(cost.firstQueryGzip.max)}), later ones ${kib(cost.laterQueryGzip.median)} (max ${kib(cost.laterQueryGzip.max)}), gzipped`],
    ]),
    ...Object.entries(report.searchLatencyMs).map(([locale, stats]): [string, string] => [`search ${locale} p50 / p99`, `${stats.p50} / ${stats.p99} ms`]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
}

function round(value: number, digits = 2) {
  return Number(value.toFixed(digits));
}
function ms(value: number) {
  return `${Math.round(value)} ms`;
}
function sec(value: number) {
  return `${(value / 1000).toFixed(1)} s`;
}
