/**
 * Benchmark corpus: distinct Japanese and English articles generated from templates, the
 * company dictionary and the sentences of the seed articles (deterministic PRNG, so the same
 * corpus is rebuilt on every machine). Written under .bench/ (not committed) and reused.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { prng } from './prng.ts';

export interface CorpusSpec {
  dir: string;
  japaneseBytes: number;
  englishBytes: number;
  /** Approximate size of one article. */
  articleBytes: number;
}

interface Names {
  ja: string[];
  en: string[];
}

function companyNames(seedsDir: string): Names {
  const doc = parse(readFileSync(path.join(seedsDir, 'companies/companies.yaml'), 'utf8')) as { companies: { name: string; en?: string[]; ja?: string[] }[] };
  const ja: string[] = [];
  const en: string[] = [];
  for (const c of doc.companies) {
    en.push(c.name, ...(c.en ?? []));
    ja.push(...(c.ja ?? []));
  }
  return { ja: ja.length ? ja : ['トヨタ'], en };
}

function seedSentences(seedsDir: string): { ja: string[]; en: string[] } {
  const ja: string[] = [];
  const en: string[] = [];
  const dir = path.join(seedsDir, 'articles');
  for (const f of readdirSync(dir)) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (t.length < 20) continue;
      if (/[\u3040-\u30ff]/.test(t)) ja.push(...t.split(/(?<=。)/).filter((s) => s.length > 10));
      else if (/^[\x20-\x7e“”’‘—–]+$/.test(t)) en.push(...t.split(/(?<=\.)\s+/).filter((s) => s.length > 20));
    }
  }
  return { ja, en };
}

const JA_TEMPLATES = [
  '{A}は{Y}年{M}月{D}日、{B}と{AGJ}を締結したと発表した。',
  '{A}と{B}は、{Y}年までに年産{N}GWhの電池工場を建設する。投資額は約{N}億ユーロに達する見込みだ。',
  '{A}は{Y}年度上期に{B}との合弁会社を設立し、最大{N}万平方メートルの敷地で生産を始める。',
  '{B}傘下の{A}は、{Y}年{M}月以降に全固体電池の量産を開始する計画で、エネルギー密度は{N}0Wh/kgを超える。',
  '関係者によると、{A}は{B}に{N}億円を出資し、株式の{N}%を取得した。',
  '{A}の社長は{Y}年後半に{B}と共同開発した新型車を投入すると述べた。出力は{N}0kWとなる。',
  '同社は{Y}年{M}月に{N}MWhの蓄電システムを受注した。',
];
const EN_TEMPLATES = [
  '{A} signed a {AGE} with {B} on {MON} {D}, {Y}.',
  '{A} and {B} plan to build a {N} GWh battery plant by {Y}, investing about ${N} billion.',
  'In {MON} {Y}, {A} agreed to acquire a {N}% stake in {B} for {N}0 million euros.',
  '{A} expects production at the 300-acre site to start in the second half of {Y}, with output of up to {N}0 MW.',
  'The joint venture between {A} and {B} will supply cells with an energy density of {N}00 Wh/L from {Y} onward.',
  'Shares of {A} rose {N}.5% after it announced a partnership with {B} in late {Y}.',
];
const AG_JA = ['戦略的提携', '合弁契約', '覚書', '供給契約', 'ライセンス契約', '資本業務提携', '共同開発契約'];
const AG_EN = ['strategic partnership agreement', 'memorandum of understanding', 'supply agreement', 'letter of intent', 'licensing deal', 'joint venture agreement'];
/** Long-tail companies: each generated article names one with probability RARE_RATE, so any one of them occurs in only a few articles (as a newly added dictionary company would). */
const RARE_RATE = 0.12;
const RARE_COUNT = 100;
const KANA = ['ア', 'カ', 'サ', 'タ', 'ナ', 'ハ', 'マ', 'ラ', 'ワ', 'ガ', 'ザ', 'ダ', 'バ', 'パ', 'キ', 'シ', 'チ', 'ニ', 'ミ', 'リ'];
export function rareCompany(n: number): { ja: string; en: string } {
  return { ja: `ゼノ${KANA[n % 20]}${KANA[Math.floor(n / 20) % 20]}テック`, en: `Xenotek ${n} Materials` };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function fill(template: string, rnd: () => number, names: string[], ag: string[]): string {
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)]!;
  return template
    .replace(/\{A\}/g, () => pick(names))
    .replace(/\{B\}/g, () => pick(names))
    .replace(/\{Y\}/g, () => String(2015 + Math.floor(rnd() * 16)))
    .replace(/\{M\}/g, () => String(1 + Math.floor(rnd() * 12)))
    .replace(/\{D\}/g, () => String(1 + Math.floor(rnd() * 28)))
    .replace(/\{N\}/g, () => String(1 + Math.floor(rnd() * 99)))
    .replace(/\{MON\}/g, () => pick(MONTHS))
    .replace(/\{AGJ\}/g, () => pick(ag))
    .replace(/\{AGE\}/g, () => pick(ag));
}

