/**
 * Build the static report: index.html, one page per document (docs/<id>.html),
 * companies.html, agreements.html, changes.html, and the local stylesheet and script.
 * Opens from disk with no server; nothing is fetched from the network.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DB } from '../db/database.ts';
import { projectRoot } from '../../text/seed-files.ts';
import { companiesData } from './companies-data.ts';
import { type AgreementRow, agreementsQuery, changeTotals, documentCounts, documents, documentText, errors, mentionsQuery, runs } from './data.ts';
import { agreementsPage } from './page-agreements.ts';
import { changesPage } from './page-changes.ts';
import { companiesPage } from './page-companies.ts';
import { documentFile, documentPage } from './page-document.ts';
import { indexPage } from './page-index.ts';

const ASSETS = path.join(projectRoot(), 'pipeline', 'report', 'assets');

export interface ReportSummary {
  documents: number;
  agreements: number;
  companies: number;
  files: number;
  seconds: number;
}

export function buildReport(db: DB, outDir: string): ReportSummary {
  const started = performance.now();
  mkdirSync(path.join(outDir, 'docs'), { recursive: true });
  let files = 0;
  const write = (name: string, content: string) => {
    writeFileSync(path.join(outDir, name), content);
    files++;
  };
  for (const asset of ['report.css', 'report.js']) {
    copyFileSync(path.join(ASSETS, asset), path.join(outDir, asset));
    files++;
  }

  const docs = documents(db);
  const counts = documentCounts(db);
  const mentionsOf = mentionsQuery(db);
  const agreementsOf = agreementsQuery(db);
  const empty = { company: 0, date: 0, quantity: 0, agreement: 0, errors: 0 };
  // Documents come in name order, so their agreements, gathered here, are the agreements page's rows.
  const agreements: AgreementRow[] = [];
  db.transaction(() => {
    for (const d of docs) {
      const own = agreementsOf(d.id);
      agreements.push(...own);
      write(documentFile(d.id), documentPage(d, documentText(db, d.id), counts.get(d.id) ?? empty, mentionsOf(d.id), own));
    }
  })();

  write('index.html', indexPage(docs, counts, runs(db), changeTotals(db), errors(db)));
  const companies = companiesData(db);
  write('companies.html', companiesPage(companies));
  write('agreements.html', agreementsPage(agreements, companies.names));
  write('changes.html', changesPage(db));
  return { documents: docs.length, agreements: agreements.length, companies: companies.companies.length, files, seconds: (performance.now() - started) / 1000 };
}
