/**
 * Seed data of the number grammar: seeds/quantities/numeral-words.yaml (kanji words that contain a
 * numeral but are not numbers).
 */
import path from 'node:path';
import { lazySchemas } from '../lazy-zod.ts';
import { ResourceError, loadYaml } from '../seed-files.ts';

export const NUMERAL_WORDS_FILE = 'quantities/numeral-words.yaml';

const NumeralWordsSchema = lazySchemas((z) =>
  z.strictObject({
    not_numbers: z.array(z.string().min(2, 'a word needs at least two characters')),
  }),
);

export function loadNonNumeralWords(seedsDir: string): string[] {
  const file = path.join(seedsDir, NUMERAL_WORDS_FILE);
  const loaded = loadYaml(file, NumeralWordsSchema);
  const seen = new Set<string>();
  loaded.data.not_numbers.forEach((w, i) => {
    if (seen.has(w)) throw new ResourceError(file, loaded.lineOf(['not_numbers', i]), `not_numbers: "${w}" is listed twice`);
    seen.add(w);
  });
  return [...seen];
}
