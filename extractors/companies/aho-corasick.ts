/**
 * Aho–Corasick multi-pattern matcher over UTF-16 code units, built for large dictionaries.
 *
 * Memory layout (typed arrays only, no object per state):
 *  - every trie state except the root has exactly one parent edge, so a state stores its
 *    parent and edge character (`parent`, `edge`), and one open-addressing hash table maps
 *    (parent, char) → child by storing child ids only (keys are read back from the child);
 *  - the root's transitions are a direct 65,536-entry array (the root is the hottest state);
 *  - `fail`, `output` (pattern ending here) and `dictLink` (next state on the failure chain
 *    that ends a pattern) complete the automaton.
 * About 22 bytes per state plus 4–8 bytes per hash slot: 1,000,000 aliases of ~10 characters
 * take roughly 250 MB at compile time, with no per-state garbage.
 *
 * Scanning costs one hash probe per character plus amortised failure moves: independent of
 * the number of patterns. Matching is case-insensitive for Latin letters when the default
 * fold is used (patterns and text are folded the same way); callers check case rules on the
 * reported matches.
 */
import { createHash } from 'node:crypto';
import v8 from 'node:v8';
import { FOLD_LIMIT, FOLD_TABLE, foldUnit } from '../../text/chars.ts';
import { diskCacheInUse, readCacheEntry, writeCacheEntry } from '../../text/disk-cache.ts';

export interface Matcher {
  readonly patternCount: number;
  readonly stateCount: number;
  /** Length (UTF-16 units) of pattern `id`. */
  patternLength(id: number): number;
  /**
   * Report every occurrence of every pattern (overlapping, all lengths) as
   * onMatch(patternId, start, end), in order of `end`, then longest first.
   */
  scan(text: string, onMatch: (patternId: number, start: number, end: number) => void, from?: number, to?: number): void;
}

export interface CompileOptions {
  /** Fold applied to pattern and text code units; default: Latin lower-casing. */
  fold?: (unit: number) => number;
  /** The most states given a row (default MAX_ROWS; smaller only to test the walk off the rows). */
  maxRows?: number;
}

const ROOT = 0;
const NONE = -1;
/** Units with dense transition rows (ASCII), and the most rows an automaton gets. */
const ASCII = 128;
const MAX_ROWS = 8192; // ≤ 32,767: a row is stored in an Int16Array
const OFF_ROWS = -1;
/** (scan) The row of the current state is not looked up yet. */
const ROW_UNKNOWN = -2;

function nextPow2(n: number): number {
  let p = 1024;
  while (p < n) p *= 2;
  return p;
}

/**
 * Compile `patterns` (pattern id = index in the array). Empty patterns are ignored; a pattern
 * that repeats an earlier one (after folding) is reported under the earlier id only.
 */
export function compileMatcher(patterns: readonly string[], options: CompileOptions = {}): Matcher {
  const fold = options.fold ?? foldUnit;
  if (fold !== foldUnit || options.maxRows !== undefined || patterns.length < SHARE_MIN_PATTERNS) return matcherOf(buildAutomaton(patterns, fold, options.maxRows), fold);
  const key = automatonKey(patterns);
  let automaton = shipped.get(key) ?? built.get(key);
  if (!automaton) {
    automaton = cachedAutomaton(key, patterns.length) ?? undefined;
    if (!automaton) {
      automaton = buildAutomaton(patterns, fold);
      keepCompiled(key, automaton);
    }
    built.set(key, automaton);
    if (built.size > MAX_KEPT) built.delete(built.keys().next().value!);
  }
  return matcherOf(automaton, fold);
}

/**
 * A compiled automaton as plain data (typed arrays): what a worker thread is given instead of
 * compiling the same dictionary again (the company automaton, IPADIC's organisation names
 * included, took each worker ~0.2-0.35 s of start-up; the main thread compiles it anyway).
 */
