/**
 * The ../shared folder beside the checkout (spec, gold files, dev set, score.py), which a clone
 * of this repository alone does not have. Tests that need it declare so through
 * describeIfShared: without it they are skipped, and the reason is printed once per file and
 * kept in the suite's name, so `npm test` passes on a bare clone and says what it did not run.
 *
 *   import { describeIfShared, sharedPath } from './shared.ts';
 *   describeIfShared('score.py agrees', { files: ['eval/score.py'], python: true }, () => { … });
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SHARED = path.resolve(ROOT, '../shared');

/** A path inside ../shared (whether it exists or not). */
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED, ...parts);
}

let python: boolean | undefined;
/** Whether `python3` runs here. */
export function havePython(): boolean {
  python ??= spawnSync('python3', ['--version'], { stdio: 'ignore' }).status === 0;
  return python;
}

export interface SharedNeeds {
  /** Paths inside ../shared the suite reads (default: the folder itself). */
  files?: string[];
  /** Whether it runs python3 (score.py and the other scorers). */
  python?: boolean;
}

/** Why a suite with these needs cannot run here; null when it can. */
export function missingShared(needs: SharedNeeds = {}): string | null {
  const missing = (needs.files ?? ['.']).filter((f) => !existsSync(sharedPath(f)));
  if (missing.length > 0) return `needs ${missing.map((f) => path.relative(ROOT, sharedPath(f))).join(', ')} (not found)`;
  if (needs.python && !havePython()) return 'needs python3 (not found)';
  return null;
}

/** describe() when ../shared (and python3 if asked) is there; otherwise a skipped suite whose name says why. */
export function describeIfShared(name: string, needs: SharedNeeds, body: () => void): void {
  const reason = missingShared(needs);
  if (reason === null) {
    describe(name, body);
    return;
  }
  console.warn(`skipped "${name}": ${reason}`);
  describe.skip(`${name} [skipped: ${reason}]`, body);
}

/** it() when ../shared (and python3 if asked) is there; otherwise a skipped test whose name says why. */
export function itIfShared(name: string, needs: SharedNeeds, body: () => unknown): void {
  const reason = missingShared(needs);
  if (reason === null) {
    it(name, body);
    return;
  }
  console.warn(`skipped "${name}": ${reason}`);
  it.skip(`${name} [skipped: ${reason}]`, body);
}
