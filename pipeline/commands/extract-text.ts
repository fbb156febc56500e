/**
 * `extract-text`: JSON Lines {id, text, lang?, reference_date?} on stdin → JSON Lines
 * {id, companies, dates, quantities, agreements} on stdout, offsets in code points of `text`.
 * No database. Used to run public test suites (../shared/eval/external).
 */
import readline from 'node:readline';
import { buildContext } from '../context.ts';
import { runExtractors } from '../stages/extract.ts';
import { toRecords } from '../stages/records.ts';
import { toGold, type GoldDocument } from '../gold-format.ts';
import type { Extractor } from '../types.ts';
import { isoDatePrefix } from '../stages/reduce-html.ts';

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
  const input = JSON.parse(line) as { id: unknown; text: string; reference_date?: string | null; document_date?: string | null };
  if (typeof input.text !== 'string') throw new Error(`line with id ${String(input.id)} has no "text" string`);
  const records = await extractTextRecords(input.text, extractors, { name: String(input.id), referenceDate: input.document_date ?? input.reference_date ?? null });
  return JSON.stringify({ id: input.id, ...records });
}

export async function extractText(extractors: readonly Extractor[], input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    let out: string | null;
    try {
      out = await extractTextLine(line, extractors);
    } catch (e) {
      throw new Error(`stdin line ${lineNo}: ${(e as Error).message}`);
    }
    if (out !== null) {
      output.write(out + '\n');
      n++;
    }
  }
  return n;
}
