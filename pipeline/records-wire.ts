/**
 * A processed document as it crosses from a worker thread to the writer: every number of its
 * rows in one Int32Array and every string once in a table, instead of one object per row.
 *
 * Why: postMessage copies with V8's structured clone, which rebuilds each object property by
 * property (maps, transitions, key strings). For a real-density Japanese batch that was ~30%
 * of the writer thread's own work; a flat copy of integers and a string table is ~1/10 of it
 * to read (measured on the 5 MB real-density corpus: 340 → ~30 ms per 100k mentions, plus
 * ~75 ms to rebuild the rows here). The rows that come out are the same plain objects that
 * went in (records-wire.test.ts), so nothing downstream knows a worker was involved.
 */
import type { AgreementRecordOut, DiscoveredCompany, MentionRecord } from '../extractors/types.ts';
import type { ProcessedDocument } from './process.ts';
import type { DocumentRecords, SegmentRecord } from './stages/records.ts';

export interface WireDocument {
  doc: ProcessedDocument['doc'];
  timings: ProcessedDocument['timings'];
  extractorMs: ProcessedDocument['extractorMs'];
  /** Rare and small: sent as they are. */
  discovered: DiscoveredCompany[];
  documentDate: DocumentRecords['documentDate'];
  languageMix: DocumentRecords['languageMix'];
  /** Each distinct string of the rows, once; the rows refer to it by index (-1: null). */
  strings: string[];
  /** The rows: segments, mentions, agreements, each table its count then its fields in order. */
  ints: Int32Array;
}

/** A null string (strings are indexes, never negative). */
const NULL_STRING = -1;
/** A null number: the one Int32 value a row's number may not take (a table's header row is -1). */
const NULL_INT = -0x80000000;

class Encoder {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  readonly ints: number[] = [];
  str(s: string | null | undefined): void {
    if (s === null || s === undefined) {
      this.ints.push(NULL_STRING);
      return;
    }
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.index.set(s, i);
    }
    this.ints.push(i);
  }
  int(n: number | null): void {
    if (n !== null && (!Number.isInteger(n) || n <= NULL_INT || n > 0x7fffffff)) throw new Error(`records-wire: ${n} is not a 32-bit integer`);
    this.ints.push(n === null ? NULL_INT : n);
  }
}

export function encodeProcessed(p: ProcessedDocument): WireDocument {
  const e = new Encoder();
  const { segments, mentions, agreements } = p.records;
  e.int(segments.length);
  for (const s of segments) {
    e.int(s.idx);
    e.str(s.kind);
    e.int(s.paragraph);
    e.str(s.lang);
    e.int(s.start);
    e.int(s.end);
    e.int(s.table);
    e.int(s.row);
  }
  e.int(mentions.length);
  for (const m of mentions) {
    e.str(m.kind);
    e.int(m.start);
    e.int(m.end);
    e.str(m.surface);
    e.str(m.valueJson ?? JSON.stringify(m.value));
    e.str(m.companyId);
    e.str(m.extractor);
    e.str(m.extractorVersion);
    e.str(m.rule);
  }
  e.int(agreements.length);
  for (const a of agreements) {
    e.str(a.type);
    e.str(a.date === null ? null : JSON.stringify(a.date));
    e.str(a.extractor);
    e.str(a.extractorVersion);
    e.str(a.rule);
    e.int(a.parties.length);
    for (const party of a.parties) {
      e.str(party.companyId);
      e.str(party.name);
      e.str(party.role); // absent → null → absent again (agreements/records.ts sets it only when known)
    }
    e.int(a.evidence.length);
    for (const ev of a.evidence) {
      e.int(ev.start);
      e.int(ev.end);
      e.str(ev.surface);
    }
  }
  return {
    doc: p.doc,
    timings: p.timings,
    extractorMs: p.extractorMs,
    discovered: p.records.discovered,
    documentDate: p.records.documentDate,
    languageMix: p.records.languageMix,
    strings: e.strings,
    ints: Int32Array.from(e.ints),
  };
}

export function decodeProcessed(w: WireDocument): ProcessedDocument {
  const { ints, strings } = w;
  let k = 0;
  const str = (): string => strings[ints[k++]!]!;
  const strOrNull = (): string | null => {
    const i = ints[k++]!;
    return i === NULL_STRING ? null : strings[i]!;
  };
  const intOrNull = (): number | null => {
    const n = ints[k++]!;
    return n === NULL_INT ? null : n;
  };
  const segments: SegmentRecord[] = new Array(ints[k++]!);
  for (let i = 0; i < segments.length; i++) {
    segments[i] = { idx: ints[k++]!, kind: str(), paragraph: ints[k++]!, lang: str(), start: ints[k++]!, end: ints[k++]!, table: intOrNull(), row: intOrNull() };
  }
  const mentions: MentionRecord[] = new Array(ints[k++]!);
  for (let i = 0; i < mentions.length; i++) {
    const kind = str() as MentionRecord['kind'];
    const start = ints[k++]!;
    const end = ints[k++]!;
    const surface = str();
    const valueJson = str();
    mentions[i] = {
      kind,
      start,
      end,
      surface,
      value: JSON.parse(valueJson) as Record<string, unknown>,
      valueJson,
      companyId: strOrNull(),
      extractor: str(),
      extractorVersion: str(),
      rule: str(),
    };
  }
  const agreements: AgreementRecordOut[] = new Array(ints[k++]!);
  for (let i = 0; i < agreements.length; i++) {
    const type = str() as AgreementRecordOut['type'];
    const date = strOrNull();
    const extractor = str();
    const extractorVersion = str();
    const rule = str();
    const parties: AgreementRecordOut['parties'] = new Array(ints[k++]!);
    for (let j = 0; j < parties.length; j++) {
      const companyId = strOrNull();
      const name = str();
      const role = strOrNull();
      parties[j] = role === null ? { companyId, name } : { companyId, name, role };
    }
    const evidence: AgreementRecordOut['evidence'] = new Array(ints[k++]!);
    for (let j = 0; j < evidence.length; j++) evidence[j] = { start: ints[k++]!, end: ints[k++]!, surface: str() };
    agreements[i] = {
      type,
      date: date === null ? null : (JSON.parse(date) as AgreementRecordOut['date']),
      parties,
      evidence,
      extractor,
      extractorVersion,
      rule,
    };
  }
  if (k !== ints.length) throw new Error(`records-wire: ${ints.length - k} numbers left over after decoding ${w.doc.path}`);
  return {
    doc: w.doc,
    timings: w.timings,
    extractorMs: w.extractorMs,
    records: { segments, mentions, agreements, discovered: w.discovered, documentDate: w.documentDate, languageMix: w.languageMix },
  };
}
