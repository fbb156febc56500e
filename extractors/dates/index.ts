/**
 * The date extractor (id "dates"). It runs first among the extractors: it fixes the document
 * date (found.documentDate) and anchors year-less and relative dates to it.
 * See seeds/dates/*.yaml for the vocabulary and README.md next to this file for the decisions.
 */
import type { DocContext, ExtractorFactory, Found } from '../types.ts';
import { DATE_RESOURCES, grammarFor } from './vocabulary.ts';
import { createDateFinder, findCandidates, toMentions } from './find.ts';
import { documentDateFrom } from './document-date.ts';
import { parseAnchor } from './anchor.ts';
import { dateRecords } from './records.ts';

export const DATE_EXTRACTOR_VERSION = '1.2.0';

export const createDateExtractor: ExtractorFactory = (options) => {
  const finder = createDateFinder(grammarFor(options.seedsDir));
  return {
    id: 'dates',
    version: DATE_EXTRACTOR_VERSION,
    resources: DATE_RESOURCES,
    extract(ctx: DocContext, found: Found): void {
      const text = ctx.norm.text;
      const cands = findCandidates(finder, text);
      const docDate = documentDateFrom(text, cands, ctx.metadataDate, finder);
      found.documentDate = docDate;
      found.dates.push(...toMentions(cands, parseAnchor(docDate?.value)));
    },
    records: dateRecords,
  };
};
