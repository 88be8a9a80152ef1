// How to start the executor (the scheduler's ExecutorInfo command, executor/bin/cmf-executor or
// the local cluster's agent): node with these flags, running EXECUTOR_MAIN. One executor runs
// beside every Cassandra node, so its footprint matters more than its speed: it does a Jolokia
// read every few seconds and little else.
import { fileURLToPath } from 'node:url';

export const EXECUTOR_NODE_FLAGS: readonly string[] = [
  // No optimizing compiler and smaller code caches: about 10 MB less resident memory.
  '--lite-mode',
  // A 1 MB young generation (default 16 MB semi-spaces): the executor allocates little.
  '--max-semi-space-size=1',
  // Start the old generation small: the first full GC then comes early and the garbage of the
  // launch (config rendering, the first probes) is not carried for minutes (about 1-2 MB RSS).
  '--initial-old-space-size=4',
  // Fewer threads, so fewer stacks and malloc arenas: GC on the main thread, one V8 worker.
  '--single-threaded-gc',
  '--v8-pool-size=1',
];

/** The built entry point, dist/main.js. */
export const EXECUTOR_MAIN = fileURLToPath(new URL('./main.js', import.meta.url));
