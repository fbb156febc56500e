/**
 * The quantity extractor (RECORDS.md §3): energy, energy density, specific capacity, power,
 * money, percent and area amounts, with ranges, vague amounts and bound words.
 * Grammar in ./grammar.ts; units and words are data in seeds/quantities/*.yaml.
 */
import type { ExtractorFactory } from '../types.ts';
import { NUMERAL_WORDS_FILE } from '../../text/numbers/vocabulary.ts';
import { createQuantityGrammar } from './grammar.ts';
import { quantityRecords } from './records.ts';
import { fromSteps } from '../steps.ts';
import { MODIFIERS_FILE, UNITS_FILE } from './vocabulary.ts';

/** 1.2.2: the sentences of a bilingual paragraph are split (text/segment.ts): stored segments change. */
export const QUANTITIES_VERSION = '1.2.7';

export const createQuantityExtractor: ExtractorFactory = (options) => {
  const grammar = createQuantityGrammar(options.seedsDir);
  return {
    id: 'quantities',
    version: QUANTITIES_VERSION,
    resources: [UNITS_FILE, MODIFIERS_FILE, NUMERAL_WORDS_FILE],
    ...fromSteps(function* (ctx, found) {
      for (const q of yield* grammar.steps(ctx.norm.text)) found.quantities.push(q);
    }),
    records: quantityRecords,
  };
};
