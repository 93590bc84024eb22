// `npm test`: type check, lint, unit tests, browser tests, in that order, stopping at the first
// failure, and ending with one line that counts every test that ran. It first makes sure the machine
// has what the tests need (Chromium, PostgreSQL, Java): as root on Debian it installs what is missing
// with apt-get; elsewhere it stops at once, naming what is missing and the command that gets it. The
// database tests run on a throwaway PostgreSQL it starts on loopback (unless TEST_DATABASE_URL is set).
import { type SpawnSyncOptions, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from '../tests/browser';
import { freePort } from './lib/server-process';

provide([
  { name: 'Chromium', for: 'the browser tests', debian: 'chromium', present: () => Boolean(systemChromium()) || existsSync(chromium.executablePath()) },
  { name: 'PostgreSQL', for: 'the database tests', debian: 'postgresql', present: () => Boolean(process.env.TEST_DATABASE_URL) || postgresInstalled() },
  { name: 'Java', for: 'the HTML validator', debian: 'default-jre-headless', present: () => onPath('java') },
]);
const reports = 'test-reports';
mkdirSync(reports, { recursive: true });
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const postgres = process.env.TEST_DATABASE_URL ? null : await startPostgres();
if (postgres) Object.assign(env, { TEST_DATABASE_URL: postgres.url });

const steps: { name: string; command: string; args: string[]; count?: () => { passed: number; failed: number } }[] = [
  { name: 'types', command: 'npx', args: ['next', 'typegen'] },
  { name: 'types', command: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'lint', command: 'npx', args: ['eslint', '--max-warnings=0', '.'] },
  {
    name: 'unit',
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`],
    count: () => countVitest(`${reports}/vitest.json`),
  },
  { name: 'e2e', command: 'npx', args: ['playwright', 'test'], count: () => countPlaywright(`${reports}/playwright.json`) },
];

let passed = 0;
let failed = 0;
try {
  for (const step of steps) {
    console.log(`\n▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
    const result = spawnSync(step.command, step.args, { stdio: 'inherit', env });
    const counts = step.count?.() ?? { passed: 0, failed: 0 };
    passed += counts.passed;
    failed += counts.failed;
    if (result.status !== 0) {
      // A step that fails before any test runs (a type error, a lint error) still counts as a failure.
      if (counts.failed === 0) failed += 1;
      console.log(`\n✖ ${step.name} failed`);
      break;
    }
  }
} finally {
  postgres?.stop();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

interface Need {
  name: string;
  for: string;
  debian: string;
  present: () => boolean;
}

/** Installs what is missing (root with apt-get), or stops with one line saying what and how. */
function provide(needs: Need[]): void {
  const missing = needs.filter((need) => !need.present());
  if (missing.length === 0) return;
  const packages = missing.map((need) => need.debian);
  const what = new Intl.ListFormat('en').format(missing.map((need) => `${need.name} (${need.for})`));
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.log(`npm test needs ${what}: installing Debian's ${packages.join(', ')} with apt-get.`);
    const quiet: SpawnSyncOptions = { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    const ok = spawnSync('apt-get', ['update', '-qq'], quiet).status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', ...packages], quiet).status === 0;
    if (ok && missing.every((need) => need.present())) return;
    console.error(`npm test: apt-get could not install ${packages.join(', ')}; install them by hand and run npm test again.`);
  } else {
    console.error(`npm test needs ${what}, which this machine lacks: run \`sudo apt-get install ${packages.join(' ')}\` (or set CHROME_PATH, TEST_DATABASE_URL), then npm test again.`);
  }
  process.exit(1);
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function postgresInstalled(): boolean {
  return spawnSync('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin'], { stdio: 'ignore' }).status === 0;
}

/** A throwaway server on a free loopback port (scripts/test-postgres.sh), stopped when the tests end. */
async function startPostgres(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort(0);
  const printed = execFileSync('bash', ['scripts/test-postgres.sh', 'start'], { encoding: 'utf8', env: { ...process.env, TEST_POSTGRES_PORT: String(port) } });
  const url = /TEST_DATABASE_URL=(\S+)/.exec(printed)?.[1];
  const dir = /TEST_POSTGRES_DIR=(\S+)/.exec(printed)?.[1];
  if (!url || !dir) throw new Error(`scripts/test-postgres.sh printed no address: ${printed}`);
  const stop = () => void spawnSync('bash', ['scripts/test-postgres.sh', 'stop', dir], { stdio: 'ignore' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => (stop(), process.exit(130)));
  return { url, stop };
}


function readJson(file: string): { numPassedTests?: number; numFailedTests?: number; stats?: { expected?: number; flaky?: number; unexpected?: number } } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(file: string) {
  const report = readJson(file);
  return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
}

function countPlaywright(file: string) {
  const stats = readJson(file)?.stats;
  return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
}
