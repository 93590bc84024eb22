/**
 * Waiting for a freshly launched Chromium to finish starting before anything is measured in it.
 *
 * chrome-launcher returns as soon as the browser answers on its debugging port, but Chromium 156 goes
 * on working for 2-3 s more: it preloads browser UI that a headless run never shows (a renderer for
 * the address bar's popup, chrome://omnibox-popup.top-chrome, about 2 s of CPU on its own) while its
 * browser, GPU and network processes finish their start-up (about 1.5 s more). On a 2-core machine
 * that is both cores. A Lighthouse run started at once measured its CPU benchmark and the page's load
 * on a machine already busy with that, which a reader's browser, started long before, never is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface IdleOptions {
  /** How often the process tree's CPU time is read. */
  intervalMs: number;
  /** CPU time per interval (all processes together) at or under which an interval counts as quiet. */
  quietCpuMs: number;
  /** How many quiet intervals in a row mean the browser has settled. */
  quietIntervals: number;
  /** Give up waiting after this long; the caller says so rather than measure forever. */
  timeoutMs: number;
  /** Where CPU time cannot be read (no /proc: not Linux), how long to wait instead. */
  blindWaitMs: number;
}

/** Quiet means under a tenth of one core, for a whole second. */
export const DEFAULT_IDLE: IdleOptions = { intervalMs: 250, quietCpuMs: 25, quietIntervals: 4, timeoutMs: 15_000, blindWaitMs: 4_000 };

export interface IdleWait {
  /** How long the wait took. */
  waitedMs: number;
  /** idle: quiet for quietIntervals; busy: still working at the timeout; unmeasured: no /proc, so blindWaitMs. */
  outcome: 'idle' | 'busy' | 'unmeasured';
}

/**
 * Whether the last `quietIntervals` readings of cumulative CPU time (ms, oldest first) each grew by
 * no more than `quietCpuMs`. Pure, so the rule can be tested without a browser.
 */
export function hasSettled(cumulativeCpuMs: readonly number[], { quietCpuMs, quietIntervals }: Pick<IdleOptions, 'quietCpuMs' | 'quietIntervals'>): boolean {
  if (cumulativeCpuMs.length < quietIntervals + 1) return false;
  const recent = cumulativeCpuMs.slice(-(quietIntervals + 1));
  return recent.slice(1).every((cpu, index) => cpu - recent[index]! <= quietCpuMs);
}

/** Waits until the process `pid` and all its descendants have been quiet for a while (see DEFAULT_IDLE). */
export async function waitUntilIdle(pid: number, options: IdleOptions = DEFAULT_IDLE): Promise<IdleWait> {
  const started = Date.now();
  const waited = (outcome: IdleWait['outcome']): IdleWait => ({ waitedMs: Date.now() - started, outcome });
  const readings: number[] = [];
  while (Date.now() - started < options.timeoutMs) {
    const cpu = processTreeCpuMs(pid);
    if (cpu === null) {
      await sleep(options.blindWaitMs);
      return waited('unmeasured');
    }
    readings.push(cpu);
    if (hasSettled(readings, options)) return waited('idle');
    await sleep(options.intervalMs);
  }
  return waited('busy');
}

/**
 * The CPU time (user + system, ms) used so far by `root` and every process under it (Chromium's
 * renderers are children of its zygote, itself a child of the browser), read from /proc; null where
 * there is no /proc (not Linux) or `root` is gone. A process that exits between reads loses its time,
 * which can only make an interval look quieter by what that process used, never busier.
 */
export function processTreeCpuMs(root: number): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = new Map<number, { parent: number; cpuMs: number }>();
  for (const pid of pids) {
    const stat = readStat(Number(pid));
    if (stat) stats.set(Number(pid), stat);
  }
  if (!stats.has(root)) return null;
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of stats) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  let total = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    total += stats.get(pid)?.cpuMs ?? 0;
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Clock ticks per second of /proc's CPU times: USER_HZ, 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

function readStat(pid: number): { parent: number; cpuMs: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces; the fields after it are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // proc(5): ppid is field 4, utime and stime fields 14 and 15; fields[0] is field 3.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { parent: Number(fields[1]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}
