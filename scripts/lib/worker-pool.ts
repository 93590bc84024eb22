/**
 * Worker threads for the build's CPU-bound steps, one a core by default. A thread starts only when
 * it is first given a task, so a small help center that needs none starts none.
 */
import os from 'node:os';
import { Worker, parentPort } from 'node:worker_threads';

const bootstrap = new URL('./ts-worker.mjs', import.meta.url);

export interface WorkerPool<Task, Result> {
  /** How many tasks run at once. */
  width: number;
  run(task: Task): Promise<Result>;
  /** Ends every thread: call it once the last task is answered. */
  close(): Promise<void>;
}

type Reply<Result> = { result: Result } | { error: unknown };

/**
 * `module` answers each task it is sent with `{ result }` or `{ error }` (see serveTasks). Tasks and
 * results are copied between threads (structured clone), so they hold plain data only.
 */
export function workerPool<Task, Result>(module: URL, width = os.availableParallelism()): WorkerPool<Task, Result> {
  const idle: Worker[] = [];
  const started: Worker[] = [];

  const run = (task: Task) =>
    new Promise<Result>((resolve, reject) => {
      const worker = idle.pop() ?? start();
      const settle = () => worker.off('message', reply).off('error', fail).off('exit', exit);
      const fail = (error: unknown) => {
        settle();
        reject(error);
      };
      const exit = (code: number) => fail(new Error(`a worker thread stopped (exit code ${code}) before it answered`));
      const reply = (message: Reply<Result>) => {
        settle();
        idle.push(worker);
        if ('error' in message) reject(message.error);
        else resolve(message.result);
      };
      worker.on('message', reply).once('error', fail).once('exit', exit);
      worker.postMessage(task);
    });

  const start = () => {
    const worker = new Worker(bootstrap, { workerData: { module: module.href } });
    started.push(worker);
    return worker;
  };

  return {
    width,
    run,
    close: async () => {
      await Promise.all(started.map((worker) => worker.terminate()));
    },
  };
}

/** The worker's side: answers every task posted to this thread with `handle`. */
export function serveTasks<Task, Result>(handle: (task: Task) => Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  port.on('message', async (task: Task) => {
    try {
      port.postMessage({ result: await handle(task) });
    } catch (error) {
      port.postMessage({ error });
    }
  });
}
