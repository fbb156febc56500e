/**
 * kuromoji's lattice builder and Viterbi search, without its quadratic cost and its objects.
 *
 * kuromoji 0.1.2 (`ViterbiBuilder.prototype.build`, unmaintained since 2018) looks up the
 * dictionary at every position of a sentence by copying the whole rest of the sentence: a
 * `slice`, a surrogate index of it, and a UTF-8 byte array four times its length, which the
 * trie then walks only as far as the longest word. Work and garbage grow with the square of
 * the sentence length. It then makes an object per dictionary entry of every word found
 * (tens per character) for `ViterbiSearcher` to walk.
 *
 * Here the double-array trie is walked byte by byte straight from the sentence (stopping
 * where the trie does), the nodes live in typed arrays, and each node's best predecessor is
 * found as the node is added: nodes are added by start position, so every node that ends
 * where it starts is already final. The nodes are the same, considered in the same order, and
 * the predecessor is the first of minimal cost, as in kuromoji's forward pass; only the best
 * path's nodes become kuromoji `ViterbiNode`s, for kuromoji's own token formatting. The tokens
 * are identical (test: kuromoji-lattice.test.ts compares with kuromoji's builder and search).
 *
 * Sentences with a UTF-16 surrogate (characters outside the BMP, or a lone surrogate) go to
 * kuromoji's own builder and search: the fast path assumes one code point per UTF-16 unit.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

interface Dictionary {
  buffer: Uint8Array;
}

type TargetMap = Record<number, ArrayLike<number> | undefined>;

interface ViterbiBuilderLike {
  trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } };
  token_info_dictionary: { target_map: TargetMap; dictionary: Dictionary };
  unknown_dictionary: { lookup(ch: string): CharacterClass; target_map: TargetMap; dictionary: Dictionary };
  build(sentence: string): unknown;
}

interface SearcherLike {
  connection_costs: { buffer: Int16Array; backward_dimension: number };
  search(lattice: unknown): unknown[];
}

type ViterbiNodeClass = new (name: number, cost: number, start: number, length: number, type: string, left: number, right: number, surface: string) => unknown;

/** Token ids of a trie id, read without materialising an array (japanese-dictionary.ts's shared index). */
export interface TargetIndex {
  /** tid_map.dat as 32-bit words. */
  words: Int32Array;
  /** Per trie id: [start, length] of its token ids in `words`. */
  index: Int32Array;
}

const ROOT_ID = 0;
const TERM_CODE = 0;
const KNOWN = 0;
const UNKNOWN = 1;

/** kuromoji's ByteBuffer.getShort: a little-endian signed short, 0 past the end. */
function readShort(buffer: Uint8Array, at: number): number {
  if (buffer.length < at + 2) return 0;
  const value = (buffer[at + 1]! << 8) + buffer[at]!;
  return value & 0x8000 ? -((value - 1) ^ 0xffff) : value;
}

/** The bytes as little-endian shorts (null where that view would read them otherwise). */
function shortsOf(bytes: Uint8Array): Int16Array | null {
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  return littleEndian && bytes.byteOffset % 2 === 0 ? new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1) : null;
}

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** The best path of one sentence, handed from the builder to the searcher. */
class BestPath {
  constructor(readonly nodes: unknown[]) {}
}

/** The lattice of one sentence: nodes in typed arrays, grown as needed, reused across sentences. */
class Nodes {
  count = 0;
  start = new Int32Array(1024);
  length = new Int32Array(1024);
  left = new Int32Array(1024);
  right = new Int32Array(1024);
  wordCost = new Int32Array(1024);
  name = new Int32Array(1024);
  type = new Uint8Array(1024);
  total = new Float64Array(1024);
  prev = new Int32Array(1024);
  /** Next node ending at the same position (append order), -1 at the end. */
  nextSameEnd = new Int32Array(1024);
  /** Per end position (UTF-16 index after the node): first and last node ending there, -1 if none. */
  endHead = new Int32Array(256);
  endTail = new Int32Array(256);

  reset(positions: number): void {
    this.count = 0;
    if (this.endHead.length < positions) {
      this.endHead = new Int32Array(positions * 2);
      this.endTail = new Int32Array(positions * 2);
    }
    this.endHead.fill(-1, 0, positions);
    this.endTail.fill(-1, 0, positions);
  }

  grow(): void {
    const n = this.start.length * 2;
    const more = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.start = more(this.start);
    this.length = more(this.length);
    this.left = more(this.left);
    this.right = more(this.right);
    this.wordCost = more(this.wordCost);
    this.name = more(this.name);
    this.type = more(this.type);
    this.total = more(this.total);
    this.prev = more(this.prev);
    this.nextSameEnd = more(this.nextSameEnd);
  }
}

