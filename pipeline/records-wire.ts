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
 *
 * The writer does not rebuild them at all: a document from a worker keeps its wire form
 * (wireOf) and the store inserts its rows straight from it (readWireRows); the
 * objects are made only when something asks for `records` (reextract's diff). On the main
 * thread, which writes and also extracts, those objects were ~100,000 per 5 MB, made, held
 * until their batch was written, and copied by every young-generation collection meanwhile.
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
    e.str(a.date?.start ?? null);
    e.str(a.date?.end ?? null);
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

/** Where the rows of a wire document go, in their order (readWireRows). */
export interface WireRowSink {
  segment(idx: number, kind: string, paragraph: number, lang: string, start: number, end: number, table: number | null, row: number | null): void;
  mention(kind: MentionRecord['kind'], start: number, end: number, surface: string, valueJson: string, companyId: string | null, extractor: string, extractorVersion: string, rule: string): void;
  /** An agreement; returns what its parties and evidence are then given as `agreement` (the writer: its row id). */
  agreement(type: AgreementRecordOut['type'], dateJson: string | null, dateStart: string | null, dateEnd: string | null, extractor: string, extractorVersion: string, rule: string): number;
  party(agreement: number, position: number, companyId: string | null, name: string, role: string | null): void;
  evidence(agreement: number, position: number, start: number, end: number, surface: string): void;
}

/** Every row of a wire document, in order, to `sink`; throws if the numbers do not add up. */
export function readWireRows(w: WireDocument, sink: WireRowSink | null): void {
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
  const segments = ints[k++]!;
  if (sink === null) k += 8 * segments;
  else for (let i = 0; i < segments; i++) sink.segment(ints[k++]!, str(), ints[k++]!, str(), ints[k++]!, ints[k++]!, intOrNull(), intOrNull());
  const mentions = ints[k++]!;
  if (sink === null) k += 9 * mentions;
  else for (let i = 0; i < mentions; i++) sink.mention(str() as MentionRecord['kind'], ints[k++]!, ints[k++]!, str(), str(), strOrNull(), str(), str(), str());
  const agreements = ints[k++]!;
  for (let i = 0; i < agreements; i++) {
    if (sink === null) {
      k += 7;
      k += 3 * ints[k]! + 1;
      k += 3 * ints[k]! + 1;
      continue;
    }
    const id = sink.agreement(str() as AgreementRecordOut['type'], strOrNull(), strOrNull(), strOrNull(), str(), str(), str());
    const parties = ints[k++]!;
    for (let j = 0; j < parties; j++) sink.party(id, j, strOrNull(), str(), strOrNull());
    const evidence = ints[k++]!;
    for (let j = 0; j < evidence; j++) sink.evidence(id, j, ints[k++]!, ints[k++]!, str());
  }
  if (k !== ints.length) throw new Error(`records-wire: ${ints.length - k} numbers left over after decoding ${w.doc.path}`);
}

/** The mentions by kind and the agreements of a wire document, without reading its rows. */
export function wireCounts(w: WireDocument): { mentions: Record<string, number>; agreements: number } {
  const { ints, strings } = w;
  const base = 1 + 8 * ints[0]!;
  const n = ints[base]!;
  const mentions: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const kind = strings[ints[base + 1 + 9 * i]!]!;
    mentions[kind] = (mentions[kind] ?? 0) + 1;
  }
  return { mentions, agreements: ints[base + 1 + 9 * n]! };
}

/** The mentions by kind and the agreements of a processed document: from its wire form when it came in one (its records are then not made). */
export function recordCounts(p: ProcessedDocument): { mentions: Record<string, number>; agreements: number } {
  const wire = wireOf(p);
  if (wire) return wireCounts(wire);
  const mentions: Record<string, number> = {};
  for (const m of p.records.mentions) mentions[m.kind] = (mentions[m.kind] ?? 0) + 1;
  return { mentions, agreements: p.records.agreements.length };
}

/** The rows of a wire document as the plain objects that were encoded. */
export function decodeRecords(w: WireDocument): DocumentRecords {
  const segments: SegmentRecord[] = [];
  const mentions: MentionRecord[] = [];
  const agreements: AgreementRecordOut[] = [];
  readWireRows(w, {
    segment: (idx, kind, paragraph, lang, start, end, table, row) => segments.push({ idx, kind, paragraph, lang, start, end, table, row }),
    mention: (kind, start, end, surface, valueJson, companyId, extractor, extractorVersion, rule) =>
      mentions.push({ kind, start, end, surface, value: JSON.parse(valueJson) as Record<string, unknown>, valueJson, companyId, extractor, extractorVersion, rule }),
    agreement: (type, dateJson, _start, _end, extractor, extractorVersion, rule) =>
      agreements.push({ type, date: dateJson === null ? null : (JSON.parse(dateJson) as AgreementRecordOut['date']), parties: [], evidence: [], extractor, extractorVersion, rule }) - 1,
    party: (a, _position, companyId, name, role) => agreements[a]!.parties.push(role === null ? { companyId, name } : { companyId, name, role }),
    evidence: (a, _position, start, end, surface) => agreements[a]!.evidence.push({ start, end, surface }),
  });
  return { segments, mentions, agreements, discovered: w.discovered, documentDate: w.documentDate, languageMix: w.languageMix };
}

/**
 * A processed document from its wire form: the wire is kept (wireOf: what the store writes
 * from) and checked now; `records` is decoded on first use.
 */
export function decodeProcessed(w: WireDocument): ProcessedDocument {
  readWireRows(w, null);
  return new WireProcessed(w);
}

class WireProcessed implements ProcessedDocument {
  private decoded: DocumentRecords | null = null;
  readonly doc: ProcessedDocument['doc'];
  readonly timings: ProcessedDocument['timings'];
  readonly extractorMs: ProcessedDocument['extractorMs'];

  constructor(readonly wire: WireDocument) {
    this.doc = wire.doc;
    this.timings = wire.timings;
    this.extractorMs = wire.extractorMs;
  }

  get records(): DocumentRecords {
    return (this.decoded ??= decodeRecords(this.wire));
  }
}

/** The wire form a processed document came in (a worker's), or null (extracted in this thread). */
export function wireOf(p: ProcessedDocument): WireDocument | null {
  return p instanceof WireProcessed ? p.wire : null;
}
