/**
 * A document's ALIAS SIGNATURE: a Bloom filter over the character trigrams of its normalised,
 * lower-cased text. `reextract` asks it "can alias X occur in this document?" to find the few
 * documents an added, removed or moved alias can affect.
 *
 * Why not SQLite's FTS5 trigram index (what this replaced): the index lives in the database,
 * so the single writer thread built it, and that was over half of all writing time in
 * `npm run bench`. A signature is
 * computed in the worker threads, in parallel, and stored as one small BLOB.
 *
 * A signature can say "maybe" for an alias the text does not contain (then reextract redoes
 * a document that did not need it: wasted time, never a wrong record); it never says "no"
 * for an alias the text contains. With 8 bits per trigram and 3 probes, an absent trigram
 * passes about 1 time in 100, so a 3-character alias is a false "maybe" about 1% of the time
 * and each further character divides that again.
 *
 * Layout: byte 0 = SIGNATURE_VERSION, then the bit array (bit i = byte 1 + (i >> 3), bit i & 7).
 */
import { codePointLength } from '../../text/normalise.ts';

export const SIGNATURE_VERSION = 1;
const BITS_PER_TRIGRAM = 8;
const PROBES = 3;
const MIN_BYTES = 8;

/**
 * The hash of every trigram of code points in `s`, in order: 32 bits each, position-dependent
 * multipliers, then murmur3's finaliser. Each hash is stored in `hashes` (returns how many),
 * or, without `hashes`, set in the Bloom filter `filter` of `bits` bits (the PROBES bits of
 * probeBit; returns 0). One loop with the hash and the probes written out, no call per trigram
 * and no array of hashes for a document: the bin's V8 options turn TurboFan's inlining off, and
 * this runs over every character of every document. A probe's remainder is taken with a
 * multiplication by 1 / bits, then corrected as in modulo, instead of a division.
 */
function hashTrigrams(s: string, hashes: Uint32Array | null, filter: Uint8Array | null, bits: number): number {
  const inverse = 1 / bits;
  let n = 0;
  let a = -1;
  let b = -1;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (a >= 0) {
      let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x5bd1e995, 0x85ebca6b) ^ Math.imul(c ^ 0x27d4eb2f, 0xc2b2ae35);
      h ^= h >>> 16;
      h = Math.imul(h, 0x7feb352d);
      h ^= h >>> 15;
      h = Math.imul(h, 0x846ca68b);
      h ^= h >>> 16;
      if (hashes) hashes[n++] = h;
      else {
        const step = (h >>> 17) | (h << 15) | 1;
        for (let k = 0; k < PROBES; k++) {
          const x = (h + Math.imul(k, step)) >>> 0;
          let bit = x - Math.floor(x * inverse) * bits;
          if (bit < 0) bit += bits;
          else if (bit >= bits) bit -= bits;
          filter![1 + (bit >>> 3)]! |= 1 << (bit & 7);
        }
      }
    }
    a = b;
    b = c;
  }
  return n;
}

function trigramHashes(s: string): Uint32Array {
  const out = new Uint32Array(Math.max(0, s.length - 2));
  return out.subarray(0, hashTrigrams(s, out, null, 1));
}

/** Bit of the k-th probe for a trigram hash (double hashing) in a filter of `bits` bits. */
function probeBit(h: number, k: number, bits: number): number {
  const step = (h >>> 17) | (h << 15) | 1;
  return modulo((h + Math.imul(k, step)) >>> 0, bits);
}

/**
 * x % m for 0 ≤ x < 2^32 and 0 < m < 2^31, without `%`: x is not a 32-bit signed integer, so
 * V8 computes `%` with a floating-point remainder call, which was most of the signature's cost.
 * Math.floor(x / m) can be one off when the quotient rounds (m above 2^21); the two
 * corrections make the result exact.
 */
function modulo(x: number, m: number): number {
  let r = x - Math.floor(x / m) * m;
  if (r < 0) r += m;
  else if (r >= m) r -= m;
  return r;
}

/** The text form both sides hash: what `aliasKey` makes of an alias (NFKC is already applied). */
export function signatureText(normalisedText: string): string {
  return normalisedText.toLowerCase();
}

/** Signature of a document's normalised text. */
export function aliasSignature(normalisedText: string): Uint8Array {
  const text = signatureText(normalisedText);
  const trigrams = Math.max(0, codePointLength(text) - 2);
  const bytes = Math.max(MIN_BYTES, Math.ceil((trigrams * BITS_PER_TRIGRAM) / 8));
  const out = new Uint8Array(1 + bytes);
  out[0] = SIGNATURE_VERSION;
  hashTrigrams(text, null, out, bytes * 8);
  return out;
}

/**
 * A query for one alias key (already NFKC + lower-cased, ≥ 3 code points): its trigram hashes,
 * computed once and tested against many signatures.
 */
export class SignatureQuery {
  private readonly hashes: Uint32Array;
  constructor(readonly key: string) {
    this.hashes = trigramHashes(key);
    if (this.hashes.length === 0) throw new Error(`alias signature query needs at least 3 characters: "${key}"`);
  }

  /** false = the alias certainly does not occur; true = it may (or the signature is of an unknown version). */
  mayOccurIn(signature: Uint8Array | null): boolean {
    if (!signature || signature.length < 1 + MIN_BYTES || signature[0] !== SIGNATURE_VERSION) return true;
    const bits = (signature.length - 1) * 8;
    for (const h of this.hashes) {
      for (let k = 0; k < PROBES; k++) {
        const bit = probeBit(h, k, bits);
        if ((signature[1 + (bit >>> 3)]! & (1 << (bit & 7))) === 0) return false;
      }
    }
    return true;
  }
}