/**
 * Replace a tokenizer's lattice builder and Viterbi search with the linear, typed-array ones
 * (same tokens). `targetIndex`: the known words' target map as a shared index, read directly
 * instead of through its `target_map` object.
 */
export function installLinearLatticeBuilder(tokenizer: object, targetIndex?: TargetIndex): void {
  const builder = (tokenizer as { viterbi_builder?: ViterbiBuilderLike }).viterbi_builder;
  const searcher = (tokenizer as { viterbi_searcher?: SearcherLike }).viterbi_searcher;
  if (!builder || typeof builder.build !== 'function' || !searcher || typeof searcher.search !== 'function') {
    throw new Error('kuromoji tokenizer without a viterbi_builder / viterbi_searcher: the kuromoji version changed; see text/kuromoji-lattice.ts');
  }
  const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode.js') as ViterbiNodeClass;
  const originalBuild = builder.build.bind(builder);
  const originalSearch = searcher.search.bind(searcher);
  const { token_info_dictionary: known, unknown_dictionary: unknown } = builder;
  const base = builder.trie.bc.getBaseBuffer();
  const check = builder.trie.bc.getCheckBuffer();
  const knownBytes = known.dictionary.buffer;
  const unknownBytes = unknown.dictionary.buffer;
  const knownShorts = shortsOf(knownBytes);
  const unknownShorts = shortsOf(unknownBytes);
  const costs = searcher.connection_costs.buffer;
  const backwardDimension = searcher.connection_costs.backward_dimension;
  const nodes = new Nodes();
  const matches: number[] = [];
  // a BMP character's class depends on its code unit alone (CharacterDefinition.lookup)
  const classes: (CharacterClass | undefined)[] = new Array(65536);
  const classOf = (c: number): CharacterClass => (classes[c] ??= unknown.lookup(String.fromCharCode(c)));
  let runEnd = new Int32Array(256);

  /**
   * Dictionary words starting at `from`: [trie record id, UTF-16 end] pairs, shortest first;
   * false where kuromoji's own build must decide. Each step is DoubleArray.traverse (the child
   * of `parent` by `code`: base[parent] + code, if its check is `parent`) written out: this
   * runs for every byte of every position, and the process's V8 options inline no calls.
   */
  const prefixMatches = (text: string, from: number): boolean => {
    matches.length = 0;
    const baseLength = base.length;
    const checkLength = check.length;
    let parent = ROOT_ID;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // the UTF-8 bytes of one BMP character, walked one by one
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      for (let b = 0; b < n; b++) {
        const byte = n === 1 ? c : n === 2 ? (b === 0 ? (c >>> 6) | 0xc0 : (c & 0x3f) | 0x80) : b === 0 ? (c >>> 12) | 0xe0 : b === 1 ? ((c >>> 6) & 0x3f) | 0x80 : (c & 0x3f) | 0x80;
        const child = (parent < baseLength ? base[parent]! : -parent + 1) + byte;
        if (!(child >= 0 && child < checkLength && check[child] === parent)) return true;
        parent = child;
        const terminal = (child < baseLength ? base[child]! : -child + 1) + TERM_CODE;
        if (terminal >= 0 && terminal < checkLength && check[terminal] === child) {
          if (b !== n - 1) return false; // a word ending inside a character: not expected, let kuromoji decide
          const id = terminal < baseLength ? base[terminal]! : -terminal + 1;
          if (id > 0) return false; // kuromoji would record no id: keep its behaviour exactly
          matches.push(-id - 1, i + 1);
        }
      }
    }
    return true;
  };

  // the best predecessor depends on the node's left id only: found once per left id and
  // position (`seen` holds the stamp of the position it was found for)
  let stamp = 0;
  const seen = new Int32Array(65536);
  const seenTotal = new Float64Array(65536);
  const seenPrev = new Int32Array(65536);

  /**
   * The lowest total cost of a path to `pos` followed by a node of left id `left`: the first
   * node of minimal cost among those ending at `pos`, in the order they were added (kuromoji's
   * forward pass), left in `bestPrev` (-1 if none ends there).
   */
  let bestPrev = -1;
  const bestBefore = (pos: number, left: number): number => {
    let best = Number.MAX_VALUE;
    bestPrev = -1;
    for (let p = nodes.endHead[pos]!; p >= 0; p = nodes.nextSameEnd[p]!) {
      const total = nodes.total[p]! + costs[nodes.right[p]! * backwardDimension + left + 2]!;
      if (total < best) {
        best = total;
        bestPrev = p;
      }
    }
    return best;
  };

  /**
   * Add a node over [pos, end) for each dictionary entry ids[from..to), with its best
   * predecessor among the nodes ending at `pos` (the first of minimal cost, in the order they
   * were added, as kuromoji's forward pass; the word's own cost, the same for all, cannot
   * change which). An entry holds left id, right id and cost at +0/+2/+4. One call per word
   * found, not per entry: the process's V8 options inline no calls.
   */
  const addNodes = (ids: ArrayLike<number>, from: number, to: number, bytes: Uint8Array, shorts: Int16Array | null, type: number, pos: number, end: number) => {
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (nodes.count === nodes.start.length) nodes.grow();
      const k = nodes.count++;
      const aligned = shorts !== null && (id & 1) === 0 && id + 6 <= bytes.length;
      const left = aligned ? shorts[id >> 1]! : readShort(bytes, id);
      const cost = aligned ? shorts[(id >> 1) + 2]! : readShort(bytes, id + 4);
      nodes.start[k] = pos;
      nodes.length[k] = end - pos;
      nodes.left[k] = left;
      nodes.right[k] = aligned ? shorts[(id >> 1) + 1]! : readShort(bytes, id + 2);
      nodes.wordCost[k] = cost;
      nodes.name[k] = id;
      nodes.type[k] = type;
      const memo = left >= 0 && left < seen.length;
      if (!memo || seen[left] !== stamp) {
        const best = bestBefore(pos, left);
        if (!memo) {
          nodes.total[k] = best + cost;
          nodes.prev[k] = bestPrev;
        } else {
          seen[left] = stamp;
          seenTotal[left] = best;
          seenPrev[left] = bestPrev;
        }
      }
      if (memo) {
        nodes.total[k] = seenTotal[left]! + cost;
        nodes.prev[k] = seenPrev[left]!;
      }
      nodes.nextSameEnd[k] = -1;
      if (nodes.endTail[end]! >= 0) nodes.nextSameEnd[nodes.endTail[end]!] = k;
      else nodes.endHead[end] = k;
      nodes.endTail[end] = k;
    }
  };

  const addKnown = (trieId: number, pos: number, end: number) => {
    if (!targetIndex || 2 * trieId + 1 >= targetIndex.index.length) {
      const ids = known.target_map[trieId]!;
      return addNodes(ids, 0, ids.length, knownBytes, knownShorts, KNOWN, pos, end);
    }
    const from = targetIndex.index[2 * trieId]!;
    addNodes(targetIndex.words, from, from + targetIndex.index[2 * trieId + 1]!, knownBytes, knownShorts, KNOWN, pos, end);
  };

  builder.build = (sentence: string) => {
    if (hasSurrogate(sentence)) return originalBuild(sentence);
    const n = sentence.length;
    nodes.reset(n + 2);
    // BOS ends at 0
    nodes.count = 1;
    nodes.right[0] = 0;
    nodes.total[0] = 0;
    nodes.prev[0] = -1;
    nodes.nextSameEnd[0] = -1;
    nodes.endHead[0] = nodes.endTail[0] = 0;
    // where a grouping unknown word starting at each position ends: the run of its class
    if (runEnd.length < n) runEnd = new Int32Array(n * 2);
    for (let pos = n - 1; pos >= 0; pos--) {
      runEnd[pos] = pos + 1 < n && classOf(sentence.charCodeAt(pos + 1)).class_name === classOf(sentence.charCodeAt(pos)).class_name ? runEnd[pos + 1]! : pos + 1;
    }
    for (let pos = 0; pos < n; pos++) {
      if (!prefixMatches(sentence, pos)) return originalBuild(sentence);
      // a new stamp for each position (cleared long before the Int32Array would wrap)
      if (++stamp === 0x40000000) {
        seen.fill(0);
        stamp = 1;
      }
      for (let m = 0; m < matches.length; m += 2) addKnown(matches[m]!, pos, matches[m + 1]!);
      // unknown words, as kuromoji: a run of the head character's class when it groups
      const headClass = classOf(sentence.charCodeAt(pos));
      if (matches.length === 0 || headClass.is_always_invoke === 1) {
        const end = headClass.is_grouping === 1 ? runEnd[pos]! : pos + 1;
        const ids = unknown.target_map[headClass.class_id]!;
        addNodes(ids, 0, ids.length, unknownBytes, unknownShorts, UNKNOWN, pos, end);
      }
    }
    // EOS: left id 0, cost 0, after the last position
    bestBefore(n, 0);
    const last = bestPrev;
    const path: unknown[] = [];
    for (let k = last; k > 0; k = nodes.prev[k]!) {
      const s = nodes.start[k]!;
      const len = nodes.length[k]!;
      path.push(new ViterbiNode(nodes.name[k]!, nodes.wordCost[k]!, s + 1, len, nodes.type[k] === KNOWN ? 'KNOWN' : 'UNKNOWN', nodes.left[k]!, nodes.right[k]!, sentence.slice(s, s + len)));
    }
    return new BestPath(path.reverse());
  };
  searcher.search = (lattice: unknown) => (lattice instanceof BestPath ? lattice.nodes : originalSearch(lattice));
}
