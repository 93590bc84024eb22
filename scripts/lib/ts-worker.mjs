// Worker threads do not inherit the TypeScript loader of `node --import tsx` (Node 20), so a worker
// written in TypeScript starts here: `new Worker(tsWorker, { workerData: { module: url } })`.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.module, import.meta.url);
