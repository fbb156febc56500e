/** The test run's temporary folder (test/private-tmpdir.ts): its own, so that it can be removed at the end. */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('os.tmpdir() is a folder of this test run, also in spawned processes', async () => {
  expect(path.basename(tmpdir())).toMatch(/^ev-extract-tests-/);
  const { execFileSync } = await import('node:child_process');
  const child = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
  expect(child).toBe(tmpdir());
});
