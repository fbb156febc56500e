/**
 * The report in a real browser: the system Chromium (Debian's `chromium`) driven by
 * playwright-core, offline. A document page shows its highlights, hovering a mention shows
 * its value, clicking an agreement highlights its evidence; screenshots go to
 * output/report-screens/. Skips, saying why, where no Chromium is installed.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { DB } from '../db/database.ts';
import { buildReport } from './build.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';
import { indexPage } from './page-index.ts';
import { makeReportDatabase } from './test-fixture.ts';

const missing = chromiumMissing();
if (missing) console.warn(`skipping the browser test of the report: ${missing}`);
const SCREENS = path.resolve(import.meta.dirname, '../../output/report-screens');

let db: DB;
let site: string;
let context: BrowserContext;
let close: () => Promise<void> = async () => {};
const errors: string[] = [];

async function open(file: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${file}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${file}: ${m.text()}`);
  });
  await page.goto(pathToFileURL(path.join(site, file)).href);
  return page;
}

describe.skipIf(missing !== null)('report in Chromium', () => {
  beforeAll(async () => {
    const made = await makeReportDatabase();
    db = made.db;
    site = path.join(made.dir, 'site');
    buildReport(db, site);
    mkdirSync(SCREENS, { recursive: true });
    ({ context, close } = await launchChromium());
  }, 180_000);
  afterAll(async () => {
    await close();
  });

  it('shows highlights, the value on hover and on focus, and the evidence of a clicked agreement', async () => {
    const doc = db.prepare("SELECT id FROM documents WHERE name = 'ja_toyota_catl.txt'").get() as { id: number };
    const page = await open(`docs/${doc.id}.html`);
    const marks = page.locator('article mark[data-k]');
    expect(await marks.count()).toBeGreaterThan(3);
    await expect.poll(() => marks.first().isVisible()).toBe(true);
    const bg = await marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');

    const date = page.locator('article mark[data-k="date"]').first();
    const value = (await date.getAttribute('data-v'))!;
    await date.hover();
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(value);
    expect(await tip.textContent()).toContain(`rule: ${await date.getAttribute('data-r')}`);
    await page.screenshot({ path: path.join(SCREENS, 'browser-test-hover.png') });

    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    const company = page.locator('article mark[data-k="company"]').first();
    await company.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain((await company.getAttribute('data-c'))!);

    const button = page.locator('button.agr').first();
    const id = (await button.getAttribute('data-a'))!;
    expect(await page.locator('article .ev.on').count()).toBe(0);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const on = page.locator('article .ev.on');
    expect(await on.count()).toBeGreaterThan(0);
    expect(await on.evaluateAll((els, a) => els.every((e) => e.getAttribute('data-a') === a), id)).toBe(true);
    const surfaces = (db.prepare('SELECT surface FROM agreement_evidence WHERE agreement_id = ? ORDER BY position').all(Number(id)) as { surface: string }[]).map((e) => e.surface);
    expect((await on.allTextContents()).join('')).toBe(surfaces.join(''));
    expect(await on.first().evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    await page.screenshot({ path: path.join(SCREENS, 'browser-test-agreement.png') });
    expect(errors).toEqual([]);
  }, 60_000);

  it('runs nothing from a hostile article, and pages and filters the index', async () => {
    const page = await open('index.html');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = page.locator('#docs tbody a', { hasText: 'onerror' });
    await hostile.click();
    await page.waitForLoadState('load');
    expect(await page.locator('article.text').textContent()).toContain('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);

    await page.goBack();
    const rows = page.locator('#docs tbody tr:visible');
    const all = await rows.count();
    expect(all).toBe((db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n);
    await page.fill('#q', 'bilingual');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('#range').textContent()).toContain('1 of 1');
    expect(errors).toEqual([]);
  }, 60_000);

  it('draws the partner network on the agreements page', async () => {
    const page = await open('agreements.html');
    expect(await page.locator('svg.network circle').count()).toBeGreaterThan(1);
    await page.locator('#agreements th', { hasText: 'type' }).click();
    expect(await page.locator('#agreements th', { hasText: 'type' }).getAttribute('aria-sort')).toBe('ascending');
    await page.screenshot({ path: path.join(SCREENS, 'browser-test-agreements.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 60_000);

  it('pages a long index 100 rows at a time, and searches across pages', async () => {
    const docs = Array.from({ length: 250 }, (_, i) => ({
      id: i + 1, name: `doc-${String(i).padStart(3, '0')}.txt`, path: `/x/doc-${i}.txt`, format: 'txt', language_mix: '{"ja":1}',
      document_date: '2025-01-01', document_date_source: null, char_count: 10, extracted_run: 1,
    }));
    const dir = path.join(site, 'long');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), indexPage(docs, new Map(), [], [], []));
    for (const asset of ['report.css', 'report.js']) copyFileSync(path.join(import.meta.dirname, 'assets', asset), path.join(dir, asset));
    const page = await open('long/index.html');
    const visible = () => page.locator('#docs tbody tr:visible td:first-child').allTextContents();
    expect(await visible()).toHaveLength(100);
    expect((await visible())[0]).toBe('doc-000.txt');
    await page.click('#next');
    expect((await visible())[0]).toBe('doc-100.txt');
    await page.click('#next');
    expect(await visible()).toHaveLength(50);
    expect(await page.locator('#next').isDisabled()).toBe(true);
    await page.fill('#q', 'doc-24');
    expect(await visible()).toEqual(Array.from({ length: 10 }, (_, i) => `doc-24${i}.txt`));
    await page.fill('#q', '');
    await page.locator('#docs th', { hasText: 'document' }).click();
    await page.locator('#docs th', { hasText: 'document' }).click();
    expect((await visible())[0]).toBe('doc-249.txt');
    expect(errors).toEqual([]);
  }, 60_000);
});
