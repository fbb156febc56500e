/**
 * Test helpers for the date extractor (used by the *.test.ts files next to it): run the finder
 * on normalised text without building a full DocContext (no tokenisation: fast).
 */
import { normalise } from '../../text/normalise.ts';
import type { DateMention, DocumentDate } from '../types.ts';
import { grammarFor } from './vocabulary.ts';
import { createDateFinder, findCandidates, toMentions } from './find.ts';
import { documentDateFrom } from './document-date.ts';
import { parseAnchor } from './anchor.ts';

const finder = createDateFinder(grammarFor());

export interface TestExtraction {
  text: string;
  documentDate: DocumentDate | null;
  mentions: DateMention[];
}

export function extractForTest(raw: string, metadataDate: string | null = null): TestExtraction {
  const text = normalise(raw).text;
  const cands = findCandidates(finder, text);
  const documentDate = documentDateFrom(text, cands, metadataDate, finder);
  return { text, documentDate, mentions: toMentions(cands, parseAnchor(documentDate?.value)) };
}

/** [span text, value.start, value.end, value.mod?] — the compact form the test tables use. */
export type Expected = [string, string | null, string | null, string?];

/** A table row: input text, every expected mention (in order), and an optional document date. */
export type Case = [text: string, expected: Expected[], documentDate?: string];

export function summarise(x: TestExtraction): Expected[] {
  return x.mentions.map((m) => {
    const row: Expected = [x.text.slice(m.start, m.end), m.value?.start ?? null, m.value?.end ?? null];
    if (m.value?.mod) row.push(m.value.mod);
    return row;
  });
}