export interface Automaton {
  patternCount: number;
  stateCount: number;
  parent: Int32Array;
  edge: Uint16Array;
  output: Int32Array;
  rootNext: Int32Array;
  table: Int32Array;
  mask: number;
  patternLen: Int32Array;
  fail: Int32Array;
  dictLink: Int32Array;
  rowOf: Int16Array;
  /** Class of each ASCII unit (0: no row state has an edge on it); a dense row has `classes` entries. */
  classOf: Uint8Array;
  classes: number;
  /** Per row, per class: the row of the state it leads to, or OFF_ROWS when that state has none. */
  dense: Int16Array;
  /** The state of each row, and its firstOut. */
  rowState: Int32Array;
  rowFirstOut: Int32Array;
  firstOut: Int32Array;
}

/** Automata with fewer patterns are cheaper to compile than to key and ship. */
const SHARE_MIN_PATTERNS = 256;
/** Automata this thread compiled (most recent last), to ship to worker threads. */
const built = new Map<string, Automaton>();
const MAX_KEPT = 4;
/** Automata the main thread compiled, given to this worker thread. */
const shipped = new Map<string, Automaton>();

/** Identity of an automaton: its patterns, in order (ids are indices). */
function automatonKey(patterns: readonly string[]): string {
  const h = createHash('sha256');
  h.update(`${patterns.length}`);
  for (const p of patterns) h.update(`\u0000${p}`);
  return h.digest('hex');
}

/**
 * The automaton of these patterns as an earlier run of this build compiled it (text/disk-cache.ts),
 * or null; a compiled one is kept for the next run. Reading the typed arrays back takes a few
 * milliseconds where compiling the company dictionary's took ~0.15 s.
 */
function cachedAutomaton(key: string, patternCount: number): Automaton | null {
  if (!diskCacheInUse()) return null;
  const entry = readCacheEntry('automaton', key);
  if (entry) {
    try {
      const a = v8.deserialize(entry) as Automaton;
      if (a.patternCount === patternCount && a.parent instanceof Int32Array && a.classOf instanceof Uint8Array && a.dense instanceof Int16Array && a.rowState instanceof Int32Array && a.patternLen.length === patternCount) return a;
    } catch {
      // a damaged entry: compile again
    }
  }
  return null;
}

function keepCompiled(key: string, automaton: Automaton): void {
  if (diskCacheInUse()) writeCacheEntry('automaton', key, v8.serialize(automaton), 4); // ~6 MB each for the company dictionary
}

/** The automata compiled in this thread, keyed by their patterns, for worker threads (structured-cloned). */
export function automataToShip(): Map<string, Automaton> {
  return new Map(built);
}

/** Use automata compiled by the main thread: compileMatcher with the same patterns takes them instead of compiling. */
export function useShippedAutomata(automata: ReadonlyMap<string, Automaton>): void {
  for (const [key, automaton] of automata) shipped.set(key, automaton);
}

