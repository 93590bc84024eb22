/**
 * The production server as a child process, for the benchmarks and audits that drive it from the
 * outside: started from the build (scripts/server.ts, what `npm start` runs), waited for, and stopped
 * the way a process manager does.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds the site when there is no production build yet (a fresh clone), as `npm start` does. */
export function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID')) return;
  console.error('No production build yet: running npm run build first.');
  const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Starts scripts/server.ts on a port, in its own process group so that stop() reaches all of it. */
export function startServer(port: number | string, env: Record<string, string> = {}): ChildProcess {
  return spawn('node', ['--import', 'tsx', 'scripts/server.ts', '--port', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_MANUAL_SIG_HANDLE: 'true', ...env },
    stdio: 'ignore',
    detached: true,
  });
}

export async function waitFor(url: string): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer; run npm run build first`);
}

/** SIGTERM to the server's process group, as a process manager would, then wait for it to exit. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}
