/**
 * Build the extractors and fingerprint what they depend on: each extractor's version and
 * the sha256 of every seed file it reads. Reextract compares these fingerprints.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createExtractors } from '../extractors/index.ts';
import { defaultSeedsDir, hashText } from './resources.ts';
import type { ExtractionState } from './stages/store.ts';
import type { Extractor } from './types.ts';

export interface ExtractionSetup {
  seedsDir: string;
  extractors: Extractor[];
  state: ExtractionState;
  /** sha256 over all resource hashes: one fingerprint of every dictionary. */
  dictionaryHash: string;
}

export function resourceHashes(seedsDir: string, extractors: readonly Extractor[]): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const e of extractors) {
    for (const r of e.resources) hashes[r] ??= hashText(readFileSync(path.join(seedsDir, r)));
  }
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
}

export function loadExtraction(seedsDir: string = defaultSeedsDir()): ExtractionSetup {
  const extractors = createExtractors({ seedsDir });
  const resources = resourceHashes(seedsDir, extractors);
  const state: ExtractionState = {
    extractors: Object.fromEntries(extractors.map((e) => [e.id, e.version])),
    resources,
  };
  return { seedsDir, extractors, state, dictionaryHash: hashText(JSON.stringify(resources)) };
}
