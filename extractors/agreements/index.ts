/**
 * The agreement extractor (id "agreements", RECORDS.md §4). Runs last: reads the company
 * mentions, date mentions and document date found by the earlier extractors and adds
 * AgreementRecords (document.ts). All wording is data: seeds/agreements/*.yaml.
 */
import type { DocContext, ExtractorFactory, Found } from '../types.ts';
import { agreementSteps } from './document.ts';
import { fromSteps } from '../steps.ts';
import { agreementRecords } from './records.ts';
import { AGREEMENT_RESOURCES, loadAgreementVocabulary } from './vocabulary.ts';

export const AGREEMENT_EXTRACTOR_VERSION = '1.2.49';

export const createAgreementExtractor: ExtractorFactory = (options) => {
  const vocab = loadAgreementVocabulary(options.seedsDir);
  return {
    id: 'agreements',
    version: AGREEMENT_EXTRACTOR_VERSION,
    resources: AGREEMENT_RESOURCES,
    ...fromSteps(function* (ctx: DocContext, found: Found) {
      found.agreements.push(...(yield* agreementSteps(ctx, found, vocab)));
    }),
    records: agreementRecords,
  };
};