function article(lang: 'ja' | 'en', index: number, targetBytes: number, names: Names, seeds: { ja: string[]; en: string[] }): string {
  const rnd = prng(index * 7919 + (lang === 'ja' ? 1 : 2));
  const pick = <T>(a: T[]) => a[Math.floor(rnd() * a.length)]!;
  const lines: string[] = [];
  const y = 2020 + Math.floor(rnd() * 6);
  lines.push(lang === 'ja' ? `記事${index}: 電池業界の動向` : `Article ${index}: battery industry news`);
  lines.push(lang === 'ja' ? `${y}年${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日` : `${pick(MONTHS)} ${1 + Math.floor(rnd() * 28)}, ${y}`);
  let bytes = 0;
  let paragraph: string[] = [];
  while (bytes < targetBytes) {
    const s =
      rnd() < 0.5
        ? fill(pick(lang === 'ja' ? JA_TEMPLATES : EN_TEMPLATES), rnd, lang === 'ja' ? names.ja : names.en, lang === 'ja' ? AG_JA : AG_EN)
        : pick(lang === 'ja' ? seeds.ja : seeds.en);
    paragraph.push(s);
    bytes += Buffer.byteLength(s) + 1;
    if (paragraph.length >= 3 + Math.floor(rnd() * 3)) {
      lines.push(paragraph.join(lang === 'ja' ? '' : ' '));
      paragraph = [];
    }
  }
  if (paragraph.length) lines.push(paragraph.join(lang === 'ja' ? '' : ' '));
  if (rnd() < RARE_RATE) {
    const rare = rareCompany(Math.floor(rnd() * RARE_COUNT));
    lines.push(lang === 'ja' ? `新興企業の${rare.ja}も電池材料の量産を計画している。` : `Start-up ${rare.en} also plans to mass-produce battery materials.`);
  }
  return lines.join('\n') + '\n';
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
}

/** Build (or reuse) the corpus; returns the folders. */
/** Bump when the generator changes: an old corpus on disk is then rebuilt. */
const GENERATOR_VERSION = '2';

export function ensureCorpus(spec: CorpusSpec, seedsDir: string): { ja: string; en: string } {
  const versionFile = path.join(spec.dir, 'VERSION');
  if (existsSync(spec.dir) && (!existsSync(versionFile) || readFileSync(versionFile, 'utf8') !== GENERATOR_VERSION)) {
    rmSync(spec.dir, { recursive: true, force: true });
  }
  mkdirSync(spec.dir, { recursive: true });
  writeFileSync(versionFile, GENERATOR_VERSION);
  const names = companyNames(seedsDir);
  const seeds = seedSentences(seedsDir);
  const out = { ja: path.join(spec.dir, 'ja'), en: path.join(spec.dir, 'en') };
  for (const lang of ['ja', 'en'] as const) {
    const dir = out[lang];
    const target = lang === 'ja' ? spec.japaneseBytes : spec.englishBytes;
    if (folderBytes(dir) >= target) continue;
    mkdirSync(dir, { recursive: true });
    let total = 0;
    for (let i = 0; total < target; i++) {
      const text = article(lang, i, spec.articleBytes, names, seeds);
      writeFileSync(path.join(dir, `${lang}-${String(i).padStart(6, '0')}.txt`), text);
      total += Buffer.byteLength(text);
    }
  }
  return out;
}
