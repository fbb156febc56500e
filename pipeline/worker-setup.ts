/**
 * What a worker thread extracts with: the main thread's seeds folder, parsed seed files,
 * compiled automata and options. A worker started by its pool gets them as workerData; one
 * started ahead of its pool (pipeline/prestart.ts) gets them in a 'setup' message once the main
 * thread has loaded the extraction, and loads its modules meanwhile.
 */
import type { Automaton } from '../extractors/companies/aho-corasick.ts';
import type { ParsedSeedFiles } from '../text/seed-files.ts';
import type { RuntimeOptions } from './options.ts';
import type { ShippedFacts } from '../text/derived-cache.ts';

export interface WorkerSetup {
  seedsDir: string;
  seedFiles: ParsedSeedFiles;
  automata?: ReadonlyMap<string, Automaton>;
  options?: RuntimeOptions;
  /** Facts the main thread read from the patterns' text (text/derived-cache.ts). */
  derived?: ShippedFacts;
}
