/**
 * Real-density benchmark corpus: the development articles (or, on a bare clone, the seed
 * articles), each varied into many distinct files. Every variant swaps each dictionary company
 * it names for another company of the same script and sector (the same one throughout the
 * article, so coreference still holds), shifts years, months and days, and scales the other
 * numbers. The text keeps the mention density, sentence shapes and lengths of real articles
 * (the template corpus of corpus.ts repeats a few sentence shapes). Plain text in, plain text out: no gold files or offsets are read.
 * Deterministic (seeded PRNG); written under .bench/ and reused.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { escapeRegex } from '../../text/regex.ts';
import { prng } from './prng.ts';

export interface DictionaryCompany {
  id: string;
  sector: string;
  /** Aliases in Japanese script (kana/kanji, possibly with Latin letters). */
  ja: string[];
  /** Aliases in Latin script, the canonical name first. */
  en: string[];
}

export type Script = 'ja' | 'en';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
export const scriptOf = (alias: string): Script => (JAPANESE.test(alias) ? 'ja' : 'en');

export function loadCompanies(seedsDir: string): DictionaryCompany[] {
  const doc = parse(readFileSync(path.join(seedsDir, 'companies/companies.yaml'), 'utf8')) as {
    companies: { id: string; name: string; sector: string; en?: string[]; ja?: string[]; ambiguous?: string[] }[];
  };
  return doc.companies.map((c) => {
    const ambiguous = new Set(c.ambiguous ?? []);
    // ordinary words and very short names would be swapped where they are not companies
    const usable = (a: string) => !ambiguous.has(a) && [...a].length >= (scriptOf(a) === 'ja' ? 2 : 3);
    const all = [c.name, ...(c.en ?? []), ...(c.ja ?? [])].filter(usable);
    return { id: c.id, sector: c.sector, ja: all.filter((a) => scriptOf(a) === 'ja'), en: all.filter((a) => scriptOf(a) === 'en') };
  });
}

/** Finds dictionary company names in text (longest first; Latin names on word boundaries). */
export class CompanyMatcher {
  readonly byAlias = new Map<string, DictionaryCompany>();
  /** Companies with at least one alias of the script, by sector. */
  readonly pools: Record<Script, Map<string, DictionaryCompany[]>> = { ja: new Map(), en: new Map() };
  private readonly pattern: RegExp;

  constructor(readonly companies: DictionaryCompany[]) {
    for (const c of companies) {
      for (const a of [...c.en, ...c.ja]) if (!this.byAlias.has(a)) this.byAlias.set(a, c);
      for (const script of ['ja', 'en'] as const) {
        if (c[script].length === 0) continue;
        const pool = this.pools[script].get(c.sector) ?? [];
        pool.push(c);
        this.pools[script].set(c.sector, pool);
      }
    }
    const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
    const aliases = [...this.byAlias.keys()].sort(byLength);
    const latin = aliases.filter((a) => scriptOf(a) === 'en').map(escapeRegex);
    const japanese = aliases.filter((a) => scriptOf(a) === 'ja').map(escapeRegex);
    this.pattern = new RegExp(`(?<![A-Za-z0-9])(?:${latin.join('|')})(?![A-Za-z0-9])|${japanese.join('|')}`, 'gu');
  }

  /** Every match, left to right, non-overlapping. */
  find(text: string): { index: number; alias: string; company: DictionaryCompany }[] {
    return [...text.matchAll(this.pattern)].map((m) => ({ index: m.index!, alias: m[0], company: this.byAlias.get(m[0])! }));
  }
}

export interface Swap {
  from: string;
  to: string;
  fromId: string;
  toId: string;
}

const MONTH_WORDS = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s$/;

/** Years ±1–3, months and days rotated, other numbers scaled by 0.7–1.3 (digit count kept). */
interface NumberShift {
  yearShift: number;
  rotate: number;
  factor: number;
}

function drawShift(rnd: () => number): NumberShift {
  return { yearShift: [-3, -2, -1, 1, 2, 3][Math.floor(rnd() * 6)]!, rotate: 1 + Math.floor(rnd() * 11), factor: [0.7, 0.8, 0.9, 1.1, 1.2, 1.3][Math.floor(rnd() * 6)]! };
}

function shiftNumbers(text: string, { yearShift, rotate, factor }: NumberShift): string {
  // digit runs that are not part of a model or product name (bZ3, CR-V2, 4680 cells stay numbers)
  return text.replace(/(?<![A-Za-z0-9])\d+(?![A-Za-z0-9])/g, (digits, offset: number) => {
    const n = Number(digits);
    const after = text[offset + digits.length];
    const before = text.slice(Math.max(0, offset - 10), offset);
    if (digits.length === 4 && n >= 1990 && n <= 2039) return String(n + yearShift);
    if (after === '月' && n >= 1 && n <= 12) return String(((n - 1 + rotate) % 12) + 1);
    if ((after === '日' || MONTH_WORDS.test(before)) && n >= 1 && n <= 31) return String(((n - 1 + rotate) % 28) + 1);
    const scaled = Math.min(10 ** digits.length - 1, Math.max(n === 0 ? 0 : 1, Math.round(n * factor)));
    return String(scaled).padStart(digits.length, '0');
  });
}

