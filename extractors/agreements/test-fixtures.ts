/**
 * Hand-made Found fixtures for the agreement tests: a tiny company dictionary and a tiny
 * date recogniser stand in for the company and date extractors, so that these tests check
 * the agreement rules only (and do not change when the other extractors do).
 */
import path from 'node:path';
import { buildContext } from '../../pipeline/context.ts';
import type { AgreementRecord, CompanyMention, DateMention, DateValue, DocContext, Found } from '../types.ts';
import { createAgreementExtractor } from './index.ts';

/** [alias, canonical] — test companies (aliases as written, NFKC). */
export const TEST_COMPANIES: [string, string][] = [
  ['トヨタ自動車', 'Toyota'], ['トヨタ', 'Toyota'], ['Toyota', 'Toyota'],
  ['パナソニック', 'Panasonic'], ['Panasonic', 'Panasonic'],
  ['本田技研工業', 'Honda'], ['ホンダ', 'Honda'], ['Honda', 'Honda'],
  ['日産自動車', 'Nissan'], ['日産', 'Nissan'], ['Nissan', 'Nissan'],
  ['ソニー・ホンダモビリティ', 'Sony Honda Mobility'], ['ソニー', 'Sony'], ['Sony', 'Sony'],
  ['デンソー', 'Denso'], ['Denso', 'Denso'], ['アイシン', 'Aisin'],
  ['住友商事', 'Sumitomo Corporation'], ['Sumitomo Corporation', 'Sumitomo Corporation'], ['三菱商事', 'Mitsubishi Corporation'],
  ['住友金属鉱山', 'Sumitomo Metal Mining'], ['Sumitomo Metal Mining', 'Sumitomo Metal Mining'],
  ['寧徳時代', 'CATL'], ['CATL', 'CATL'], ['BYD', 'BYD'],
  ['LGエナジーソリューション', 'LG Energy Solution'], ['LG Energy Solution', 'LG Energy Solution'],
  ['SKオン', 'SK On'], ['SK On', 'SK On'], ['サムスンSDI', 'Samsung SDI'], ['Samsung SDI', 'Samsung SDI'],
  ['テスラ', 'Tesla'], ['Tesla', 'Tesla'], ['フォード', 'Ford'], ['Ford', 'Ford'],
  ['ゼネラルモーターズ', 'General Motors'], ['GM', 'General Motors'],
  ['ヒュンダイ', 'Hyundai'], ['ボッシュ', 'Bosch'], ['Bosch', 'Bosch'],
  ['出光興産', 'Idemitsu'], ['ENEOS', 'ENEOS'], ['JSR', 'JSR'], ['旭化成', 'Asahi Kasei'],
  ['GSユアサ', 'GS Yuasa'], ['パワーエックス', 'PowerX'], ['ファクトリアル・エナジー', 'Factorial'], ['Factorial', 'Factorial'],
  ['Mercedes-Benz', 'Mercedes-Benz'], ['メルセデス・ベンツ', 'Mercedes-Benz'],
  ['Volvo', 'Volvo'], ['Northvolt', 'Northvolt'], ['Stellantis', 'Stellantis'], ['Leapmotor', 'Leapmotor'],
  ['Albemarle', 'Albemarle'], ['Rivian', 'Rivian'], ['Amazon', 'Amazon'],
  ['Redwood Materials', 'Redwood Materials'], ['Redux Recycling', 'Redux Recycling'],
  ['QuantumScape', 'QuantumScape'], ['Volkswagen', 'Volkswagen'], ['Solid Power', 'Solid Power'], ['BMW', 'BMW'],
  ['BlueOval SK', 'BlueOval SK'], ['華晨BMW', 'BMW Brilliance'], ['華晨汽車', 'Brilliance Auto'],
  ['ウーバー', 'Uber'], ['Uber', 'Uber'], ['エヌビディア', 'NVIDIA'],
  ['日立', 'Hitachi'], ['東芝', 'Toshiba'], ['ユミコア', 'Umicore'], ['BASF', 'BASF'],
  ['ポルシェ', 'Porsche'], ['ジーリー', 'Geely'], ['吉利汽車', 'Geely'],
  // clause-patterns.test.ts
  ['マツダ', 'Mazda'], ['Mazda', 'Mazda'], ['SUBARU', 'Subaru'], ['スバル', 'Subaru'], ['Subaru', 'Subaru'],
  ['起亜', 'Kia'], ['Kia', 'Kia'], ['Hyundai Motor', 'Hyundai'], ['Hyundai', 'Hyundai'],
  ['ボルボ', 'Volvo'], ['フォルクスワーゲン', 'Volkswagen'], ['ノースボルト', 'Northvolt'],
  ['東レ', 'Toray'], ['Toray', 'Toray'], ['Umicore', 'Umicore'], ['スズキ', 'Suzuki'], ['ルノー', 'Renault'],
  ['三菱自動車', 'Mitsubishi Motors'], ['鴻海', 'Foxconn'], ['Foxconn', 'Foxconn'],
  ['GS Yuasa', 'GS Yuasa'], ['Sony Honda Mobility', 'Sony Honda Mobility'], ['Microsoft', 'Microsoft'], ['マイクロソフト', 'Microsoft'], ['クアルコム', 'Qualcomm'],
  ['Ultium Cells', 'Ultium Cells'], ['ステランティス', 'Stellantis'], ['リープモーター', 'Leapmotor'],
  ['Gotion High-Tech', 'Gotion'], ['ProLogium', 'ProLogium'], ['POSCO', 'POSCO'], ['双日', 'Sojitz'],
  ['日本政策投資銀行', 'DBJ'], ['レッドウッド', 'Redwood Materials'], ['Northvolt', 'Northvolt'],
];

