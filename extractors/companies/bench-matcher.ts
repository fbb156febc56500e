/**
 * Micro-benchmark of the company matcher.
 *
 *   npx tsx extractors/companies/bench-matcher.ts [--aliases 1000000] [--skip-large]
 *
 * 1. Throughput: the same text (the seed articles, normalised, repeated to ~4 MB) scanned with
 *    the full dictionary (seeds/companies/companies.yaml) and with its first 100 aliases —
 *    the per-character cost must not grow with the dictionary (target ratio ≥ 0.8).
 * 2. Scale: a generated dictionary of 1,000,000 aliases (250,000 companies × 4 aliases: Latin,
 *    katakana, kanji and a Latin abbreviation) is written as companies.yaml, then loaded with
 *    full validation (YAML + zod + collision checks) and compiled, in a child process whose
 *    peak RSS is reported. Compile target: ≤ 10 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { normalise } from '../../text/normalise.ts';
import { compileMatcher } from './aho-corasick.ts';
import { AliasMatcher, type AliasEntry } from './alias-matcher.ts';
import { loadCompanyDictionary } from './dictionary.ts';
import { CompanyResources } from './vocabulary.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

/** Deterministic generator of plausible company names. */
function* names(count: number): Generator<[string, string, string, string]> {
  const latinSyl = ['ka', 'to', 'ri', 'zen', 'mo', 'lux', 'vor', 'tek', 'na', 'sol', 'gen', 'ar', 'qui', 'bel', 'dor', 'xi'];
  const kataSyl = ['カ', 'ト', 'リ', 'ゼン', 'モ', 'ルクス', 'ヴォル', 'テック', 'ナ', 'ソル', 'ゲン', 'アー', 'キ', 'ベル', 'ドル', 'シー'];
  const kanjiSyl = ['華', '東', '新', '明', '光', '電', '源', '興', '盛', '宏', '泰', '隆', '恒', '昌', '瑞', '豊'];
  const suffix = ['汽車', '科技', '電池', '能源', '材料', '動力', '智能', '電子'];
  for (let i = 0; i < count; i++) {
    let x = i;
    let latin = '';
    let kata = '';
    let kanji = '';
    do {
      const d = x % 16;
      latin += latinSyl[d];
      kata += kataSyl[d];
      kanji += kanjiSyl[d];
      x = Math.floor(x / 16);
    } while (x > 0);
    const cap = latin[0]!.toUpperCase() + latin.slice(1);
    yield [`${cap} Energy`, kata + 'エナジー', kanji + suffix[i % suffix.length], `${cap.slice(0, 3).toUpperCase()}${i}`];
  }
}

function largeYaml(companies: number): string {
  const parts = ['companies:\n'];
  let i = 0;
  for (const [en, ja, zh, abbr] of names(companies)) {
    parts.push(`  - id: c${i++}\n    name: ${en}\n    country: CN\n    sector: other\n    en: [${abbr}]\n    ja: [${ja}]\n    zh: [${zh}]\n`);
  }
  return parts.join('');
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

/** Child mode: load + compile one dictionary file, print timings and peak RSS as JSON. */
function child(file: string): void {
  const t0 = performance.now();
  const dict = loadCompanyDictionary(file);
  const t1 = performance.now();
  const patterns: string[] = [];
  for (const e of dict.entities) for (const a of e.aliases) patterns.push(a.text);
  const t2 = performance.now();
  const matcher = compileMatcher(patterns);
  const t3 = performance.now();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      aliases: patterns.length,
      states: matcher.stateCount,
      loadMs: Math.round(t1 - t0),
      compileMs: Math.round(t3 - t2),
      peakRss: peak,
    }),
  );
}

function throughput(): void {
  const dir = path.join(defaultSeedsDir(), 'articles');
  const base = readdirSync(dir)
    .map((f) => normalise(readFileSync(path.join(dir, f), 'utf8')).text)
    .join('\n');
  let text = base;
  while (text.length < 4_000_000) text += '\n' + base;

  const res = CompanyResources.load(defaultSeedsDir());
  const full: AliasEntry[] = [];
  res.dict.entities.forEach((e, i) => e.aliases.forEach((a) => full.push({ text: a.text, entity: i, ambiguous: a.ambiguous })));
  const small = full.slice(0, 100);
  const matchers = { full: new AliasMatcher(full, res.boundaries), small: new AliasMatcher(small, res.boundaries) };
  const raw = { full: compileMatcher(full.map((e) => e.text)), small: compileMatcher(small.map((e) => e.text)) };

  const measure = (f: () => void) => {
    f(); // warm-up
    let best = Infinity;
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      f();
      best = Math.min(best, performance.now() - t0);
    }
    return text.length / 1e6 / (best / 1000); // M chars / s
  };
  let sink = 0;
  const aFull = measure(() => void (sink += raw.full.stateCount, raw.full.scan(text, () => sink++)));
  const aSmall = measure(() => void raw.small.scan(text, () => sink++));
  const mFull = measure(() => void (sink += matchers.full.candidates(text).length));
  const mSmall = measure(() => void (sink += matchers.small.candidates(text).length));
  console.log(`text: ${(text.length / 1e6).toFixed(1)} M chars (seed articles repeated), dictionary: ${full.length} aliases`);
  console.log(`automaton scan   full ${aFull.toFixed(1)} M chars/s   100 aliases ${aSmall.toFixed(1)} M chars/s   ratio ${(aFull / aSmall).toFixed(2)}`);
  console.log(`alias candidates full ${mFull.toFixed(1)} M chars/s   100 aliases ${mSmall.toFixed(1)} M chars/s   ratio ${(mFull / mSmall).toFixed(2)}`);
  console.log('  (candidates include case and boundary checks per match: the full dictionary simply finds more names)');
  if (sink < 0) console.log(sink);
}

function scale(aliases: number): void {
  const companies = Math.ceil(aliases / 4);
  // (the generated dictionary is ~43 MB for 1,000,000 aliases: removed whatever happens)
  const dir = mkdtempSync(path.join(tmpdir(), 'companies-bench-'));
  try {
    const file = path.join(dir, 'companies.yaml');
    const t0 = performance.now();
    writeFileSync(file, largeYaml(companies));
    console.log(`generated ${companies * 4} aliases (${companies} companies) in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${file}`);
    const self = fileURLToPath(import.meta.url);
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', self, '--child', file], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.log(`child failed: ${r.stderr}`);
      return;
    }
    const m = JSON.parse(r.stdout.trim().split('\n').pop()!) as { aliases: number; states: number; loadMs: number; compileMs: number; peakRss: number };
    console.log(
      `load (YAML + zod + validation) ${(m.loadMs / 1000).toFixed(1)} s, compile ${(m.compileMs / 1000).toFixed(1)} s ` +
        `(${m.aliases} aliases, ${m.states} states), peak RSS ${mb(m.peakRss)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childIndex = args.indexOf('--child');
if (childIndex >= 0) {
  child(args[childIndex + 1]!);
} else {
  throughput();
  if (!args.includes('--skip-large')) scale(arg('--aliases', 1_000_000));
}