function buildAutomaton(patterns: readonly string[], fold: (unit: number) => number, maxRows = MAX_ROWS): Automaton {
  let totalUnits = 0;
  for (const p of patterns) totalUnits += p.length;
  const maxStates = totalUnits + 1;

  const parent = new Int32Array(maxStates);
  const edge = new Uint16Array(maxStates);
  const depth = new Int32Array(maxStates);
  const output = new Int32Array(maxStates).fill(NONE);
  const rootNext = new Int32Array(65536).fill(NONE);
  // Hash table over (parent, char) for non-root states; load factor ≤ 0.67 at the upper bound
  // (trie sharing keeps the real load lower).
  const capacity = nextPow2(Math.max(16, Math.ceil(maxStates * 1.5)));
  const mask = capacity - 1;
  const table = new Int32Array(capacity).fill(NONE);
  const patternLen = new Int32Array(patterns.length);
  let stateCount = 1;
  parent[ROOT] = NONE;

  const hash = (p: number, c: number): number => (Math.imul(p, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca77)) & mask;

  const lookup = (p: number, c: number): number => {
    if (p === ROOT) return rootNext[c]!;
    let h = hash(p, c);
    for (;;) {
      const s = table[h]!;
      if (s === NONE) return NONE;
      if (parent[s] === p && edge[s] === c) return s;
      h = (h + 1) & mask;
    }
  };

  const insertChild = (p: number, c: number): number => {
    const s = stateCount++;
    parent[s] = p;
    edge[s] = c;
    depth[s] = depth[p]! + 1;
    if (p === ROOT) {
      rootNext[c] = s;
    } else {
      let h = hash(p, c);
      while (table[h] !== NONE) h = (h + 1) & mask;
      table[h] = s;
    }
    return s;
  };

  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id]!;
    patternLen[id] = p.length;
    if (p.length === 0) continue;
    let s = ROOT;
    for (let i = 0; i < p.length; i++) {
      const c = fold(p.charCodeAt(i));
      const next = lookup(s, c);
      s = next === NONE ? insertChild(s, c) : next;
    }
    if (output[s] === NONE) output[s] = id;
  }

  // Breadth-first order by counting sort on depth.
  let maxDepth = 0;
  for (let s = 1; s < stateCount; s++) if (depth[s]! > maxDepth) maxDepth = depth[s]!;
  const bucketStart = new Int32Array(maxDepth + 2);
  for (let s = 1; s < stateCount; s++) bucketStart[depth[s]! + 1]!++;
  for (let d = 1; d <= maxDepth + 1; d++) bucketStart[d]! += bucketStart[d - 1]!;
  const order = new Int32Array(stateCount);
  for (let s = 1; s < stateCount; s++) order[bucketStart[depth[s]!]!++] = s;

  const fail = new Int32Array(stateCount);
  const dictLink = new Int32Array(stateCount).fill(NONE);
  for (let k = 0; k < stateCount - 1; k++) {
    const s = order[k]!;
    const p = parent[s]!;
    const c = edge[s]!;
    if (p === ROOT) {
      fail[s] = ROOT;
    } else {
      let f = fail[p]!;
      let g = lookup(f, c);
      while (g === NONE && f !== ROOT) {
        f = fail[f]!;
        g = lookup(f, c);
      }
      fail[s] = g === NONE || g === s ? ROOT : g;
    }
    const f = fail[s]!;
    dictLink[s] = output[f] !== NONE ? f : dictLink[f]!;
  }

  // Latin text walks the trie near the root state by state, each step a hash probe (and more
  // on every failure): the states whose path is all ASCII, breadth-first up to MAX_ROWS, get
  // a complete row of transitions for ASCII units (failures already followed), so such a step
  // is one array read. A state's failure state is shallower and ASCII too, so its row is
  // already filled when the state's row is.
  // A row has one entry per CLASS of ASCII unit, not per unit: the units some row state has an
  // edge on get a class each (the company dictionary: 38 of 128), all others share class 0,
  // which leads every row state back to the root. Rows a quarter the size, of 16-bit rows
  // (below), keep the table (~0.6 MB instead of ~4 MB for the company dictionary) in the
  // processor's cache.
  const rowOf = new Int16Array(stateCount).fill(-1);
  const rows = [ROOT];
  rowOf[ROOT] = 0;
  const rowLimit = Math.min(maxRows, 0x7fff); // rows are stored in 16 bits
  for (let k = 0; k < stateCount - 1 && rows.length < rowLimit; k++) {
    const s = order[k]!;
    if (edge[s]! < ASCII && rowOf[parent[s]!]! >= 0) {
      rowOf[s] = rows.length;
      rows.push(s);
    }
  }
  const classOf = new Uint8Array(ASCII);
  let classes = 1;
  for (const s of rows) {
    for (let c = 0; c < ASCII; c++) if (classOf[c] === 0 && lookup(s, c) !== NONE) classOf[c] = classes++;
  }
  const unitOfClass = new Int32Array(classes).fill(NONE);
  for (let c = 0; c < ASCII; c++) if (classOf[c]! > 0) unitOfClass[classOf[c]!] = c;
  // The state each row state goes to on each class (failures followed), then stored as that
  // state's ROW: the walk along the rows is then one read per character (row → row), not two
  // (state → its row → next state). A row state that leads to a state without a row stores
  // OFF_ROWS there, and the scan takes the general step for that character.
  const next = new Int32Array(rows.length * classes); // class 0 stays ROOT
  for (let r = 0; r < rows.length; r++) {
    const s = rows[r]!;
    for (let k = 1; k < classes; k++) {
      const g = lookup(s, unitOfClass[k]!);
      next[r * classes + k] = g !== NONE ? g : s === ROOT ? ROOT : next[rowOf[fail[s]!]! * classes + k]!;
    }
  }
  const dense = new Int16Array(rows.length * classes);
  for (let k = 0; k < next.length; k++) dense[k] = rowOf[next[k]!]!; // OFF_ROWS (-1) where the state has none

  // The first state on s's failure chain (s included) that ends a pattern, or NONE: one read
  // per character instead of output and dictLink; per row too, for the walk along the rows.
  const firstOut = new Int32Array(stateCount);
  for (let s = 0; s < stateCount; s++) firstOut[s] = output[s] !== NONE ? s : dictLink[s]!;
  const rowState = Int32Array.from(rows);
  const rowFirstOut = rowState.map((s) => firstOut[s]!);
  return { patternCount: patterns.length, stateCount, parent, edge, output, rootNext, table, mask, patternLen, fail, dictLink, rowOf, classOf, classes, dense, rowState, rowFirstOut, firstOut };
}

