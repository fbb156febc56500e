/**
 * The extractors, in the order they run. Later extractors read what earlier ones found:
 * dates first (it also fixes the document date that anchors year-less dates), then
 * companies, quantities, and agreements last (it needs companies and dates).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Extractor, ExtractorFactory, ExtractorOptions } from './types.ts';
import { hashText } from '../text/seed-files.ts';
import { createDateExtractor } from './dates/index.ts';
import { createCompanyExtractor } from './companies/index.ts';
import { createQuantityExtractor } from './quantities/index.ts';
import { createAgreementExtractor } from './agreements/index.ts';

export const EXTRACTOR_FACTORIES = [
  createDateExtractor,
  createCompanyExtractor,
  createQuantityExtractor,
  createAgreementExtractor,
] as const;

/** Build every extractor (loading and validating its seed files: a bad dictionary throws here, before any work). */
export function createExtractors(options: ExtractorOptions): Extractor[] {
  return EXTRACTOR_FACTORIES.map((factory) => reuseOrMake(factory, options));
}

/**
 * The extractors each factory made in this thread, by the options they were made with (the
 * latest KEPT_SETUPS), with the sha256 of every seed file each read. A second setup in one
 * process (a bench row after another, `reextract` in a long-lived process, the library's
 * createExtractor called again) gets the same extractor while its files are unchanged, and a
 * new one as soon as one changed.
 *
 * Not only to save the loading: V8 compiles a regular expression with its optimiser only while
 * the process has generated less than 1 MB of regular-expression code (TooMuchRegExpCode in
 * V8's regexp.cc); the hundreds of expressions of a second set of vocabularies, compiled after
 * the first set's, were compiled without it and ran several times slower: a third ingest in one
 * process, each with its own setup, extracted at 0.6 of the rate of one that reused it.
 */
const made = new Map<ExtractorFactory, Map<string, { files: Map<string, string>; extractor: Extractor }>>();

/** Setups (seeds folder and options) kept per factory: the oldest is let go after this many. */
const KEPT_SETUPS = 4;

function reuseOrMake(factory: ExtractorFactory, options: ExtractorOptions): Extractor {
  const key = JSON.stringify(options);
  const kept = made.get(factory) ?? new Map<string, { files: Map<string, string>; extractor: Extractor }>();
  made.set(factory, kept);
  const before = kept.get(key);
  // (the files' hashes are taken before the extractor reads them when their names are known: an
  // edit in between makes the next setup build again, never reuse an extractor older than its files)
  const now = before ? fileHashes(options.seedsDir, [...before.files.keys()]) : null;
  if (before && [...before.files].every(([file, hash]) => now!.get(file) === hash)) return before.extractor;
  const extractor = factory(options);
  const files = now && sameKeys(now, extractor.resources) ? now : fileHashes(options.seedsDir, extractor.resources);
  kept.delete(key);
  kept.set(key, { files, extractor });
  if (kept.size > KEPT_SETUPS) kept.delete(kept.keys().next().value!);
  return extractor;
}

function fileHashes(seedsDir: string, files: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files) {
    try {
      out.set(f, hashText(readFileSync(path.resolve(seedsDir, f))));
    } catch {
      out.set(f, ''); // (absent or unreadable: the same as before only if it was so then too)
    }
  }
  return out;
}

function sameKeys(hashes: Map<string, string>, files: readonly string[]): boolean {
  return hashes.size === new Set(files).size && files.every((f) => hashes.has(f));
}
