/**
 * How many worker threads extract by default: one per core but one (at least one). The main
 * thread writes, and extracts whenever every worker's queue is full (WorkerPool.helpLater in
 * workers.ts), so it takes the last core. A module of its own so that the CLI can tell the
 * default without loading the pipeline.
 */
import os from 'node:os';

export function defaultWorkerCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, cores - 1);
}
