// `npm start`: serve the production site on port 3000 (or PORT), building it first when there is
// no build yet, so a fresh clone needs only `npm install && npm start`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// NEXT_MANUAL_SIG_HANDLE: on Ctrl-C or SIGTERM the site closes its embedded database before exiting
// (lib/db/server.ts); Next's own handler would exit first, and PGlite loses what it has not flushed.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_MANUAL_SIG_HANDLE: 'true' };
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('.next/BUILD_ID')) {
  console.log('No production build yet: building the site first (about a minute).');
  run('npm', ['run', 'build']);
}
// Our server (scripts/server.ts): Next's handler behind a door that refuses what Next would answer with a 500.
run('node', ['--import', 'tsx', 'scripts/server.ts', '--port', process.env.PORT ?? '3000', ...process.argv.slice(2)]);
