// Worker-thread body: built into dist/worker-main.mjs, or run from the sources through tsx by
// worker-entry.mjs (see worker-script.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { workerMain } from './worker-body.ts';
import type { ParsedSeedFiles } from '../text/seed-files.ts';
import { setRuntimeOptions, type RuntimeOptions } from './options.ts';
import type { Automaton } from '../extractors/companies/aho-corasick.ts';

const { seedsDir, seedFiles, automata, options } = workerData as {
  seedsDir: string;
  seedFiles: ParsedSeedFiles;
  automata: Map<string, Automaton>;
  options: RuntimeOptions;
};
setRuntimeOptions(options); // the main thread's
await workerMain(parentPort!, seedsDir, seedFiles, automata);
