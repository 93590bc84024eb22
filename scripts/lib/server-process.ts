/**
 * The built site as a child process, for scripts that measure it (bench-feedback, bench-http, lighthouse): start
 * scripts/server.ts, wait until it answers, open its database, stop it the way a process manager does.
 */
import { type ChildProcess, type StdioOptions, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Builds the site when there is no production build yet (a fresh clone), as `npm start` does. An
 * existing build is used as it is (rebuild it yourself after changes). The build's output goes to
 * stderr, so that a script's JSON on stdout stays JSON.
 */
export function ensureBuild(): void {
  if (existsSync('.next/BUILD_ID')) return;
  console.error('No production build yet: running npm run build first.');
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`npm run build failed (${build.status ?? build.signal})`);
}

export interface ServerOptions {
  port: number;
  /** Added to this process's environment (HELP_DATA_DIR, DATABASE_URL, ...). */
  env?: Record<string, string>;
  hostname?: string;
  stdio?: StdioOptions;
  /** The built project to serve (default: the working directory). */
  cwd?: string;
}

/**
 * Starts the production server (run `npm run build` first). It gets a process group of its own so
 * that stopServer can signal it and everything it started.
 */
export function startServer({ port, env = {}, hostname, stdio = 'ignore', cwd }: ServerOptions): ChildProcess {
  const args = ['--import', 'tsx', 'scripts/server.ts', '--port', String(port), ...(hostname ? ['--hostname', hostname] : [])];
  return spawn('node', args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_MANUAL_SIG_HANDLE: 'true', ...env },
    stdio,
    cwd,
    detached: true,
  });
}

/** Polls `url` until it answers 2xx; gives up after a minute, or at once if `server` has exited (a port taken, no build). */
export async function waitFor(url: string, server?: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server && hasExited(server)) throw new Error(`the server exited (${server.exitCode ?? server.signalCode}) before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer; run npm run build first`);
}

/**
 * One vote, answered only once stored: the first write opens the site's database (on PGlite it is created
 * and migrated, seconds of work that hold up every other request), so a measurement started afterwards
 * does not pay for it. The vote is a row in the database: use it on a database of the script's own.
 */
export async function warmUpVote(base: string): Promise<void> {
  const response = await fetch(`${base}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'sec-fetch-site': 'same-origin' },
    body: 'locale=en&slug=reset-password&helpful=yes',
  });
  if (response.status !== 200) throw new Error(`warm-up vote answered ${response.status}`);
}

/** SIGTERM to the server's process group, as a process manager would, then wait for it to exit. */
export async function stop(child: ChildProcess): Promise<void> {
  if (hasExited(child) || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

/** `preferred` when nothing listens on it, else a port the system picks, so a second run (or a dev server) is no obstacle. */
export async function freePort(preferred: number, hostname = '127.0.0.1'): Promise<number> {
  return (await tryListen(preferred, hostname)) ?? (await tryListen(0, hostname))!;
}

function tryListen(port: number, hostname: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(null) : reject(error)));
    probe.listen(port, hostname, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : null));
    });
  });
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;