/** One variant of an article: companies swapped (consistently), numbers and dates shifted. */
export function varyArticle(text: string, matcher: CompanyMatcher, seed: number, matches = matcher.find(text)): { text: string; swaps: Swap[] } {
  const rnd = prng(seed);
  const shift = drawShift(rnd); // one shift for the whole article, so its dates stay consistent
  const chosen = new Map<string, DictionaryCompany>(); // original id → replacement, in every script it has
  const swaps: Swap[] = [];
  let out = '';
  let last = 0;
  for (const m of matches) {
    const script = scriptOf(m.alias);
    let to = chosen.get(m.company.id);
    if (!to || to[script].length === 0) {
      // same sector; when the company is named in both scripts, a replacement that has both
      const pool = (matcher.pools[script].get(m.company.sector) ?? []).filter((c) => c.id !== m.company.id);
      const both = pool.filter((c) => c.ja.length > 0 && c.en.length > 0);
      const from = m.company.ja.length > 0 && m.company.en.length > 0 && both.length > 0 ? both : pool;
      to = from.length ? from[Math.floor(rnd() * from.length)]! : m.company;
      chosen.set(m.company.id, to);
    }
    const alias = to[script][0]!;
    swaps.push({ from: m.alias, to: alias, fromId: m.company.id, toId: to.id });
    out += shiftNumbers(text.slice(last, m.index), shift) + alias;
    last = m.index + m.alias.length;
  }
  out += shiftNumbers(text.slice(last), shift);
  return { text: out, swaps };
}

export interface RealDensitySpec {
  dir: string;
  /** Folder of plain-text articles (the dev docs, or seeds/articles). */
  sourceDir: string;
  japaneseBytes: number;
  englishBytes: number;
  seed: number;
}

/** An article with kana or kanji goes to the Japanese corpus (the bilingual ones too). */
export function articleLanguage(text: string): Script {
  return /[\u3040-\u30ff]/.test(text) ? 'ja' : 'en';
}

/** Bump when the generator changes: an old corpus on disk is then rebuilt. */
const GENERATOR_VERSION = '1';

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

/** Build (or reuse) the corpus; returns the folders. Variants are distinct from each other and from the source. */
export function ensureRealDensityCorpus(spec: RealDensitySpec, seedsDir: string): Record<Script, string> {
  const stamp = `${GENERATOR_VERSION} ${spec.seed} ${path.resolve(spec.sourceDir)}`;
  const versionFile = path.join(spec.dir, 'VERSION');
  if (existsSync(spec.dir) && (!existsSync(versionFile) || readFileSync(versionFile, 'utf8') !== stamp)) rmSync(spec.dir, { recursive: true, force: true });
  mkdirSync(spec.dir, { recursive: true });
  writeFileSync(versionFile, stamp);
  const matcher = new CompanyMatcher(loadCompanies(seedsDir));
  const sources = readdirSync(spec.sourceDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ stem: path.basename(f, '.txt'), text: readFileSync(path.join(spec.sourceDir, f), 'utf8') }))
    .map((a) => ({ ...a, matches: matcher.find(a.text) })); // once per article: the scan is the slow part
  const out = { ja: path.join(spec.dir, 'ja'), en: path.join(spec.dir, 'en') };
  for (const lang of ['ja', 'en'] as const) {
    const target = lang === 'ja' ? spec.japaneseBytes : spec.englishBytes;
    mkdirSync(out[lang], { recursive: true });
    const articles = sources.filter((s) => articleLanguage(s.text) === lang);
    if (folderBytes(out[lang]) >= target || articles.length === 0) continue;
    const seen = new Set(articles.map((a) => hash(a.text)));
    let total = 0;
    let attempt = 0;
    for (let v = 0; total < target; v++) {
      for (const a of articles) {
        if (total >= target) break;
        let text = '';
        // a variant identical to one already written is drawn again (an article without names or numbers gives up)
        for (let tries = 0; tries < 20; tries++) {
          text = varyArticle(a.text, matcher, spec.seed * 1_000_003 + attempt++, a.matches).text;
          if (!seen.has(hash(text))) break;
        }
        if (seen.has(hash(text))) continue;
        seen.add(hash(text));
        writeFileSync(path.join(out[lang], `${a.stem}-v${String(v).padStart(5, '0')}.txt`), text);
        total += Buffer.byteLength(text);
      }
      if (v > 100_000) throw new Error(`real-density corpus: cannot make ${target} bytes of distinct ${lang} variants from ${spec.sourceDir}`);
    }
  }
  return out;
}

const hash = (s: string) => createHash('sha1').update(s).digest('hex');
