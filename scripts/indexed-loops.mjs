/**
 * Build step (scripts/build.mjs): `for (const x of list)` over an array becomes an indexed loop
 * in dist/, the sources keep their for-of. The type checker decides: a loop is rewritten only
 * when its iterable's type is an array, a tuple or a typed array (or a union of them); a Map, a
 * Set, a string (for-of reads code points), an iterator or a possibly undefined value keeps its
 * for-of.
 *
 *   for (const x of EXPR) BODY   →   for (let loop$i0 = 0, loop$a0 = (EXPR); loop$i0 < loop$a0.length; loop$i0++) { const x = loop$a0[loop$i0]; BODY }
 *
 * The same steps as the array iterator: EXPR evaluated once, the length read before each
 * element (elements pushed during the loop are visited), holes read as undefined. BODY is left
 * as written, a block of its own, so a body that declares the loop variable's name again still
 * compiles; labels, break and continue keep their loop.
 *
 * Why: V8 runs for-of through the iterator protocol (a call and a result object per element)
 * until TurboFan has optimised the function, and each TurboFan compile of a for-of is larger. A
 * batch's first megabytes run in those slower tiers on every thread, and on two cores the
 * compiles are on the critical path (README, "V8 options"). With every array loop indexed, whole
 * ingests took 0.963 of the wall time on the real-density Japanese corpus, 0.967 on the English
 * bench corpus and 0.968 on 2 MB of the Japanese bench corpus (README, "Benchmark"). In a micro
 * benchmark of one loop-heavy function: interpreter 184 → 136 ms, baseline code 141 → 107 ms,
 * optimised 30 → 26 ms, its TurboFan compile 9.3 → 6.0 ms.
 */
import path from 'node:path';
import ts from 'typescript';

const PREFIX = 'loop$';
const TYPED_ARRAY = /^(Uint8|Uint8Clamped|Int8|Uint16|Int16|Uint32|Int32|Float32|Float64|BigInt64|BigUint64)Array$/;

/** Is `type` something the array iterator walks by index (every member, for a union)? */
function isIndexable(checker, type) {
  if (type.isUnion()) return type.types.every((t) => isIndexable(checker, t));
  if (checker.isArrayType(type) || checker.isTupleType(type)) return true;
  const symbol = type.getSymbol();
  return symbol !== undefined && TYPED_ARRAY.test(symbol.getName());
}

/**
 * `fileName`'s text with its array for-of loops indexed, and how many it rewrote. `program`
 * must hold the file (its type checker decides which loops are over arrays).
 */
export function indexForOfLoops(program, fileName) {
  const source = program.getSourceFile(fileName);
  if (!source) throw new Error(`indexed loops: ${fileName} is not in the program`);
  if (source.text.includes(PREFIX)) throw new Error(`indexed loops: ${fileName} already uses the name prefix ${PREFIX}; rename it there or change PREFIX in scripts/indexed-loops.mjs`);
  const checker = program.getTypeChecker();
  const edits = [];
  const visit = (node) => {
    if (ts.isForOfStatement(node) && !node.awaitModifier) {
      const init = node.initializer;
      if (ts.isVariableDeclarationList(init) && init.declarations.length === 1 && isIndexable(checker, checker.getTypeAtLocation(node.expression))) {
        const kind = init.flags & ts.NodeFlags.Const ? 'const' : init.flags & ts.NodeFlags.Let ? 'let' : 'var';
        const i = `${PREFIX}i${edits.length / 2}`;
        const a = `${PREFIX}a${edits.length / 2}`;
        const expression = node.expression.getText(source);
        const binding = init.declarations[0].name.getText(source);
        const bodyStart = node.statement.getStart(source);
        edits.push({ start: node.getStart(source), end: bodyStart, text: `for (let ${i} = 0, ${a} = (${expression}); ${i} < ${a}.length; ${i}++) { ${kind} ${binding} = ${a}[${i}]; ` });
        edits.push({ start: node.statement.getEnd(), end: node.statement.getEnd(), text: ' }' });
        // the head is replaced whole: only the body's loops are rewritten on their own
        visit(node.statement);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let text = source.text;
  for (const e of edits.sort((x, y) => y.start - x.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { text, rewritten: edits.length / 2 };
}

/** The TypeScript program of a build's entry points (and every module they import), with tsconfig.json's options. */
function buildProgram(root, entryPoints) {
  const tsconfig = path.join(root, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(`indexed loops: ${tsconfig}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    },
  });
  return ts.createProgram(
    entryPoints.map((e) => path.join(root, e)),
    config.options,
  );
}

/** An esbuild plugin: the project's own .ts files (not node_modules) loaded with their array for-of loops indexed. */
export function indexedLoopsPlugin(root, entryPoints) {
  return {
    name: 'indexed-loops',
    setup(build) {
      let program = null;
      build.onStart(() => {
        program = buildProgram(root, entryPoints);
      });
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (args.path.includes('/node_modules/') || !program.getSourceFile(args.path)) return undefined;
        return { contents: indexForOfLoops(program, args.path).text, loader: 'ts' };
      });
    },
  };
}
