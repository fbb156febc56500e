import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles, readArticle, readBytes } from './read.ts';
import { ReadError } from './read-error.ts';
import { reduceHtml } from './reduce-html.ts';
import { reduceMarkdown } from './reduce-markdown.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures');

describe('read: bad input gives one clear reason', () => {
  it.each([
    ['empty.txt', /empty file/],
    ['binary.txt', /binary file/],
    ['undecodable.txt', /undecodable bytes/],
  ])('%s', (file, reason) => {
    const p = path.join(FIXTURES, 'bad', file);
    expect(() => readArticle(p)).toThrow(ReadError);
    try {
      readArticle(p);
    } catch (e) {
      expect((e as ReadError).path).toBe(p);
      expect((e as ReadError).reason).toMatch(reason);
    }
  });

  it('an unreadable file (dangling link) names the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'read-'));
    const link = path.join(dir, 'gone.txt');
    symlinkSync(path.join(dir, 'missing-target.txt'), link);
    expect(() => readArticle(link)).toThrow(/gone\.txt: file disappeared before it was read|gone\.txt: cannot read/);
  });

  it('a missing path is reported, the others are still found', () => {
    const found = findFiles([path.join(FIXTURES, 'encodings'), '/no/such/folder']);
    expect(found.files.length).toBe(9);
    expect(found.problems.map((p) => p.message)).toEqual(['/no/such/folder: no such file or folder']);
  });

  it('markup that leaves no text is an error', () => {
    expect(() => readBytes('x.html', Buffer.from('<html><script>var a=1</script></html>'))).toThrow(/no text left/);
  });
});

describe('read: HTML and Markdown reduce to text', () => {
  it('HTML: blocks become lines, cells tabs, scripts dropped, metadata date read', () => {
    const html = `<html><head><meta property="article:published_time" content="2025-03-05T09:00:00+09:00"><title>x</title>
      <script>alert(1)</script></head><body><h1>NIOが新拠点</h1><p>NIOは&amp;上海に<b>新拠点</b>を設立。</p>
      <table><tr><th>日付</th><th>企業</th></tr><tr><td>2025年1月5日</td><td>CATL</td></tr></table></body></html>`;
    const { text, metadataDate } = reduceHtml(html);
    expect(metadataDate).toBe('2025-03-05');
    expect(text).toBe('NIOが新拠点\nNIOは&上海に新拠点を設立。\n日付\t企業\n2025年1月5日\tCATL');
  });

  it('HTML: <time datetime> is a fallback date', () => {
    expect(reduceHtml('<p>a<time datetime="2024-12-01">12月1日</time></p>').metadataDate).toBe('2024-12-01');
  });

  it('Markdown: front matter date, headings, emphasis, links, tables', () => {
    const md = '---\ntitle: t\ndate: 2026-01-02\n---\n# 見出し\n**CATL**は[発表](http://x)した。\n\n| 日付 | 企業 |\n|---|---|\n| 2025年 | BYD |\n';
    const { text, metadataDate } = reduceMarkdown(md);
    expect(metadataDate).toBe('2026-01-02');
    expect(text).toBe('見出し\nCATLは発表した。\n\n日付\t企業\n2025年\tBYD');
  });

  it('readArticle stores the reduced text for .md files', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'read-'));
    const p = path.join(dir, 'a.md');
    writeFileSync(p, '# タイトル\n本文。\n');
    const doc = readArticle(p);
    expect(doc.format).toBe('md');
    expect(doc.text).toBe('タイトル\n本文。');
  });
});
