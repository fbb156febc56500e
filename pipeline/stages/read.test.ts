import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, findFiles, readArticle, readBytes, ReadError } from './read.ts';
import { reduceHtml } from './reduce-html.ts';
import { reduceMarkdown } from './reduce-markdown.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../test/fixtures');
const EXPECTED = 'トヨタ自動車は2025年4月25日、全固体電池の量産で提携すると発表した。\n日産も50GWhの工場を建設する。\n';

describe('read: encoding detection', () => {
  it.each([
    ['utf8.txt', 'UTF-8'],
    ['utf8-bom.txt', 'UTF-8 (BOM)'],
    ['utf16le-bom.txt', 'UTF-16LE (BOM)'],
    ['utf16be-bom.txt', 'UTF-16BE (BOM)'],
    ['utf16le.txt', 'UTF-16LE'],
    ['utf16be.txt', 'UTF-16BE'],
    ['shift_jis.txt', 'Shift_JIS'],
    ['euc-jp.txt', 'EUC-JP'],
    ['iso-2022-jp.txt', 'ISO-2022-JP'],
  ])('%s decodes as %s', (file, encoding) => {
    const decoded = decode(readFileSync(path.join(FIXTURES, 'encodings', file)));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(EXPECTED);
  });

  it.each(['UTF-16LE', 'UTF-16BE'] as const)('%s without a BOM and without one ASCII character (no NUL bytes to count)', (enc) => {
    const text = '全固体電池の量産で提携すると発表した。日産も工場を建設する。';
    const units = [...text].map((c) => c.charCodeAt(0));
    const bytes = Buffer.alloc(units.length * 2);
    units.forEach((u, i) => (enc === 'UTF-16LE' ? bytes.writeUInt16LE(u, 2 * i) : bytes.writeUInt16BE(u, 2 * i)));
    expect(decode(bytes)).toEqual({ text, encoding: enc });
  });

  it.each(['UTF-16LE', 'UTF-16BE'] as const)('%s without a BOM: Korean (fewer NULs than ASCII text: only its spaces and digits)', (enc) => {
    const text = '현대자동차와 에너지솔루션은 인도네시아에 배터리 합작공장을 세웠다.\n삼성은 스텔란티스와 미국에 두번째 공장을 짓는다.\n'.repeat(10);
    const bytes = Buffer.from(text, 'utf16le');
    if (enc === 'UTF-16BE') bytes.swap16();
    expect(decode(bytes)).toEqual({ text, encoding: enc });
  });

  it('ISO-2022-JP that breaks off inside a two-byte character is named as such', () => {
    const bytes = Buffer.from('\x1b$B%H%h%?\x1b(B and \x1b$B%', 'latin1');
    expect(() => decode(bytes, 'a.txt')).toThrow(/has ISO-2022-JP escape sequences but is not valid ISO-2022-JP/);
  });

  // chardet calls these Shift_JIS, and they decode as Shift_JIS without an error (as half-width
  // katakana and kanji); the reading with kana wins. The reverse, for Shift_JIS.
  it.each([
    ['各社の提携は2025年4', 'EUC-JP'],
    ['両社は今後も、2026年', 'EUC-JP'],
    ['ABCは令和3年10月、トヨタ', 'EUC-JP'],
    ['ﾄﾖﾀ自動車はﾊﾟﾅｿﾆｯｸと提携。', 'EUC-JP'],
    ['ﾄﾖﾀ自動車はﾊﾟﾅｿﾆｯｸと提携。', 'CP932'],
    ['各社の提携は2025年4', 'CP932'],
  ])('a short line %s in %s is read as that', (text, enc) => {
    const decoded = decode(iconv.encode(text, enc));
    expect(decoded).toEqual({ text, encoding: enc === 'CP932' ? 'Shift_JIS' : enc });
  });

  it.each([
    'Renault’s Ampere and LG Energy Solution “signed” a deal — in Paris.',
    'Müller GmbH und Bosch unterzeichneten am 3. März 2024 einen Vertrag über 500 Mio. €',
    'Café Société signed with Nestlé',
  ])('windows-1252: %s', (text) => {
    expect(decode(iconv.encode(text, 'windows-1252'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('keeps characters outside the BMP in UTF-8', () => {
    expect(decode(Buffer.from('𠮷野家は提携した。', 'utf8')).text).toBe('𠮷野家は提携した。');
  });
});

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
