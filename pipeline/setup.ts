/**
 * Build the extractors and fingerprint what they depend on: each extractor's version and
 * the sha256 of every seed file it reads. Reextract compares these fingerprints.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createExtractors } from '../extractors/index.ts';
import { defaultSeedsDir, hashText, parsedSeedFilesToShip, type ParsedSeedFiles } from '../text/seed-files.ts';
import { runtimeOptions } from './options.ts';
import type { ExtractionState } from './storage.ts';
import type { CompanyEntity, Extractor } from '../extractors/types.ts';
import { readDerivedFromDisk, writeDerivedToDisk } from '../text/derived-cache.ts';

export interface ExtractionSetup {
  seedsDir: string;
  extractors: Extractor[];
  state: ExtractionState;
  /** sha256 over all resource hashes: one fingerprint of every dictionary. */
  dictionaryHash: string;
  /** The seed files as parsed here, shipped to worker threads so that they do not parse them again. */
  seedFiles: ParsedSeedFiles;
}

function resourceHashes(seedsDir: string, extractors: readonly Extractor[]): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const e of extractors) {
    for (const r of e.resources) hashes[r] ??= hashText(readFileSync(path.join(seedsDir, r)));
  }
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
}

export function loadExtraction(seedsDir: string = defaultSeedsDir()): ExtractionSetup {
  // (facts read from the patterns' text, kept by the last run: text/derived-cache.ts)
  readDerivedFromDisk();
  const extractors = createExtractors({ seedsDir, kuromojiCache: runtimeOptions().kuromojiCache });
  writeDerivedToDisk();
  const resources = resourceHashes(seedsDir, extractors);
  const parsed = parsedSeedFilesToShip();
  const seedFiles: ParsedSeedFiles = new Map();
  for (const file of Object.keys(resources)) {
    const key = path.resolve(seedsDir, file);
    const entry = parsed.get(key);
    if (entry) seedFiles.set(key, entry);
  }
  const state: ExtractionState = {
    extractors: Object.fromEntries(extractors.map((e) => [e.id, e.version])),
    resources,
  };
  return { seedsDir, extractors, state, dictionaryHash: hashText(JSON.stringify(resources)), seedFiles };
}

/** The seed file that holds the company dictionary; its changes are diffed alias by alias. */
export const COMPANY_DICTIONARY = 'companies/companies.yaml';

export interface DictionarySnapshot {
  hash: string;
  /** alias key (NFKC, lower case) → "company id" ("?" appended when ambiguous); several ids joined by "|". */
  aliases: Record<string, string>;
  canonical: Record<string, string>;
}

export function aliasKey(alias: string): string {
  return alias.normalize('NFKC').toLowerCase();
}

/** The company dictionary's entities (not the companies discovered in text so far). */
export function dictionaryEntities(setup: ExtractionSetup): CompanyEntity[] {
  const companies = setup.extractors.find((e) => e.entities);
  return (companies?.entities?.() ?? []).filter((e) => !e.id.startsWith('discovered:'));
}

export function dictionarySnapshot(setup: ExtractionSetup): DictionarySnapshot | null {
  const hash = setup.state.resources[COMPANY_DICTIONARY];
  const companies = setup.extractors.find((e) => e.entities);
  if (!hash || !companies?.entities) return null;
  const aliases: Record<string, string> = {};
  const canonical: Record<string, string> = {};
  for (const e of dictionaryEntities(setup)) {
    canonical[e.id] = e.canonical;
    const ambiguous = new Set((e.ambiguous ?? []).map(aliasKey));
    for (const a of [e.canonical, ...e.aliases.map((x) => x.alias)]) {
      const key = aliasKey(a);
      const value = e.id + (ambiguous.has(key) ? '?' : '');
      const prev = aliases[key];
      aliases[key] = prev && prev !== value ? [...new Set([...prev.split('|'), value])].sort().join('|') : value;
    }
  }
  return { hash, aliases, canonical };
}