function matcherOf(automaton: Automaton, fold: (unit: number) => number): Matcher {
  const { stateCount, patternLen } = automaton;
  const defaultFold = fold === foldUnit;

  return {
    patternCount: automaton.patternCount,
    stateCount,
    patternLength: (id: number) => patternLen[id]!,
    scan(text, onMatch, from = 0, to = text.length) {
      const { parent, edge, output, rootNext, table, mask, patternLen, fail, dictLink, rowOf, classOf, classes, dense, rowState, rowFirstOut, firstOut } = automaton;
      // fold and lookup (with hash) written out: this loop runs once per character of every
      // document, for the dictionary and each cue table.
      // Along the rows the next row is one read (row → row), where looking up the state's row
      // and then the next state was two dependent reads (the scan waits on memory, not on
      // arithmetic). While on the rows only the row `r` is kept: the state (rowState[r]) is read
      // only when a step leaves them (for ASCII text, 0.3% of the steps). Off the rows, `s` is
      // the state and `r` its row, looked up only when an ASCII unit needs it (Japanese text
      // seldom does).
      // the fold table as a local: read once, not at every character (the bin's V8 options
      // peel no loops, so TurboFan hoists no load out of one)
      const folds = defaultFold ? FOLD_TABLE : null;
      const foldLimit = FOLD_LIMIT;
      let s = ROOT;
      let r = rowOf[ROOT]!;
      for (let i = from; i < to; i++) {
        const u = text.charCodeAt(i);
        const c = folds !== null ? (u < foldLimit ? folds[u]! : u) : fold(u);
        let t: number;
        if (c < ASCII) {
          if (r === ROW_UNKNOWN) r = rowOf[s]!;
          if (r >= 0) {
            const nextRow = dense[r * classes + classOf[c]!]!;
            if (nextRow >= 0) {
              r = nextRow;
              for (t = rowFirstOut[nextRow]!; t > ROOT; t = dictLink[t]!) {
                const id = output[t]!;
                onMatch(id, i + 1 - patternLen[id]!, i + 1);
              }
              continue;
            }
            s = rowState[r]!;
          }
        } else if (r >= 0) s = rowState[r]!;
        for (;;) {
          let g = NONE;
          if (s === ROOT) g = rootNext[c]!;
          else {
            let h = (Math.imul(s, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca77)) & mask;
            for (;;) {
              const e = table[h]!;
              if (e === NONE) break;
              if (parent[e] === s && edge[e] === c) {
                g = e;
                break;
              }
              h = (h + 1) & mask;
            }
          }
          if (g !== NONE) {
            s = g;
            break;
          }
          if (s === ROOT) break;
          s = fail[s]!;
          // a state with a row on the failure chain knows the rest of the step
          if (c < ASCII) {
            const rs = rowOf[s]!;
            if (rs !== OFF_ROWS) {
              const n = dense[rs * classes + classOf[c]!]!;
              if (n !== OFF_ROWS) {
                s = rowState[n]!;
                break;
              }
            }
          }
        }
        r = ROW_UNKNOWN;
        for (t = firstOut[s]!; t > ROOT; t = dictLink[t]!) {
          const id = output[t]!;
          onMatch(id, i + 1 - patternLen[id]!, i + 1);
        }
      }
    },
  };
}
