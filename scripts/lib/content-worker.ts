/** A worker thread of scripts/content.ts (started by contentWorkers in content-tasks.ts). */
import { runContentTask } from './content-tasks';
import { serveTasks } from './worker-pool';

serveTasks(runContentTask);
