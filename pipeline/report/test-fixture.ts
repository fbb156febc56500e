/**
 * A small database for the report tests, made from the project's own seeds (no ../shared):
 * Japanese, English and bilingual articles, one with 𠮷 before its records, one whose text
 * and file name try to inject HTML, and a reextract run (an alias added) so changes exist.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type DB } from '../db/database.ts';
import { ingest } from '../ingest.ts';
import { reextract } from '../reextract/run.ts';
import { loadExtraction } from '../setup.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The hostile inputs, kept here so tests can look for each one literally. */
export const HOSTILE = {
  fileName: `x"onerror=alert(3) <b>bold<i>'q'.txt`,
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror="alert(2)">',
  textarea: '</textarea><textarea>',
  quotes: `"double" 'single' \`back\` & amp`,
  style: '<style>body{display:none}</style>',
};

export const ARTICLES: Record<string, string> = {
  'ja_toyota_catl.txt': '記事: 電池供給\n𠮷田氏によると、トヨタは2025年3月1日、CATLと電池の供給契約を締結した。容量は年産20GWhとなる。\nホンダとGMは2024年に共同開発契約を結んだ。投資額は約50億ドル。\n',
  'bilingual_honda.txt':
    'ホンダと旭化成、カナダで電池セパレータの合弁会社設立へ\n2025年5月14日\n旭化成とホンダは、カナダでリチウムイオン電池用セパレータを生産する合弁会社を設立することで合意した。\nHonda and Asahi Kasei agreed on May 14, 2025 to establish a joint venture in Canada with an investment of about 180 billion yen.\n',
  [HOSTILE.fileName]: `${HOSTILE.script} ${HOSTILE.img}\nToyota signed a supply agreement with CATL on March 3, 2025. ${HOSTILE.textarea} ${HOSTILE.quotes}\n${HOSTILE.style}<b>Panasonic</b> invested $2 billion in the plant.\n`,
  'zentro.txt': 'この分野ではゼントロフェクスも2026年に参入する。トヨタは同社と提携した。\n',
};

export async function makeReportDatabase(): Promise<{ db: DB; dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'report-'));
  const seeds = path.join(dir, 'seeds');
  cpSync(path.join(ROOT, 'seeds'), seeds, { recursive: true });
  const input = path.join(dir, 'in');
  mkdirSync(input);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(input, name), text);
  const db = openDatabase(path.join(dir, 'db.sqlite'));
  await ingest(db, [input], loadExtraction(seeds), { workers: 0 });
  appendFileSync(path.join(seeds, 'companies/companies.yaml'), '\n  - id: test_zentrofex\n    name: Zentrofex\n    country: JP\n    sector: other\n    ja: [ゼントロフェクス]\n');
  await reextract(db, loadExtraction(seeds), { all: false, workers: 0 });
  return { db, dir };
}
