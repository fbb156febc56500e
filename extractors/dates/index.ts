/**
 * The date extractor (id "dates"). It runs first among the extractors: it fixes the document
 * date (found.documentDate) and anchors year-less and relative dates to it.
 * See seeds/dates/*.yaml for the vocabulary and README.md next to this file for the decisions.
 */
import type { DocContext, ExtractorFactory, Found } from '../types.ts';
import { DATE_RESOURCES, grammarFor } from './vocabulary.ts';
import { candidateSteps, createDateFinder, toMentions } from './find.ts';
import { fromSteps, type Steps } from '../steps.ts';
import { documentDateFrom } from './document-date.ts';
import { parseAnchor } from './anchor.ts';
import { dateRecords } from './records.ts';

export const DATE_EXTRACTOR_VERSION = '1.2.14';

export const createDateExtractor: ExtractorFactory = (options) => {
  const finder = createDateFinder(grammarFor(options.seedsDir));
  function* steps(ctx: DocContext, found: Found): Steps<void> {
    const text = ctx.norm.text;
    const cands = yield* candidateSteps(finder, text);
    const docDate = documentDateFrom(text, cands, ctx.metadataDate, finder);
    found.documentDate = docDate;
    found.dates.push(...toMentions(cands, parseAnchor(docDate?.value)));
  }
  return {
    id: 'dates',
    version: DATE_EXTRACTOR_VERSION,
    resources: DATE_RESOURCES,
    ...fromSteps(steps),
    records: dateRecords,
  };
};
