/**
 * vitest globalSetup: a test run gets a temporary folder of its own and removes it at the end.
 *
 * Tests make hundreds of temporary folders (databases, seed copies, generated corpora, CLI
 * runs that are killed on purpose), many without cleaning up after themselves; each run used
 * to leave them all in the system's temporary folder. TMPDIR is what `os.tmpdir()` reads, in
 * the test processes (forked after this runs) and in every process they spawn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function privateTmpdir(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(path.join(tmpdir(), 'ev-extract-tests-'));
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
