/** Encoding detection: every encoding a Japanese user's files come in, and the readings that could be confused. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';

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
