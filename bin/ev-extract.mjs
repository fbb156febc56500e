#!/usr/bin/env -S node --no-turbo-inlining --no-turbo-loop-peeling --interrupt-budget=528000 --single-threaded-gc --max-semi-space-size=32 --initial-old-space-size=128 --no-concurrent-recompilation --no-regexp-tier-up
// The ev-extract command: the CLI built into dist/ by `npm run build` (which `npm ci` runs),
// or, where there is no build, the TypeScript sources through tsx.
// V8 options (see "V8 options" in the README) are given on the node command line above; they
// are process-wide, so the worker threads compile with them too.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.mjs', import.meta.url);
let cli;
if (existsSync(built)) {
  cli = await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../pipeline/cli.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
