import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleBatch } from '../../lib/content/articles';
import { ARTICLES_PER_THREAD, type LoadOptions, loadContent, threadsWorthStarting } from '../../lib/content/load';
import { formatProblem } from '../../lib/content/problems';
import { DEFAULT_MAX_THREADS, buildThreads, contentWorkers } from '../../scripts/lib/content-tasks';
import { type WorkerPool, workerPool } from '../../scripts/lib/worker-pool';
import { createCorpus } from '../../scripts/corpus/files';

/**
 * The build compiles a large help center's articles in batches on worker threads (scripts/content.ts).
 * What it writes must not depend on that: the same articles and the same problems, in the same order,
 * as compiling them one after another here.
 */
const realContent = path.join(import.meta.dirname, '../../content');
let dir: string;
let contentDir: string;
let files: string[];
const display: LoadOptions['displayPath'] = (file) => path.relative(contentDir, file);
/** Each test compiles 600 articles once or twice: seconds alone, far more beside the rest of the suite on 2 cores. */
const COMPILING = { timeout: 180_000 };

/** Loads through two real worker threads, noting the batches they were given. */
async function loadThreaded() {
  const workers = contentWorkers(2);
  const batches: ArticleBatch[] = [];
  const compile = (batch: ArticleBatch) => (batches.push(batch), workers.articles.compile(batch));
  try {
    const result = await loadContent(contentDir, { displayPath: display, parallel: { width: 2, compile } });
    return { ...result, batches };
  } finally {
    await workers.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'content-threads-'));
  contentDir = path.join(dir, 'content');
  ({ files } = await createCorpus(realContent, contentDir, { articles: 300, seed: 5 }));
  files.sort();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('compiling articles on worker threads', () => {
  it('gives the same articles and the same warnings, in file order, as compiling them here', COMPILING, async () => {
    // A warning from an early, a middle and a late article, so that they come from different batches.
    const warned = [files[3]!, files[Math.floor(files.length / 2)]!, files.at(-2)!];
    for (const file of warned) await appendFile(path.join(contentDir, file), '\n\nType `{{brand}}` here.\n');
    const serial = await loadContent(contentDir, { displayPath: display });
    const threaded = await loadThreaded();

    expect(threaded.batches.length).toBeGreaterThan(2);
    const total = threaded.batches[0]!.site.files.length;
    expect(threaded.batches.map(({ start, end }) => [start, end]).flat()).toEqual([0, ...threaded.batches.slice(1).flatMap(({ start }) => [start, start]), total]);

    const inCode = (problems: typeof serial.problems) => problems.filter((problem) => problem.message.includes('inside code')).map((problem) => problem.file);
    expect(inCode(serial.problems)).toEqual(warned);
    expect(threaded.problems.map(formatProblem)).toEqual(serial.problems.map(formatProblem));
    expect(serial.content).not.toBeNull();
    expect(threaded.content).toEqual(serial.content);

    for (const file of warned) {
      const text = await readFile(path.join(contentDir, file), 'utf8');
      await writeFile(path.join(contentDir, file), text.replace('\n\nType `{{brand}}` here.\n', ''));
    }
  });

  it('reports the errors found on every thread, in file order, and compiles nothing', COMPILING, async () => {
    const [early, late] = [files[1]!, files.at(-1)!];
    await appendFile(path.join(contentDir, early), '\n\nSee {{nosuchvariable}}.\n');
    const lateText = await readFile(path.join(contentDir, late), 'utf8');
    await writeFile(path.join(contentDir, late), lateText.replace(/^title: .*$/m, 'title: 42'));

    const threaded = await loadThreaded();
    const errors = threaded.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.file)).toEqual([early, late]);
    expect(errors[0]!.message).toContain('{{nosuchvariable}} is not a known variable');
    expect(errors[1]!.field).toBe('title');
    expect(threaded.content).toBeNull();
  });
});

describe('when threads are worth starting', () => {
  it('starts none for a help center the size of the sample, and at most one per batch of articles', () => {
    expect(threadsWorthStarting(132, 2)).toBe(1);
    expect(threadsWorthStarting(2 * ARTICLES_PER_THREAD - 1, 2)).toBe(1);
    expect(threadsWorthStarting(2 * ARTICLES_PER_THREAD, 2)).toBe(2);
    expect(threadsWorthStarting(4000, 2)).toBe(2);
    expect(threadsWorthStarting(4000, 1)).toBe(1);
  });

  it('reads HELP_BUILD_THREADS as a whole number of threads, one a core up to a few without it, and says when it is not one', () => {
    expect(buildThreads('3')).toBe(3);
    expect(buildThreads(' 1 ')).toBe(1);
    expect(buildThreads('16')).toBe(16);
    expect(buildThreads(undefined)).toBe(Math.min(os.availableParallelism(), DEFAULT_MAX_THREADS));
    expect(buildThreads('')).toBe(buildThreads(undefined));
    for (const bad of ['0', '-1', '1.5', 'two', '2x']) expect(() => buildThreads(bad), bad).toThrow(/HELP_BUILD_THREADS must be a whole number/);
  });
});

describe('the worker pool', () => {
  type EchoTask = { echo: string } | { fail: string } | { exit: number };
  /** Two threads of tests/fixtures/echo-worker.ts, ended after `test` whatever it does. */
  async function withEchoPool(test: (echo: WorkerPool<EchoTask, string>) => Promise<void>) {
    const echo = workerPool<EchoTask, string>(new URL('../fixtures/echo-worker.ts', import.meta.url), 2);
    try {
      await test(echo);
    } finally {
      await echo.close();
    }
  }

  it('answers each task, reusing its threads', () =>
    withEchoPool(async (echo) => {
      const answers = await Promise.all(['a', 'b'].map((echoed) => echo.run({ echo: echoed })));
      expect(answers).toEqual(['a', 'b']);
      expect(await echo.run({ echo: 'c' })).toBe('c');
    }));

  it('rejects with the error a task threw, and the thread goes on answering', () =>
    withEchoPool(async (echo) => {
      await expect(echo.run({ fail: 'no such file' })).rejects.toThrow('no such file');
      expect(await echo.run({ echo: 'still here' })).toBe('still here');
    }));

  it('rejects, rather than waiting for ever, when a thread stops before it answers', () =>
    withEchoPool(async (echo) => {
      await expect(echo.run({ exit: 3 })).rejects.toThrow('a worker thread stopped (exit code 3) before it answered');
    }));
});
