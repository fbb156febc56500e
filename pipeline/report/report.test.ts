/**
 * The generated site, parsed with happy-dom: every highlight's text equals its record's
 * surface (code points, 𠮷 included), counts match the database, and nothing from an
 * article becomes markup (no script, no event attribute, no closed textarea).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/database.ts';
import { buildReport, type ReportSummary } from './build.ts';
import { HOSTILE, makeReportDatabase } from './test-fixture.ts';

let db: DB;
let out: string;
let summary: ReportSummary;
const window = new Window();

function load(file: string): Document {
  return new window.DOMParser().parseFromString(readFileSync(path.join(out, file), 'utf8'), 'text/html') as unknown as Document;
}

function docId(name: string): number {
  return (db.prepare('SELECT id FROM documents WHERE name = ?').get(name) as { id: number }).id;
}

beforeAll(async () => {
  const made = await makeReportDatabase();
  db = made.db;
  out = path.join(made.dir, 'site');
  summary = buildReport(db, out);
}, 120_000);

describe('document pages', () => {
  it('have every mention highlighted, its text equal to the stored surface', () => {
    const docs = db.prepare('SELECT id, text FROM documents').all() as { id: number; text: string }[];
    let checked = 0;
    for (const d of docs) {
      const page = load(`docs/${d.id}.html`);
      const article = page.querySelector('article.text')!;
      expect(article.textContent).toBe(d.text);
      const mentions = db.prepare('SELECT id, kind, start, end, surface, rule FROM mentions WHERE document_id = ?').all(d.id) as { id: number; kind: string; start: number; end: number; surface: string; rule: string }[];
      const ids = new Set([...article.querySelectorAll('mark[data-m]')].map((m) => m.getAttribute('data-m')));
      expect(ids.size).toBe(mentions.length);
      for (const m of mentions) {
        const parts = [...article.querySelectorAll(`mark[data-m="${m.id}"]`)];
        expect(parts.map((p) => p.textContent).join('')).toBe(m.surface);
        expect(Array.from(d.text).slice(m.start, m.end).join('')).toBe(m.surface);
        expect(parts[0]!.getAttribute('data-k')).toBe(m.kind);
        expect(parts[0]!.getAttribute('data-r')).toBe(m.rule);
        expect(parts[0]!.getAttribute('tabindex')).toBe('0');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('count code points, not UTF-16 units: the records after 𠮷 are marked exactly', () => {
    const id = docId('ja_toyota_catl.txt');
    const article = load(`docs/${id}.html`).querySelector('article.text')!;
    const marked = [...article.querySelectorAll('mark[data-k]')].map((m) => m.textContent);
    expect(marked).toEqual(expect.arrayContaining(['トヨタ', '2025年3月1日', 'CATL']));
  });

  it("show each agreement's evidence spans and its parties beside the text", () => {
    const agreements = db.prepare('SELECT a.id, a.document_id FROM agreements a').all() as { id: number; document_id: number }[];
    expect(agreements.length).toBeGreaterThan(1);
    for (const a of agreements) {
      const page = load(`docs/${a.document_id}.html`);
      expect(page.querySelector(`button.agr[data-a="${a.id}"]`)).not.toBeNull();
      const evidence = db.prepare('SELECT position, surface FROM agreement_evidence WHERE agreement_id = ? ORDER BY position').all(a.id) as { position: number; surface: string }[];
      for (const e of evidence) {
        const parts = [...page.querySelectorAll(`.ev[data-a="${a.id}"][data-e="${e.position}"]`)];
        expect(parts.map((p) => p.textContent).join('')).toBe(e.surface);
      }
      const parties = (db.prepare('SELECT name, role FROM agreement_parties WHERE agreement_id = ? ORDER BY position').all(a.id) as { name: string; role: string | null }[]).map((p) =>
        p.role ? `${p.name} (${p.role})` : p.name,
      );
      expect([...page.querySelectorAll(`#a${a.id} ul.parties li`)].map((li) => li.textContent!.trim())).toEqual(parties);
    }
  });
});

describe('index, companies, agreements and changes pages', () => {
  it('index lists every document with the counts in the database', () => {
    const page = load('index.html');
    const rows = [...page.querySelectorAll('#docs tbody tr')];
    const expected = db.prepare('SELECT id, name, companies, dates, quantities, agreements FROM v_documents').all() as Record<string, number | string>[];
    expect(rows.length).toBe(expected.length);
    expect(summary.documents).toBe(expected.length);
    for (const e of expected) {
      const row = page.querySelector(`#docs tr[data-id="${e.id}"]`)!;
      const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
      expect(cells[0]).toBe(e.name);
      expect(cells.slice(3, 7).map(Number)).toEqual([e.companies, e.dates, e.quantities, e.agreements]);
    }
    expect(page.querySelectorAll('table.runs tbody tr').length).toBe((db.prepare('SELECT count(*) n FROM runs').get() as { n: number }).n);
  });

  it('companies page has mention and document counts of the database, and a YAML snippet that parses', () => {
    const page = load('companies.html');
    const expected = db.prepare('SELECT id, mentions, documents FROM v_companies WHERE mentions > 0').all() as { id: string; mentions: number; documents: number }[];
    expect(expected.length).toBeGreaterThan(2);
    for (const c of expected) {
      const cells = [...page.getElementById(`c-${c.id}`)!.querySelectorAll('td')].map((td) => td.textContent);
      expect(cells.slice(3, 5).map(Number)).toEqual([c.mentions, c.documents]);
    }
    const discovered = (db.prepare('SELECT count(*) n FROM companies c WHERE discovered = 1 AND EXISTS (SELECT 1 FROM mentions m WHERE m.company_id = c.id)').get() as { n: number }).n;
    const yaml = page.getElementById('yaml');
    if (discovered === 0) expect(yaml).toBeNull();
    else expect((parse(yaml!.textContent!) as unknown[]).length).toBe(discovered);
  });

  it('agreements page has a row per agreement and a network drawn as SVG', () => {
    const page = load('agreements.html');
    const n = (db.prepare('SELECT count(*) n FROM agreements').get() as { n: number }).n;
    expect(page.querySelectorAll('#agreements tbody tr').length).toBe(n);
    expect(page.querySelectorAll('svg.network circle').length).toBeGreaterThan(1);
    expect(page.querySelectorAll('svg.network line').length).toBeGreaterThan(0);
  });

  it('changes page shows the last reextract with the change counts stored', () => {
    const page = load('changes.html');
    const run = (db.prepare("SELECT max(id) id FROM runs WHERE command = 'reextract'").get() as { id: number }).id;
    expect(page.querySelector('h1')!.textContent).toContain(`#${run}`);
    const added = (db.prepare("SELECT count(*) n FROM changes WHERE run_id = ? AND change = 'added'").get(run) as { n: number }).n;
    expect(added).toBeGreaterThan(0);
    const shown = [...page.querySelectorAll('#changes tbody tr')].reduce((s, tr) => s + Number(tr.querySelectorAll('td')[2]!.textContent), 0);
    expect(shown).toBe(added);
    expect(page.body.textContent).toContain('Zentrofex');
  });
});

describe('escaping', () => {
  const pages = () => ['index.html', 'companies.html', 'agreements.html', 'changes.html', ...readdirSync(path.join(out, 'docs')).map((f) => `docs/${f}`)];

  it('no page has a script other than the report script, or any event-handler attribute', () => {
    for (const file of pages()) {
      const page = load(file);
      const scripts = [...page.querySelectorAll('script')];
      expect(scripts.map((s) => s.getAttribute('src')?.replace(/^(\.\.\/)?/, ''))).toEqual(['report.js']);
      expect(scripts[0]!.textContent).toBe('');
      for (const el of page.querySelectorAll('*')) {
        expect([...el.attributes].map((a) => a.name).filter((n) => n.startsWith('on')), `${file} <${el.tagName}>`).toEqual([]);
      }
      expect(page.querySelectorAll('img, textarea, style, body b').length, file).toBe(0);
    }
  });

  it("the hostile article's text and file name show literally", () => {
    const id = docId(HOSTILE.fileName);
    const page = load(`docs/${id}.html`);
    const text = page.querySelector('article.text')!.textContent!;
    for (const s of [HOSTILE.script, HOSTILE.img, HOSTILE.textarea, HOSTILE.quotes, HOSTILE.style]) expect(text).toContain(s);
    expect(page.querySelector('h1')!.textContent).toBe(HOSTILE.fileName);
    expect(page.title).toBe(`${HOSTILE.fileName} · ev-extract report`);
    const link = load('index.html').querySelector(`#docs tr[data-id="${id}"] a`)!;
    expect(link.textContent).toBe(HOSTILE.fileName);
    expect(link.getAttribute('href')).toBe(`docs/${id}.html`);
    // Records inside the hostile text are still found and marked.
    expect([...page.querySelectorAll('article mark[data-k="company"]')].map((m) => m.textContent)).toEqual(expect.arrayContaining(['Toyota', 'CATL', 'Panasonic']));
  });
});

describe('optional schema (read only when present)', () => {
  it('shows company_links and party roles', () => {
    const party = db.prepare('SELECT agreement_id, position, company_id FROM agreement_parties WHERE company_id IS NOT NULL LIMIT 1').get() as { agreement_id: number; position: number; company_id: string };
    const other = (db.prepare('SELECT id FROM companies WHERE id <> ? AND discovered = 0 LIMIT 1').get(party.company_id) as { id: string }).id;
    db.prepare("INSERT INTO company_links (company_id, parent_id, relation, source, document_id) VALUES (?, ?, 'owner', 'text', NULL)").run(party.company_id, other);
    db.prepare('UPDATE agreement_parties SET role = ? WHERE agreement_id = ? AND position = ?').run('<supplier>', party.agreement_id, party.position);
    const site = path.join(out, '..', 'site-links');
    buildReport(db, site);
    const companies = new window.DOMParser().parseFromString(readFileSync(path.join(site, 'companies.html'), 'utf8'), 'text/html') as unknown as Document;
    const links = companies.getElementById(`c-${party.company_id}`)!.querySelector('ul.rel')!;
    expect(links.textContent).toContain('owner');
    expect(links.querySelector(`a[href="#c-${other}"]`)).not.toBeNull();
    const documentId = (db.prepare('SELECT document_id FROM agreements WHERE id = ?').get(party.agreement_id) as { document_id: number }).document_id;
    const page = new window.DOMParser().parseFromString(readFileSync(path.join(site, `docs/${documentId}.html`), 'utf8'), 'text/html') as unknown as Document;
    expect(page.querySelector(`#a${party.agreement_id} .role`)!.textContent).toBe('(<supplier>)');
  });
});
