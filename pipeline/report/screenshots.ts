/**
 * Screenshots of a report in the system Chromium, to look at:
 * `tsx pipeline/report/screenshots.ts --db FILE [--out output/report-screens] NAME...`
 * builds the report, then shoots each document whose file name contains NAME (its first
 * agreement selected, a mention hovered), the agreements page and the index.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../db/database.ts';
import { buildReport } from './build.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';
import { documentFile } from './page-document.ts';

function option(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const [value] = process.argv.splice(i, 2).slice(1);
  return value;
}

async function main(): Promise<number> {
  const dbFile = option('--db', 'output/extractions.sqlite')!;
  const out = path.resolve(option('--out', 'output/report-screens')!);
  const names = process.argv.slice(2);
  const missing = chromiumMissing();
  if (missing) {
    process.stderr.write(`no screenshots: ${missing}\n`);
    return 1;
  }
  const db = openDatabase(dbFile, { readonly: true });
  const site = mkdtempSync(path.join(os.tmpdir(), 'report-screens-'));
  buildReport(db, site);
  mkdirSync(out, { recursive: true });
  const { context, close } = await launchChromium({ width: 1400, height: 1300 });
  const shots: string[] = [];
  try {
    for (const name of names) {
      const doc = db.prepare("SELECT id, name FROM documents WHERE instr(name, ?) > 0 ORDER BY name LIMIT 1").get(name) as { id: number; name: string } | undefined;
      if (!doc) {
        process.stderr.write(`no document named like "${name}"\n`);
        continue;
      }
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(site, documentFile(doc.id))).href);
      const agreement = page.locator('button.agr').first();
      if ((await agreement.count()) > 0) await agreement.click();
      // A mention half-way down, so the tooltip hides none of the page's head.
      const mentions = page.locator('article mark[data-k="quantity"]');
      const count = await mentions.count();
      if (count > 0) await mentions.nth(Math.floor(count / 2)).hover();
      const file = path.join(out, `document-${path.parse(doc.name).name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      shots.push(file);
      await page.close();
    }
    for (const [file, png, full] of [
      ['agreements.html', 'agreements.png', false],
      ['index.html', 'index.png', false],
      ['companies.html', 'companies.png', false],
      ['changes.html', 'changes.png', false],
    ] as const) {
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(site, file)).href);
      await page.screenshot({ path: path.join(out, png), fullPage: full });
      shots.push(path.join(out, png));
      await page.close();
    }
  } finally {
    await close();
    db.close();
  }
  process.stdout.write(shots.join('\n') + '\n');
  return 0;
}

process.exitCode = await main();
