/**
 * A processed document survives the trip through the wire format unchanged: the same plain
 * objects, the same keys (absent stays absent), the same values.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../text/seed-files.ts';
import { dictionaryEntities, loadExtraction } from './setup.ts';
import { InProcessProcessor } from './workers.ts';
import { decodeProcessed, encodeProcessed, wireCounts, wireOf, type WireDocument } from './records-wire.ts';
import type { ProcessedDocument } from './process.ts';
import { openDatabase } from './db/database.ts';
import { Store } from './stages/store.ts';

/** Encoded, copied as postMessage copies it, decoded (its records made from the wire as a reader asks for them). */
const roundTrip = (p: ProcessedDocument): ProcessedDocument => {
  const d = decodeProcessed(v8.deserialize(v8.serialize(encodeProcessed(p))));
  return { doc: d.doc, records: d.records, timings: d.timings, extractorMs: d.extractorMs };
};

/** Every seed article, processed in this thread. */
async function* processedSeedArticles(): AsyncGenerator<ProcessedDocument> {
  const seeds = defaultSeedsDir();
  const local = new InProcessProcessor(loadExtraction(seeds).extractors);
  const dir = path.join(seeds, 'articles');
  for (const f of readdirSync(dir)) yield await local.process({ kind: 'file', path: path.join(dir, f) });
}

/** Every row a document's records become, table by table, as the store writes them. */
function storedRows(records: ProcessedDocument['records'] | WireDocument, doc: ProcessedDocument['doc']): Record<string, unknown[]> {
  const db = openDatabase(':memory:');
  const store = new Store(db);
  store.syncCompanies(dictionaryEntities(loadExtraction(defaultSeedsDir())));
  const runId = store.startRun('test', '0', { extractors: {}, resources: {} } as never, 'h');
  store.immediate(() => store.writeDocumentInTransaction(runId, doc, records, store.stateId({ extractors: {}, resources: {} } as never)));
  const out: Record<string, unknown[]> = {};
  for (const t of ['documents', 'segments', 'mentions', 'agreements', 'agreement_parties', 'agreement_evidence', 'companies', 'company_aliases', 'company_links']) {
    out[t] = db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all();
  }
  db.close();
  return out;
}

function processed(records: Partial<ProcessedDocument['records']>): ProcessedDocument {
  return {
    doc: { path: '/x/a.txt', name: 'a.txt', format: 'txt', encoding: 'utf-8', contentHash: 'h', text: '𠮷野家', charCount: 3, aliasSignature: new Uint8Array([1, 2]) },
    records: { segments: [], mentions: [], agreements: [], discovered: [], documentDate: null, languageMix: {}, ...records },
    timings: { read: 1.5 },
    extractorMs: { dates: 0.25, companies: 1.5 },
  };
}

const mention = {
  kind: 'company' as const,
  start: 0,
  end: 3,
  surface: '𠮷野家',
  value: { canonical: '𠮷野家', discovered: true },
  valueJson: '{"canonical":"𠮷野家","discovered":true}',
  companyId: null,
  extractor: 'companies',
  extractorVersion: '1.0.0',
  rule: 'discovered',
};

describe('records wire format', () => {
  it('round-trips rows with astral text, nulls, absent roles and null dates', () => {
    const p = processed({
      segments: [
        { idx: 0, kind: 'sentence', paragraph: 0, lang: 'ja', start: 0, end: 3, table: null, row: null },
        { idx: 1, kind: 'table_header', paragraph: 1, lang: 'en', start: 4, end: 9, table: 0, row: -1 },
        { idx: 2, kind: 'table_row', paragraph: 1, lang: 'en', start: 10, end: 19, table: 0, row: 0 },
      ],
      mentions: [mention, { ...mention, kind: 'date', surface: '2026年', value: { start: '2026', end: '2026', granularity: 'year' }, valueJson: '{"start":"2026","end":"2026","granularity":"year"}', companyId: null, rule: 'ja.year' }],
      agreements: [
        {
          type: 'supply',
          date: null,
          parties: [{ companyId: 'a', name: 'A' }, { companyId: null, name: '経済産業省', role: 'customer' }],
          evidence: [{ start: 0, end: 3, surface: '𠮷野家' }],
          extractor: 'agreements',
          extractorVersion: '1.2.2',
          rule: 'clause:ja',
        },
        {
          type: 'joint_venture',
          date: { start: '2026-04', end: '2026-04', granularity: 'month' },
          parties: [],
          evidence: [],
          extractor: 'agreements',
          extractorVersion: '1.2.2',
          rule: 'r',
        },
      ],
      discovered: [{ id: 'x', canonical: 'X', aliases: ['X社'], links: [] }],
      documentDate: { value: '2026-04-01', source: 'text' },
      languageMix: { ja: 0.9, en: 0.1 },
    });
    expect(roundTrip(p)).toStrictEqual(p);
  });

  it('round-trips a document with no rows', () => {
    const p = processed({});
    expect(roundTrip(p)).toStrictEqual(p);
  });

  it('round-trips every processed seed article', async () => {
    for await (const p of processedSeedArticles()) {
      expect(p.records.mentions.length).toBeGreaterThan(0);
      expect(roundTrip(p)).toStrictEqual(p);
    }
  }, 60_000);

  it('the store writes the same rows from the wire as from the objects, and the counts agree', async () => {
    for await (const p of processedSeedArticles()) {
      const wire = wireOf(decodeProcessed(v8.deserialize(v8.serialize(encodeProcessed(p)))))!;
      expect(wireOf(p)).toBeNull();
      expect(p.records.agreements.length).toBeGreaterThan(0);
      expect(storedRows(wire, p.doc)).toEqual(storedRows(p.records, p.doc));
      const kinds: Record<string, number> = {};
      for (const m of p.records.mentions) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
      expect(wireCounts(wire)).toEqual({ mentions: kinds, agreements: p.records.agreements.length });
    }
  }, 60_000);

  it('a damaged wire document fails with its file instead of giving other rows', () => {
    const wire = encodeProcessed(processed({ mentions: [mention] }));
    const longer = { ...wire, ints: Int32Array.from([...wire.ints, 7]) };
    expect(() => decodeProcessed(longer)).toThrow(/1 numbers left over after decoding \/x\/a\.txt/);
  });

  it('refuses a number that does not fit instead of sending a wrong one', () => {
    expect(() => encodeProcessed(processed({ mentions: [{ ...mention, start: 1.5 }] }))).toThrow(/1.5 is not a 32-bit integer/);
    expect(() => encodeProcessed(processed({ mentions: [{ ...mention, end: 2 ** 31 }] }))).toThrow(/not a 32-bit integer/);
    expect(() => encodeProcessed(processed({ mentions: [{ ...mention, start: -(2 ** 31) }] }))).toThrow(/not a 32-bit integer/);
  });
});
