// `npm test`: type check, lint, unit tests, browser tests, in that order, stopping at the first
// failure, and ending with one line that counts every test that ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const reports = 'test-reports';
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const steps = [
  { name: 'types', command: 'npx', args: ['next', 'typegen'] },
  { name: 'types', command: 'npx', args: ['tsc', '--noEmit'] },
  { name: 'lint', command: 'npx', args: ['eslint', '--max-warnings=0', '.'] },
  {
    name: 'unit',
    command: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`],
    count: () => countVitest(`${reports}/vitest.json`),
  },
  {
    name: 'e2e',
    command: 'npx',
    args: ['playwright', 'test'],
    count: () => countPlaywright(`${reports}/playwright.json`),
  },
];

let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command} ${step.args.join(' ')}`);
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env: { ...env, ...step.env } });
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
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(file) {
  const report = readJson(file);
  return { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
}

function countPlaywright(file) {
  const stats = readJson(file)?.stats;
  return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
}
