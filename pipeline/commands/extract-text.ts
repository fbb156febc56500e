/**
 * `extract-text`: JSON Lines {id, text, lang?, reference_date?} on stdin → JSON Lines
 * {id, companies, dates, quantities, agreements} on stdout, offsets in code points of `text`.
 * No database. Used to run public test suites (../shared/eval/external).
 *
 * A line that cannot be used (not JSON, no "id", no "text" string, a reference_date that is
 * not a date) is answered with {id, error} on its own output line, and the stream goes on.
 */
import readline from 'node:readline';
import { buildContext } from '../context.ts';
import { runExtractors } from '../stages/extract.ts';
import { toRecords } from '../stages/records.ts';
import { toGold, type GoldDocument } from '../gold-format.ts';
import type { Extractor } from '../../extractors/types.ts';
import { isoDatePrefix } from '../stages/reduce-html.ts';
import { writeLines } from '../cli-errors.ts';
import { normaliseMetadataDate } from '../../extractors/dates/document-date.ts';

/** A line of input that cannot be extracted, with the reason (answered as {id, error}). */
export class InputLineError extends Error {
  constructor(
    readonly id: unknown,
    message: string,
  ) {
    super(message);
    this.name = 'InputLineError';
  }
}

interface InputLine {
  id: string | number;
  text: string;
  referenceDate: string | null;
}

/** Parse and check one input line. */
export function parseInputLine(line: string): InputLine {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    throw new InputLineError(null, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new InputLineError(null, 'not a JSON object {id, text, …}');
  const o = input as { id?: unknown; text?: unknown; reference_date?: unknown; document_date?: unknown };
  if (typeof o.id !== 'string' && typeof o.id !== 'number') throw new InputLineError(o.id ?? null, 'no "id" (a string or a number)');
  if (typeof o.text !== 'string') throw new InputLineError(o.id, 'no "text" string');
  const given = o.document_date ?? o.reference_date ?? null;
  if (given !== null && typeof given !== 'string') throw new InputLineError(o.id, 'reference_date must be a string "YYYY-MM-DD" or null');
  let referenceDate: string | null = null;
  if (given) {
    // what the document-date stage would make of it: a date it cannot read was ignored silently
    if (normaliseMetadataDate(isoDatePrefix(given) ?? given) === null) {
      throw new InputLineError(o.id, `reference_date "${given}" is not a date (expected YYYY-MM-DD)`);
    }
    referenceDate = isoDatePrefix(given) ?? given;
  }
  return { id: o.id, text: o.text, referenceDate };
}

/** The records of one text (the `extract-text` output less its id); also the library's `extract`. */
export type TextRecords = Omit<GoldDocument, 'doc'>;

export async function extractTextRecords(text: string, extractors: readonly Extractor[], options: { name?: string; referenceDate?: string | null } = {}): Promise<TextRecords> {
  const name = options.name ?? 'text';
  const ref = options.referenceDate ?? null;
  const ctx = await buildContext(text, { name, metadataDate: ref ? (isoDatePrefix(ref) ?? ref) : null });
  const found = runExtractors(ctx, extractors);
  const records = toRecords(ctx, found, extractors);
  const gold = toGold(name, records.mentions, records.agreements);
  return { companies: gold.companies, dates: gold.dates, quantities: gold.quantities, agreements: gold.agreements };
}

export async function extractTextLine(line: string, extractors: readonly Extractor[]): Promise<string | null> {
  if (!line.trim()) return null;
  const input = parseInputLine(line);
  const records = await extractTextRecords(input.text, extractors, { name: String(input.id), referenceDate: input.referenceDate });
  return JSON.stringify({ id: input.id, ...records });
}

export interface ExtractTextSummary {
  /** Lines answered with records. */
  written: number;
  /** Lines answered with {id, error}. */
  failed: number;
}

export async function extractText(
  extractors: readonly Extractor[],
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  onError?: (lineNo: number, message: string, error: Error) => void,
): Promise<ExtractTextSummary> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const summary: ExtractTextSummary = { written: 0, failed: 0 };
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    let out: string | null;
    try {
      out = await extractTextLine(line, extractors);
      if (out !== null) summary.written++;
    } catch (e) {
      const message = e instanceof InputLineError ? e.message : `extraction failed: ${(e as Error).message}`;
      out = JSON.stringify({ id: e instanceof InputLineError ? e.id : null, error: `line ${lineNo}: ${message}` });
      summary.failed++;
      onError?.(lineNo, message, e as Error);
    }
    if (out !== null) await writeLines(output, [out + '\n']);
  }
  return summary;
}
