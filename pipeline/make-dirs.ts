/**
 * Create a folder and its missing parents, one level at a time. Node's recursive mkdir spins
 * at 100 % CPU on some pseudo file systems (`/proc/x`); this fails with the reason instead.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliError, describeSystemError } from './cli-error.ts';

export function makeDirs(dir: string, what = dir): void {
  const missing: string[] = [];
  let p = path.resolve(dir);
  for (;;) {
    let st: import('node:fs').Stats | null = null;
    try {
      st = statSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new CliError(what, `cannot use ${p}: ${describeSystemError(e)}`);
    }
    if (st) {
      if (!st.isDirectory()) throw new CliError(what, p === path.resolve(dir) ? 'is a file, not a folder' : `${p} is a file, not a folder`, 2);
      break;
    }
    missing.push(p);
    const parent = path.dirname(p);
    if (parent === p) break;
    p = parent;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && statSync(d).isDirectory()) continue; // made meanwhile by another process
      throw new CliError(what, `cannot create the folder ${d}: ${describeSystemError(e)}`);
    }
  }
}
