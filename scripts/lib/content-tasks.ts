/**
 * The content step's two CPU-bound parts, as tasks a worker thread can be given (content-worker.ts):
 * compiling a batch of articles and building a locale's search index.
 */
import os from 'node:os';
import { type ArticleBatch, type ArticleBatchResult, compileArticleBatch } from '../../lib/content/articles';
import type { ParallelCompiler } from '../../lib/content/load';
import { type SearchIndexSizes, type SearchIndexTask, writeSearchIndex } from './search-index-files';
import { type WorkerPool, workerPool } from './worker-pool';

export type ContentTask = { articles: ArticleBatch } | { searchIndex: SearchIndexTask };
export type ContentResult = ArticleBatchResult | SearchIndexSizes;

export function runContentTask(task: ContentTask): Promise<ContentResult> {
  return 'articles' in task ? compileArticleBatch(task.articles) : writeSearchIndex(task.searchIndex);
}

export interface ContentWorkers {
  /** For loadContent's `parallel` option. */
  articles: ParallelCompiler;
  searchIndex(task: SearchIndexTask): Promise<SearchIndexSizes>;
  close(): Promise<void>;
}

/**
 * Each thread holds its own Markdown processors and the batch it is compiling: about 200 MB at
 * 2,000 articles a locale (the content step's peak went from 630-690 MB on one thread to about
 * 1,070 MB with two beside it). So a many-core machine does not get one a core unless it asks.
 */
export const DEFAULT_MAX_THREADS = 4;

/**
 * Threads for the content step: HELP_BUILD_THREADS, or one a core up to DEFAULT_MAX_THREADS. 1 does
 * everything on the main thread, as it is done anyway for a help center too small to gain from threads.
 */
export function buildThreads(value = process.env.HELP_BUILD_THREADS): number {
  if (value === undefined || value.trim() === '') return Math.min(os.availableParallelism(), DEFAULT_MAX_THREADS);
  if (!/^[1-9]\d*$/.test(value.trim())) throw new RangeError(`HELP_BUILD_THREADS must be a whole number of threads (1 or more), not "${value}".`);
  return Number(value.trim());
}

export function contentWorkers(width: number): ContentWorkers {
  const pool: WorkerPool<ContentTask, ContentResult> = workerPool(new URL('./content-worker.ts', import.meta.url), width);
  return {
    articles: { width: pool.width, compile: (batch) => pool.run({ articles: batch }) as Promise<ArticleBatchResult> },
    searchIndex: (task) => pool.run({ searchIndex: task }) as Promise<SearchIndexSizes>,
    close: () => pool.close(),
  };
}
