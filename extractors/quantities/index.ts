/**
 * The quantity extractor (RECORDS.md §3): energy, energy density, specific capacity, power,
 * money, percent and area amounts, with ranges, vague amounts and bound words.
 * Grammar in ./grammar.ts; units and words are data in seeds/quantities/*.yaml.
 */
import type { ExtractorFactory } from '../types.ts';
import { NUMERAL_WORDS_FILE } from '../../text/numbers/vocabulary.ts';
import { createQuantityGrammar } from './grammar.ts';
import { quantityRecords } from './records.ts';
import { stepEach } from '../steps.ts';
import { MODIFIERS_FILE, UNITS_FILE } from './vocabulary.ts';

export const QUANTITIES_VERSION = '1.2.0';

export const createQuantityExtractor: ExtractorFactory = (options) => {
  const grammar = createQuantityGrammar(options.seedsDir);
  return {
    id: 'quantities',
    version: QUANTITIES_VERSION,
    resources: [UNITS_FILE, MODIFIERS_FILE, NUMERAL_WORDS_FILE],
    extract(ctx, found) {
      for (const q of grammar.extract(ctx.norm.text)) found.quantities.push(q);
    },
    extractMany(ctxs, founds) {
      return stepEach(
        ctxs.map((ctx) => grammar.steps(ctx.norm.text)),
        (r, k) => {
          for (const q of r) founds[k]!.quantities.push(q);
        },
      );
    },
    records: quantityRecords,
  };
};
