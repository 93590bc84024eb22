import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type IdleOptions, hasSettled, processTreeCpuMs, waitUntilIdle } from '../../scripts/lib/browser-idle';

/**
 * `npm run lighthouse` waits for each fresh Chromium to finish starting before measuring a page in it
 * (scripts/lib/browser-idle.ts). Here the wait is tried on processes that stand in for a browser:
 * one busy for a moment then quiet, one busy throughout, one whose work is in a child process.
 */
const RULE = { quietCpuMs: 10, quietIntervals: 3 };
const FAST: IdleOptions = { intervalMs: 50, ...RULE, timeoutMs: 6_000, blindWaitMs: 0 };

describe('hasSettled', () => {
  it('needs enough readings to judge', () => {
    expect(hasSettled([], RULE)).toBe(false);
    expect(hasSettled([0, 0, 0], RULE)).toBe(false);
    expect(hasSettled([0, 0, 0, 0], RULE)).toBe(true);
  });

  it('looks only at the last intervals, each of which must be quiet', () => {
    expect(hasSettled([0, 500, 900, 905, 910, 910], RULE)).toBe(true);
    expect(hasSettled([0, 500, 900, 905, 910, 930], RULE)).toBe(false);
    // Quiet on average (30 ms over 3 intervals) is not enough: one busy interval means not settled yet.
    expect(hasSettled([0, 0, 0, 30], RULE)).toBe(false);
    expect(hasSettled([0, 10, 20, 30], RULE)).toBe(true);
  });
});

const linux = existsSync('/proc/self/stat');
const children: ChildProcess[] = [];
afterEach(() => {
  // Each stand-in leads a process group of its own, so its children go with it rather than live on.
  for (const child of children.splice(0)) process.kill(-child.pid!, 'SIGKILL');
});

/** A Node process running `code`; it stays alive afterwards (an idle browser does too). */
function nodeProcess(code: string): ChildProcess {
  const child = spawn(process.execPath, ['-e', `${code}; setInterval(() => {}, 60_000)`], { stdio: 'ignore', detached: true });
  children.push(child);
  return child;
}

const busyFor = (ms: number) => `{ const end = Date.now() + ${ms}; while (Date.now() < end); }`;

describe.runIf(linux)('waitUntilIdle', () => {
  it('waits out a process busy at start, then says it is idle', async () => {
    const browser = nodeProcess(busyFor(1_000));
    const wait = await waitUntilIdle(browser.pid!, FAST);
    expect(wait.outcome).toBe('idle');
    // The wait cannot end while the process is still busy: about 1 s, less what Node takes to start.
    expect(wait.waitedMs).toBeGreaterThan(700);
    expect(wait.waitedMs).toBeLessThan(FAST.timeoutMs);
  });

  it('counts the work of processes under it, as Chromium does its renderers', async () => {
    const code = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(`${busyFor(1_000)}; setInterval(() => {}, 60_000)`)}], { stdio: 'ignore' })`;
    const browser = nodeProcess(code);
    const wait = await waitUntilIdle(browser.pid!, FAST);
    expect(wait.outcome).toBe('idle');
    expect(wait.waitedMs).toBeGreaterThan(700);
  });

  it('gives up at the timeout on a process that never settles', async () => {
    const browser = nodeProcess('for (;;);');
    const wait = await waitUntilIdle(browser.pid!, { ...FAST, timeoutMs: 800 });
    expect(wait.outcome).toBe('busy');
    expect(wait.waitedMs).toBeGreaterThanOrEqual(800);
  });
});

describe.runIf(linux)('processTreeCpuMs', () => {
  it("reads this process's CPU time, and nothing for a process that does not exist", () => {
    const before = processTreeCpuMs(process.pid)!;
    // eval keeps the loop from being optimised away: 150 ms of work shows as CPU time (10 ms ticks).
    eval(busyFor(150));
    expect(processTreeCpuMs(process.pid)! - before).toBeGreaterThanOrEqual(100);
    expect(processTreeCpuMs(2 ** 22 + 1)).toBeNull();
  });
});
