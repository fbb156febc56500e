/**
 * kuromoji's lattice builder, without its quadratic cost.
 *
 * kuromoji 0.1.2 (`ViterbiBuilder.prototype.build`, unmaintained since 2018) looks up the
 * dictionary at every position of a sentence by copying the whole rest of the sentence: a
 * `slice`, a surrogate index of it, and a UTF-8 byte array four times its length, which the
 * trie then walks only as far as the longest word. Work and garbage grow with the square of
 * the sentence length. This builder walks the same double-array trie byte by byte straight
 * from the sentence and stops where the trie does, and adds the same nodes in the same order,
 * so the tokens are identical (test: kuromoji-lattice.test.ts compares both builders).
 *
 * Sentences with a UTF-16 surrogate (characters outside the BMP, or a lone surrogate) go to
 * kuromoji's own builder: the fast path assumes one code point per UTF-16 unit.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Trie {
  traverse(parent: number, code: number): number;
  bc: { getBase(index: number): number };
}

interface CharacterClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

interface Dictionary {
  getShort(offset: number): number;
}

interface ViterbiBuilderLike {
  trie: Trie;
  token_info_dictionary: { target_map: Record<number, ArrayLike<number> | undefined>; dictionary: Dictionary };
  unknown_dictionary: { lookup(ch: string): CharacterClass; target_map: Record<number, ArrayLike<number> | undefined>; dictionary: Dictionary };
  build(sentence: string): unknown;
}

interface Lattice {
  append(node: unknown): void;
  appendEos(): void;
}

type ViterbiNodeClass = new (name: number, cost: number, start: number, length: number, type: string, left: number, right: number, surface: string) => unknown;

const ROOT_ID = 0;
const NOT_FOUND = -1;
const TERM_CODE = 0;

/** Dictionary words that start at `from`: [trie record id, UTF-16 end] pairs, shortest first; null where kuromoji's own search must decide. */
function prefixMatches(trie: Trie, text: string, from: number, out: number[]): boolean {
  out.length = 0;
  let parent = ROOT_ID;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // the UTF-8 bytes of one BMP character, walked one by one
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    for (let b = 0; b < n; b++) {
      const byte = n === 1 ? c : n === 2 ? (b === 0 ? (c >>> 6) | 0xc0 : (c & 0x3f) | 0x80) : b === 0 ? (c >>> 12) | 0xe0 : b === 1 ? ((c >>> 6) & 0x3f) | 0x80 : (c & 0x3f) | 0x80;
      const child = trie.traverse(parent, byte);
      if (child === NOT_FOUND) return true;
      parent = child;
      const terminal = trie.traverse(child, TERM_CODE);
      if (terminal !== NOT_FOUND) {
        if (b !== n - 1) return false; // a word ending inside a character: not expected, let kuromoji decide
        const base = trie.bc.getBase(terminal);
        if (base > 0) return false; // kuromoji would record no id: keep its behaviour exactly
        out.push(-base - 1, i + 1);
      }
    }
  }
  return true;
}

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

/** Replace a tokenizer's lattice builder with the linear one (same nodes, same order). */
export function installLinearLatticeBuilder(tokenizer: object): void {
  const builder = (tokenizer as { viterbi_builder?: ViterbiBuilderLike }).viterbi_builder;
  if (!builder || typeof builder.build !== 'function') throw new Error('kuromoji tokenizer without a viterbi_builder: the kuromoji version changed; see text/kuromoji-lattice.ts');
  const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as new () => Lattice;
  const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode.js') as ViterbiNodeClass;
  const original = builder.build.bind(builder);
  const { trie, token_info_dictionary: known, unknown_dictionary: unknown } = builder;
  const matches: number[] = [];
  // one node per dictionary entry of the word (kuromoji: left id, right id, cost at +0/+2/+4)
  const appendNodes = (lattice: Lattice, ids: ArrayLike<number>, dictionary: Dictionary, pos: number, key: string, type: 'KNOWN' | 'UNKNOWN') => {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      lattice.append(new ViterbiNode(id, dictionary.getShort(id + 4), pos + 1, key.length, type, dictionary.getShort(id), dictionary.getShort(id + 2), key));
    }
  };
  builder.build = (sentence: string) => {
    if (hasSurrogate(sentence)) return original(sentence);
    const lattice = new ViterbiLattice();
    for (let pos = 0; pos < sentence.length; pos++) {
      if (!prefixMatches(trie, sentence, pos, matches)) return original(sentence);
      for (let m = 0; m < matches.length; m += 2) {
        const trieId = matches[m]!;
        const key = sentence.slice(pos, matches[m + 1]!);
        appendNodes(lattice, known.target_map[trieId]!, known.dictionary, pos, key, 'KNOWN');
      }
      // unknown words, as kuromoji: a run of the head character's class when it groups
      const head = sentence[pos]!;
      const headClass = unknown.lookup(head);
      if (matches.length === 0 || headClass.is_always_invoke === 1) {
        let end = pos + 1;
        if (headClass.is_grouping === 1) {
          while (end < sentence.length && unknown.lookup(sentence[end]!).class_name === headClass.class_name) end++;
        }
        const key = sentence.slice(pos, end);
        appendNodes(lattice, unknown.target_map[headClass.class_id]!, unknown.dictionary, pos, key, 'UNKNOWN');
      }
    }
    lattice.appendEos();
    return lattice;
  };
}
