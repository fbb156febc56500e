#!/usr/bin/env node
/**
 * `npm run build` (also run by `npm ci` / `npm install` through `prepare`): bundles the CLI, the
 * library entry (dist/index.mjs, the package's `exports`, with dist/index.d.ts written from
 * pipeline/library.ts by TypeScript's transpileDeclaration) and the worker-thread body into
 * dist/ with esbuild — the project's modules inlined, packages left
 * as imports (but BUNDLED_PACKAGES), each command's modules in chunks of their own (loaded when the command runs).
 * `bin/ev-extract.mjs` runs dist/cli.mjs; worker threads started from it run dist/worker-main.mjs;
 * `npm run bench` runs dist/bench.mjs (so the benchmark measures what users run).
 *
 * dist/ sits one folder below the root, like pipeline/, so that what a module finds relative to
 * its own file (../seeds, ../package.json, node_modules) is found alike from the bundle; the
 * build stops if a bundled module that does so lives at another depth.
 *
 * The project's own modules are loaded with their array for-of loops indexed
 * (scripts/indexed-loops.mjs: the sources keep for-of, dist/ runs faster in V8's first tiers).
 *
 *   node scripts/build.mjs [OUTDIR] [--keep-for-of]
 *       OUTDIR: default dist, a folder of the root; --keep-for-of: build the sources' loops as
 *       written (to measure the difference)
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';
import { indexedLoopsPlugin } from './indexed-loops.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const keepForOf = args.includes('--keep-for-of');
const outdir = path.resolve(root, args.find((a) => !a.startsWith('--')) ?? 'dist');
if (path.dirname(outdir) !== path.resolve(root)) throw new Error(`build: ${outdir} must be a folder of ${root} (modules resolve ../ from it)`);

/**
 * Packages bundled into dist/ instead of imported from node_modules at run time. zod's ESM
 * build is ~100 small modules: importing them took ~50 ms, for the module loader's resolving,
 * reading and linking; bundled, ~25 ms. (The seed files' schemas load zod only to validate,
 * text/lazy-zod.ts; the commands that validate every time import it.) The others stay imports
 * (native addons, files read beside the package, CommonJS loaded lazily through createRequire).
 */
const BUNDLED_PACKAGES = new Set(['zod']);
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const externalPackages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !BUNDLED_PACKAGES.has(name));

const ENTRY_POINTS = ['pipeline/cli.ts', 'pipeline/worker-main.ts', 'pipeline/bench/bench.ts', { in: 'pipeline/library.ts', out: 'index' }];
rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: ENTRY_POINTS,
  plugins: keepForOf ? [] : [indexedLoopsPlugin(root, ENTRY_POINTS.map((e) => (typeof e === 'string' ? e : e.in)))],
  absWorkingDir: root,
  outdir,
  entryNames: '[name]', // all in one folder: dist/cli.mjs, dist/worker-main.mjs, dist/bench.mjs
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: externalPackages.flatMap((name) => [name, `${name}/*`]),
  metafile: true,
  logLevel: 'warning',
});

/** Uses import.meta for a path (createRequire(import.meta.url) finds packages from any depth). */
const resolvesFromItself = (file) => /import\.meta\.(url|dirname|filename)/.test(readFileSync(path.join(root, file), 'utf8').replaceAll('createRequire(import.meta.url)', ''));
const misplaced = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/') && file.split('/').length !== 2 && resolvesFromItself(file));
for (const file of Object.keys(result.metafile.outputs)) {
  if (path.dirname(path.resolve(root, file)) !== outdir) misplaced.push(`${file} (an output below ${path.basename(outdir)}/)`);
}
if (misplaced.length > 0) {
  rmSync(outdir, { recursive: true, force: true });
  console.error(`build: would resolve paths differently from ${path.basename(outdir)}/ than from the sources (modules using import.meta must be one folder below the root, outputs directly in ${path.basename(outdir)}/):\n  ${misplaced.join('\n  ')}`);
  process.exit(1);
}

// The library's types: pipeline/library.ts declares its public types without imports, so its
// declarations alone are the whole of dist/index.d.ts.
const LIBRARY = 'pipeline/library.ts';
const declaration = ts.transpileDeclaration(readFileSync(path.join(root, LIBRARY), 'utf8'), {
  fileName: LIBRARY,
  reportDiagnostics: true,
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, allowImportingTsExtensions: true, isolatedDeclarations: true },
});
const problems = (declaration.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
if (/^\s*(import|export .* from)\b/m.test(declaration.outputText)) problems.push('the declarations import other modules (declare the public types in the file itself)');
if (problems.length > 0) {
  rmSync(outdir, { recursive: true, force: true });
  console.error(`build: ${LIBRARY} gives no self-contained dist/index.d.ts:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(path.join(outdir, 'index.d.ts'), declaration.outputText);

// The build's id: a hash of every built file. Start-up caches (text/disk-cache.ts) key their
// entries on it, so a new build never reads what an older one cached.
const buildHash = createHash('sha256');
for (const name of readdirSync(outdir).sort()) buildHash.update(`${name}\u0000`).update(readFileSync(path.join(outdir, name)));
writeFileSync(path.join(outdir, 'build-id'), `${buildHash.digest('hex')}\n`);