const SORTED = TEST_COMPANIES.slice().sort((a, b) => b[0].length - a[0].length);

function isLatin(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

/** Longest-match company mentions (Latin names need word boundaries). */
export function findCompanies(text: string, extra: [string, string][] = []): CompanyMention[] {
  const list = extra.length ? [...extra, ...SORTED].sort((a, b) => b[0].length - a[0].length) : SORTED;
  const out: CompanyMention[] = [];
  for (let i = 0; i < text.length; ) {
    let hit: [string, string] | null = null;
    for (const entry of list) {
      const alias = entry[0];
      if (!text.startsWith(alias, i)) continue;
      if (isLatin(alias[0]) && isLatin(text[i - 1])) continue;
      if (isLatin(alias[alias.length - 1]) && isLatin(text[i + alias.length])) continue;
      hit = entry;
      break;
    }
    if (hit) {
      out.push({ start: i, end: i + hit[0].length, entityId: `test:${hit[1]}`, canonical: hit[1], discovered: false, rule: 'test' });
      i += hit[0].length;
    } else i++;
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE_RE = new RegExp(
  [
    '(\\d{4})年(\\d{1,2})月(\\d{1,2})日',
    '(\\d{4})年(\\d{1,2})月',
    '(\\d{4})年(?!度)',
    '(\\d{1,2})月(\\d{1,2})日',
    '(?<![\\d月年])(\\d{1,2})日(?=、|に|,)',
    '(\\d{4})-(\\d{2})-(\\d{2})',
    `(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})`,
    `(${MONTHS.join('|')}) (\\d{4})`,
    '\\b(20\\d{2}|19\\d{2})\\b',
  ].join('|'),
  'giu',
);

const pad = (n: string | number) => String(n).padStart(2, '0');

function point(start: string, granularity: DateValue['granularity']): DateValue {
  return { start, end: start, granularity };
}

/** Date mentions with values; year-less dates take year/month from `documentDate`. */
export function findDates(text: string, documentDate: string | null): DateMention[] {
  const out: DateMention[] = [];
  const year = documentDate ? documentDate.slice(0, 4) : 'XXXX';
  const month = documentDate ? documentDate.slice(5, 7) : 'XX';
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text))) {
    const g = m.slice(1);
    let value: DateValue;
    if (g[0]) value = point(`${g[0]}-${pad(g[1]!)}-${pad(g[2]!)}`, 'day');
    else if (g[3]) value = point(`${g[3]}-${pad(g[4]!)}`, 'month');
    else if (g[5]) value = point(g[5], 'year');
    else if (g[6]) value = point(`${year}-${pad(g[6])}-${pad(g[7]!)}`, 'day');
    else if (g[8]) value = point(`${year}-${month}-${pad(g[8])}`, 'day');
    else if (g[9]) value = point(`${g[9]}-${g[10]}-${g[11]}`, 'day');
    else if (g[12]) value = point(`${g[14]}-${pad(MONTHS.indexOf(g[12].toLowerCase()) + 1)}-${pad(g[13]!)}`, 'day');
    else if (g[15]) value = point(`${g[16]}-${pad(MONTHS.indexOf(g[15].toLowerCase()) + 1)}`, 'month');
    else value = point(g[17]!, 'year');
    out.push({ start: m.index, end: m.index + m[0].length, value, rule: 'test' });
  }
  return out;
}

export const SEEDS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'seeds');

let extractor: ReturnType<typeof createAgreementExtractor> | null = null;

export interface RunOptions {
  documentDate?: string;
  companies?: [string, string][];
}

export async function contextOf(text: string): Promise<DocContext> {
  return buildContext(text, { name: 'test', tokens: false });
}

/** Run the agreement extractor on `text` with fixture companies and dates. */
export async function runAgreements(text: string, options: RunOptions = {}): Promise<{ records: AgreementRecord[]; ctx: DocContext }> {
  extractor ??= createAgreementExtractor({ seedsDir: SEEDS_DIR });
  const ctx = await contextOf(text);
  const norm = ctx.norm.text;
  const documentDate = options.documentDate ?? null;
  const found: Found = {
    documentDate: documentDate ? { value: documentDate, range: null, source: 'metadata' } : null,
    companies: findCompanies(norm, options.companies),
    dates: findDates(norm, documentDate),
    quantities: [],
    agreements: [],
  };
  extractor.extract(ctx, found);
  return { records: found.agreements, ctx };
}

/** A compact, order-independent view of records for assertions. */
export function summarise(records: readonly AgreementRecord[]): string[] {
  return records
    .map((r) => `${r.type} ${r.parties.map((p) => p.name).sort().join('+')} ${r.date ? r.date.start : 'null'}`)
    .sort();
}
