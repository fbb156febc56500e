/**
 * kuromoji decodes a token's feature line (part of speech, base form, reading) from the
 * dictionary's UTF-8 bytes one byte at a time, for every token of every sentence. Words
 * repeat, so each line is decoded once per thread and kept (bounded: the cache is dropped
 * whole when it reaches MAX_LINES, a few MB at most).
 */
const MAX_LINES = 200_000;

interface FeatureDictionary {
  getFeatures(tokenInfoId: number | string): string;
}

/** Cache the feature lines of a tokenizer's known words (same strings as kuromoji's own). */
export function installFeatureCache(tokenizer: object): void {
  const dictionary = (tokenizer as { token_info_dictionary?: FeatureDictionary }).token_info_dictionary;
  if (!dictionary || typeof dictionary.getFeatures !== 'function') throw new Error('kuromoji tokenizer without a token_info_dictionary: the kuromoji version changed; see text/kuromoji-features.ts');
  const decode = dictionary.getFeatures.bind(dictionary);
  let lines = new Map<number | string, string>();
  dictionary.getFeatures = (id) => {
    let line = lines.get(id);
    if (line === undefined) {
      line = decode(id);
      if (lines.size >= MAX_LINES) lines = new Map();
      lines.set(id, line);
    }
    return line;
  };
}
