/**
 * compromise, loaded on first use. Importing it costs ~130–230 ms per thread (it builds its
 * lexicon), which every worker paid at start-up even for batches with no English text.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

const require = createRequire(import.meta.url);
let loaded: typeof nlpType | null = null;

export function compromise(): typeof nlpType {
  loaded ??= require('compromise') as typeof nlpType;
  return loaded;
}
