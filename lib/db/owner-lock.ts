import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * PGlite takes no lock on its data folder, and two processes writing one folder corrupt it. So the
 * folder has one owner at a time, named in `owner.pid` beside it: a second process finds the owner
 * alive and refuses with a clear message instead of opening the folder. A pid left by a process that
 * died is taken over.
 */
export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (probably the running site). ` +
        'Opening it from a second process could corrupt it. Stop that process first, or run the site on PostgreSQL (DATABASE_URL), which any number of processes can read.',
    );
    this.name = 'DatabaseInUseError';
  }
}

/** Claims `dataDir` for this process; returns the function that lets it go. */
export function claimDataDir(dataDir: string): () => void {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const lockFile = `${dataDir}.owner.pid`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // "wx": created only if absent, atomically, so two processes starting together cannot both win.
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockFile, 'utf8'));
      if (owner === process.pid) return () => rmSync(lockFile, { force: true });
      if (isAlive(owner)) throw new DatabaseInUseError(dataDir, owner);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not claim ${dataDir}`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
