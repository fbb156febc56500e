/**
 * kuromoji decodes a token's feature line (part of speech, base form, reading) from the
 * dictionary's UTF-8 bytes one byte at a time, and splits it at commas, for every token of
 * every sentence. Words repeat, so each word's features are decoded and split once per thread
 * and kept (bounded: a cache is dropped whole when it reaches MAX_LINES entries, a few MB at
 * most). kuromoji's formatter copies the fields into each token, so the arrays can be shared.
 */
const MAX_LINES = 200_000;

interface FeatureDictionary {
  getFeatures(tokenInfoId: number | string): string;
}

interface PathNode {
  name: number;
  start_pos: number;
  type: string;
  surface_form: string;
}

interface Formatter {
  formatEntry(id: number, position: number, type: string, features: string[]): { word_position: number };
  formatUnknownEntry(id: number, position: number, type: string, features: string[], surface: string): { word_position: number };
}

interface TokenizerLike {
  token_info_dictionary?: FeatureDictionary;
  unknown_dictionary?: FeatureDictionary;
  formatter?: Formatter;
  getLattice(sentence: string): unknown;
  viterbi_searcher: { search(lattice: unknown): PathNode[] };
  tokenizeForSentence(sentence: string, tokens?: { word_position: number }[] | null): { word_position: number }[];
}

/** A word id → value cache, dropped whole when full. */
function bounded<V>(compute: (id: number) => V): (id: number) => V {
  let cache = new Map<number, V>();
  return (id) => {
    let v = cache.get(id);
    if (v === undefined) {
      v = compute(id);
      if (cache.size >= MAX_LINES) cache = new Map();
      cache.set(id, v);
    }
    return v;
  };
}

/** The features of a line as kuromoji splits them (no line: none). */
const split = (line: string | null | undefined): string[] => (line == null ? [] : line.split(','));

/**
 * Cache the feature lines of a tokenizer's known words (same strings as kuromoji's own), and
 * give its tokenizeForSentence (kuromoji's steps: lattice, search, one formatted token per
 * node) the split features of known and unknown words from caches.
 */
export function installFeatureCache(tokenizer: object): void {
  const t = tokenizer as TokenizerLike;
  const dictionary = t.token_info_dictionary;
  const unknown = t.unknown_dictionary;
  const formatter = t.formatter;
  if (!dictionary || typeof dictionary.getFeatures !== 'function' || !unknown || typeof unknown.getFeatures !== 'function' || !formatter || typeof t.tokenizeForSentence !== 'function') {
    throw new Error('kuromoji tokenizer without a token_info_dictionary, unknown_dictionary or formatter: the kuromoji version changed; see text/kuromoji-features.ts');
  }
  const decode = dictionary.getFeatures.bind(dictionary);
  const line = bounded((id) => decode(id));
  dictionary.getFeatures = (id) => (typeof id === 'number' ? line(id) : decode(id));
  const knownFeatures = bounded((id) => split(dictionary.getFeatures(id)));
  const unknownFeatures = bounded((id) => split(unknown.getFeatures(id)));
  t.tokenizeForSentence = (sentence, given) => {
    const tokens = given ?? [];
    const path = t.viterbi_searcher.search(t.getLattice(sentence));
    const lastPos = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
    for (const node of path) {
      const position = lastPos + node.start_pos;
      if (node.type === 'KNOWN') tokens.push(formatter.formatEntry(node.name, position, node.type, knownFeatures(node.name)));
      else if (node.type === 'UNKNOWN') tokens.push(formatter.formatUnknownEntry(node.name, position, node.type, unknownFeatures(node.name), node.surface_form));
      else tokens.push(formatter.formatEntry(node.name, position, node.type, []));
    }
    return tokens;
  };
}
