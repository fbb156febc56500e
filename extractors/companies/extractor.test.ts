/**
 * Company extractor, end to end through buildContext (normalise → segment → tokens), with the
 * fixture dictionary test-fixtures.yaml and the real legal-forms / exclusions / discovery
 * seed files. Table-driven: each case lists the mentions it must produce and the ones it must not.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../../pipeline/context.ts';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { emptyFound, runExtractors } from '../../pipeline/stages/extract.ts';
import { createCompanyExtractor, type CompanyExtractor } from './index.ts';
import { companyEntities } from './records.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(here, 'test-fixtures.yaml');

let extractor: CompanyExtractor;
beforeAll(() => {
  extractor = createCompanyExtractor({ seedsDir: defaultSeedsDir(), files: { companies: FIXTURE }, collectDiscovered: true });
});

interface Seen {
  text: string;
  entityId: string;
  canonical: string;
  rule: string;
  start: number;
  end: number;
}

async function run(text: string): Promise<Seen[]> {
  const ctx = await buildContext(text);
  const found = runExtractors(ctx, [extractor]);
  return found.companies.map((m) => ({ ...m, text: ctx.norm.text.slice(m.start, m.end) }));
}

/** [surface, entity id ("discovered" for any discovered company), rule prefix?] */
type Expect = [string, string, string?];

interface Case {
  name: string;
  text: string;
  expect: Expect[];
  /** Surfaces that must not be (part of) any mention. */
  absent?: string[];
  /** The mentions must be exactly `expect`, in order. */
  exact?: boolean;
}

const CASES: Case[] = [
  // --- boundaries and letter case ---
  { name: 'Latin alias as a word', text: 'NIOは上海に新拠点を設立した。', expect: [['NIO', 'nio', 'dict']], exact: true },
  { name: 'NIO inside NIOBIUM', text: 'NIOBIUM is a metal used in some alloys.', expect: [], exact: true },
  { name: 'nio inside a URL', text: '出典:https://cnevpost.com/2026/03/05/nio-sets-up-new-unit/', expect: [], exact: true },
  { name: 'all-caps alias does not match Title case', text: 'Nio said it would grow.', expect: [], exact: true },
  { name: 'all-caps alias in a domain', text: 'See nio.com and NIO.com for details.', expect: [], exact: true },
  { name: 'mixed-case alias in ALL CAPS text', text: 'MCLAREN AND PARTNERS', expect: [['MCLAREN', 'mclaren']], exact: true },
  { name: 'mixed-case alias in lower case', text: 'the mclaren garage', expect: [], exact: true },
  { name: 'mixed-case alias, other inner case', text: 'フォルクスワーゲン(VW) Xpeng(シャオペン)', expect: [['フォルクスワーゲン', 'volkswagen'], ['VW', 'volkswagen'], ['Xpeng', 'xpeng'], ['シャオペン', 'xpeng']], exact: true },
  { name: 'katakana alias glued to katakana', text: 'トヨタウンで買い物をした。', expect: [], exact: true },
  { name: 'katakana alias with particle', text: 'トヨタは全固体電池の特許を持つ。', expect: [['トヨタ', 'toyota', 'dict']], exact: true },
  { name: 'スマートフォン is not スマート', text: 'スマートフォンなどの電池で培ったノウハウ', expect: [], exact: true },
  { name: 'katakana compound across ・', text: '両社はスマート・デジタル・エコシステムに関する協定を締結。', expect: [], exact: true },
  { name: 'listing across ・ of two companies', text: 'トヨタ・ホンダの2社が発表した。', expect: [['トヨタ', 'toyota'], ['ホンダ', 'honda']], exact: true },
  { name: 'longest match across ・', text: 'メルセデス・ベンツは新型車を発表。', expect: [['メルセデス・ベンツ', 'mercedes_benz']], exact: true },
  { name: 'spelling variant without ・', text: 'メルセデスベンツとウーバーテクノロジーズ', expect: [['メルセデスベンツ', 'mercedes_benz'], ['ウーバーテクノロジーズ', 'uber']], exact: true },
  { name: 'kanji alias inside a longer kanji name', text: '東風日産の「N7」に搭載した。', expect: [['東風日産', 'dongfeng_nissan']], absent: [], exact: true },
  { name: 'kanji alias glued to a facility name', text: '全固体電池パイロットプラントを日産横浜工場に建設。', expect: [], exact: true },
  { name: 'kanji alias with attached 製', text: '日産製のバッテリーを搭載。', expect: [['日産', 'nissan']], exact: true },
  { name: 'kanji alias after a country prefix', text: '中国寧徳時代は発表した。', expect: [['寧徳時代', 'catl']], exact: true },
  { name: 'longest match of kanji aliases', text: '寧徳時代新能源科技(CATL)と提携', expect: [['寧徳時代新能源科技', 'catl'], ['CATL', 'catl']], exact: true },
  { name: 'Latin touching katakana', text: 'サムスンSDIやLGエナジーソリューションは量産を目指す。', expect: [['サムスンSDI', 'samsung_sdi'], ['LGエナジーソリューション', 'lg_energy_solution']], exact: true },
  { name: 'full-width Latin is normalised', text: 'ＮＩＯとＣＡＴＬの提携', expect: [['NIO', 'nio'], ['CATL', 'catl']], exact: true },

  // --- legal forms ---
  { name: 'Japanese suffix form', text: '2026年5月15日\n日産自動車株式会社\n', expect: [['日産自動車株式会社', 'nissan', 'dict+legal_form']], exact: true },
  { name: 'Japanese prefix form (株)', text: '(株)トヨタが発表した。', expect: [['(株)トヨタ', 'toyota', 'dict+legal_form']], exact: true },
  { name: 'Japanese suffix ㈱ via NFKC', text: 'トヨタ㈱は発表した。', expect: [['トヨタ(株)', 'toyota', 'dict+legal_form']], exact: true },
  { name: 'name suffix 自動車 joins a known name', text: 'ホンダ自動車株式会社が発表', expect: [['ホンダ自動車株式会社', 'honda', 'dict+legal_form']], exact: true },
  { name: 'グループ is part of the name', text: 'トヨタグループは協業を発表した。', expect: [['トヨタグループ', 'toyota', 'dict+legal_form']], exact: true },
  { name: 'グループ会社 is not', text: 'Aridge(小鵬汽車グループ会社)', expect: [['小鵬汽車', 'xpeng', 'dict']], absent: ['小鵬汽車グループ'] },
  { name: 'English Inc.', text: 'NIO Inc. reported its results.', expect: [['NIO Inc.', 'nio', 'dict+legal_form']], exact: true },
  { name: 'English Co., Ltd.', text: 'Samsung SDI Co., Ltd. announced a new plant.', expect: [['Samsung SDI Co., Ltd.', 'samsung_sdi', 'dict+legal_form']], exact: true },
  { name: 'English Group', text: 'The Volkswagen Group signed a deal.', expect: [['Volkswagen Group', 'volkswagen', 'dict+legal_form']], exact: true },
  { name: 'name suffix then legal form', text: 'Uber Technologies Inc. said', expect: [['Uber Technologies Inc.', 'uber', 'dict+legal_form']], exact: true },

  // --- counter 社 ---
  { name: '社 is not part of a known name', text: 'トヨタ社は発表した。', expect: [['トヨタ', 'toyota']], exact: true },
  { name: 'Latin name + 社 is discovered', text: '正極電極のプロセス技術開発におけるLiCAP社とのパートナーシップ締結', expect: [['LiCAP', 'discovered', 'discovery:counter']], exact: true },
  { name: '社会 is not the counter', text: 'スマート社会の実現に向けて', expect: [], exact: true },
  { name: 'a repeated discovered name is one company', text: 'LiCAP社と提携した。LiCAPは米国の企業だ。', expect: [['LiCAP', 'discovered', 'discovery:counter'], ['LiCAP', 'discovered', 'discovery:repeat']], exact: true },

  // --- bracket aliases ---
  { name: 'bracketed alias of a known name', text: '中国のEV大手NIO(上海蔚来汽車)は発表した。', expect: [['NIO', 'nio'], ['上海蔚来汽車', 'nio']], exact: true },
  { name: 'bracket pair of two aliases', text: '百度(バイドゥ)のLLM', expect: [['百度', 'baidu'], ['バイドゥ', 'baidu']], exact: true },
  { name: 'unknown name in brackets after a known one', text: '地平線機器人(Horizon Robotics Inc)の合弁', expect: [['地平線機器人', 'horizon_robotics'], ['Horizon Robotics Inc', 'horizon_robotics']] },
  { name: 'unknown bracketed alias joins the company', text: 'フォルクスワーゲン(VWAG)は発表した。', expect: [['フォルクスワーゲン', 'volkswagen'], ['VWAG', 'volkswagen', 'bracket_alias']], exact: true },
  { name: 'unknown name before a bracketed known alias', text: '協業相手は小馬智行(NIO)ではない。', expect: [['小馬智行', 'nio'], ['NIO', 'nio']], exact: true },
  { name: 'a description in brackets is not an alias', text: 'ウーバー(自動運転ソリューション)が発表', expect: [['ウーバー', 'uber']], exact: true },
  { name: 'a place in brackets is not an alias', text: 'トヨタ(愛知県豊田市)は発表した。', expect: [['トヨタ', 'toyota']], exact: true },

  // --- ambiguous aliases ---
  { name: 'ambiguous pair in brackets', text: '2-3 2025年3月11日 スマート(smart) ディープシーク', expect: [['スマート', 'smart', 'dict:ambiguous:bracket_pair'], ['smart', 'smart', 'dict:ambiguous:bracket_pair']] },
  { name: 'ambiguous after 合弁', text: '吉利汽車とメルセデスベンツの合弁スマートは自社開発のAIを統合した。', expect: [['吉利汽車', 'geely'], ['メルセデスベンツ', 'mercedes_benz'], ['スマート', 'smart', 'dict:ambiguous:cue']], exact: true },
  { name: 'ambiguous word without context', text: '先端技術分野でスマート音声インタラクションを開発する。', expect: [], exact: true },
  { name: 'ambiguous English word without context', text: 'I bought a smart phone yesterday.', expect: [], exact: true },
  { name: 'ambiguous subject of an agreement', text: 'グラブは2025年8月、戦略的提携の一環として出資を発表した。', expect: [['グラブ', 'grab', 'dict:ambiguous:agreement_subject']], exact: true },
  { name: 'ambiguous word as a common noun', text: '野球のグラブを買った。', expect: [], exact: true },
  { name: 'ambiguous with a legal form', text: 'Grab Holdings said it would invest.', expect: [['Grab Holdings', 'grab', 'dict:ambiguous:legal_form']], exact: true },
  { name: 'ambiguous confirmed in the document', text: 'グラブ(Grab)とウーバーが提携。\nシンガポールで、グラブ初の消費者向けサービスを開始。', expect: [['グラブ', 'grab'], ['Grab', 'grab'], ['ウーバー', 'uber'], ['グラブ', 'grab', 'dict:ambiguous:confirmed']], exact: true },
  { name: 'confirmed ambiguous name before a past tense', text: 'グラブ(Grab)とウーバーが提携。\nIn 2024 Grab launched a bank and Grab opened offices.', expect: [['グラブ', 'grab'], ['Grab', 'grab'], ['ウーバー', 'uber'], ['Grab', 'grab', 'dict:ambiguous:confirmed'], ['Grab', 'grab', 'dict:ambiguous:confirmed']], exact: true },
  { name: 'confirmed ambiguous name before an irregular past tense', text: 'グラブ(Grab)が提携。\nLater Grab took a stake.', expect: [['グラブ', 'grab'], ['Grab', 'grab'], ['Grab', 'grab', 'dict:ambiguous:confirmed']], exact: true },
  { name: 'ambiguous word before a past tense, not confirmed', text: 'The cat tried to grab food. Grab launched nothing here.', expect: [], exact: true },
  { name: 'confirmed ambiguous word before a noun ending in -ed', text: 'グラブ(Grab)が提携。\nA Grab bed, a Grab sled and a Grab speed test.', expect: [['グラブ', 'grab'], ['Grab', 'grab']], exact: true },
  { name: 'confirmed ambiguous word still needs to stand alone', text: 'スマート(smart)の新車。\nスマート音声を搭載。I like smart phones.', expect: [['スマート', 'smart'], ['smart', 'smart']], exact: true },
  {
    name: 'ambiguous alias as a table cell',
    text: 'No. 協業発表日 外資系企業 協業相手 協業概要\n4-5 2025年9月22日 グラブ ウーバー 両社は自動運転で協力する。\n',
    expect: [['グラブ', 'grab', 'dict:ambiguous:table_cell'], ['ウーバー', 'uber']],
  },

  // --- discovery ---
  { name: 'discovery: 〇〇株式会社', text: 'トーコー設備株式会社は大阪府枚方市に本社を置く。', expect: [['トーコー設備株式会社', 'discovered', 'discovery:legal_form_suffix']], exact: true },
  { name: 'discovery: 株式会社〇〇', text: '株式会社ヤマグチ薬局は、日本の薬局である。', expect: [['株式会社ヤマグチ薬局', 'discovered', 'discovery:legal_form_prefix']], exact: true },
  { name: 'discovery: cue before the name', text: 'アリババ傘下のアリエクスプレスが開発した。', expect: [['アリババ', 'alibaba'], ['アリエクスプレス', 'discovered', 'discovery:ja_before:under']], exact: true },
  { name: 'discovery: head noun + name', text: '新興EVメーカーのリープモーターは新型車を発表した。', expect: [['リープモーター', 'discovered', 'discovery:ja_before:head']], exact: true },
  { name: 'discovery: name + cue', text: 'ボッシュと合弁会社を設立した。', expect: [['ボッシュ', 'discovered', 'discovery:ja_after:jv']], exact: true },
  { name: 'discovery: English head noun', text: 'Chinese EV maker Leapmotor said sales rose.', expect: [['Leapmotor', 'discovered', 'discovery:en_head']], exact: true },
  { name: 'discovery: English legal form', text: 'Acme Widgets Inc. announced a battery plant.', expect: [['Acme Widgets Inc.', 'discovered', 'discovery:en_legal_form']], exact: true },
  { name: 'discovery: English apposition', text: 'The deal was signed by Zeekr, a Chinese EV maker, on Monday.', expect: [['Zeekr', 'discovered', 'discovery:en_apposition']], exact: true },
  { name: 'discovery: English cue', text: 'NIO announced a partnership with Foxconn to build cars.', expect: [['NIO', 'nio'], ['Foxconn', 'discovered', 'discovery:en_before:partner']], exact: true },
  { name: 'discovery: head office in brackets (Nikkei style)', text: 'アイテック（名古屋市）は新型電池を開発した。電池素材のエナックス（東京・中央）も参入する。', expect: [['アイテック', 'discovered', 'discovery:ja_headquarters'], ['エナックス', 'discovered']], exact: true },
  { name: 'a place in brackets after a common noun is not a company', text: '新工場（福井県越前市）で生産する。同社は本社（東京都港区）を移転する。東京都（新宿区）の補助金。', expect: [], exact: true },
  { name: 'discovery: venture head noun', text: '電池ベンチャーのAPBは量産を始めた。', expect: [['APB', 'discovered', 'discovery:ja_before:head']], exact: true },
  { name: 'discovery: company-type word', text: '存続会社は三井銀行である。', expect: [['三井銀行', 'discovered', 'discovery:company_suffix']], exact: true },
  {
    name: 'discovery: table cells and their bracketed aliases',
    text: 'No. 協業発表日 外資系企業 協業相手 協業概要\n5-1 2024年12月5日 日本精機 ReaVis 両社は戦略的パートナーシップ協定を締結。\n',
    expect: [['ReaVis', 'discovered', 'discovery:table_cell']],
  },

  // --- exclusions and non-companies ---
  { name: 'a ministry is not a company', text: '経済産業省と提携し、ジェトロ傘下の機関と協業した。', expect: [], exact: true },
  { name: 'anaphora is not a company', text: '同社と提携した。両社は発表した。弊社から試作セルを供試。', expect: [], exact: true },
  { name: 'generic nouns are not companies', text: 'OEMと提携した。スタートアップ社も参加。他OEMと連携のもと', expect: [], exact: true },
  { name: 'universities are not companies', text: '東京大学と提携した。', expect: [], exact: true },
  { name: 'an agency with a legal-form-like word', text: 'JARI電池分科会長も務める。NEDO様 他に働き掛けております。', expect: [], exact: true },
  { name: 'a group company is not a name', text: 'グループ会社社長などを兼務する。', expect: [], exact: true },
  { name: 'a person with 社長', text: 'カルロス・ゴーン社長の専属広報。', expect: [], exact: true },
  { name: 'a cue inside a longer word', text: '大手町本部ビルは解体された。', expect: [], exact: true },
  { name: 'a brand after a company', text: '上汽通用汽車のキャデラックやビュイックブランド新型車に搭載する。', expect: [], absent: ['キャデラック', 'ビュイック'] },
  { name: 'discovery: both names after "between … and"', text: 'The joint venture between Durr and Yamaha will supply cells.', expect: [['Durr', 'discovered', 'discovery:en_before:jv'], ['Yamaha', 'discovered', 'discovery:en_']], exact: true },
  { name: 'an ambiguous alias as the second name after "between … and"', text: 'The joint venture between Toray and Grab was announced.', expect: [['Toray', 'discovered', 'discovery:en_before:jv'], ['Grab', 'grab']], exact: true },
  { name: 'a name after a cue verb', text: 'In July 2027, Chevron agreed to acquire a 15% stake in Astemo.', expect: [['Chevron', 'discovered', 'discovery:en_after:acquire'], ['Astemo', 'discovered', 'discovery:en_before:invest']], exact: true },
  { name: 'an ambiguous alias after a cue verb', text: 'Grab agreed to acquire the unit.', expect: [['Grab', 'grab', 'dict:ambiguous']], exact: true },
  { name: 'an ambiguous alias without a cue', text: 'Grab a coffee before the meeting between Tom and Grace.', expect: [], exact: true },
  { name: 'title-case run-in heading before "and … signed"', text: 'Market Context and Technological Significance Wuxi Lead signed a deal.', expect: [], absent: ['Market Context'] },
  { name: 'a second title-case run-in heading (mid-line)', text: 'Cells got lighter. - Monetization through Technical Services: Through a partnership with McLaren, NIO has begun providing services.', expect: [['McLaren', 'mclaren'], ['NIO', 'nio']], exact: true },
  { name: 'a heading in title case is not a company', text: '- Monetization through Technical Services: Through a partnership with McLaren, NIO has begun providing services.', expect: [['McLaren', 'mclaren'], ['NIO', 'nio']], exact: true },
];

describe('company extractor', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const seen = await run(c.text);
    const brief = seen.map((m) => `${m.text}|${m.entityId}|${m.rule}`);
    const matches = (m: Seen, [surface, id, rule]: Expect) =>
      m.text === surface && (id === 'discovered' ? m.entityId.startsWith('discovered:') : m.entityId === id) && (!rule || m.rule.startsWith(rule));
    if (c.exact) {
      expect(seen.length, brief.join(', ')).toBe(c.expect.length);
      c.expect.forEach((e, i) => expect(matches(seen[i]!, e), `${i}: ${brief.join(', ')}`).toBe(true));
    } else {
      for (const e of c.expect) expect(seen.some((m) => matches(m, e)), `${e.join('|')} in ${brief.join(', ')}`).toBe(true);
    }
    for (const a of c.absent ?? []) expect(seen.some((m) => m.text.includes(a)), `${a} in ${brief.join(', ')}`).toBe(false);
    for (const m of seen) expect(m.rule.length).toBeGreaterThan(0);
  });

  it('kuromoji known organisations: matched from the dictionary file, no tokens needed', async () => {
    const ctx = await buildContext('タカタは再建を目指す。講談社より発売された。広島に行った。');
    const found = runExtractors(ctx, [extractor]);
    expect(found.companies.map((m) => [ctx.norm.text.slice(m.start, m.end), m.rule])).toEqual([
      ['タカタ', 'discovery:known_org'],
      ['講談社', 'discovery:known_org'],
    ]);
    expect(ctx.tokens.size).toBe(0);
  });

  it('one discovered name in a document is one entity, canonical without the legal form', async () => {
    const seen = await run('アクメ電池株式会社と提携した。アクメ電池は中国の企業だ。');
    expect(seen.map((m) => m.text)).toEqual(['アクメ電池株式会社', 'アクメ電池']);
    expect(new Set(seen.map((m) => m.entityId)).size).toBe(1);
    expect(seen[0]!.canonical).toBe('アクメ電池');
    expect(seen[0]!.entityId).toBe('discovered:アクメ電池');
  });

  it('characters outside the BMP before a name do not shift offsets', async () => {
    const text = '𠮷野家とNIO(上海蔚来汽車)が提携。';
    const ctx = await buildContext(text);
    const found = runExtractors(ctx, [extractor]);
    const cps = [...text];
    const spans = found.companies.map((m) => ctx.norm.toOriginal(m.start, m.end));
    expect(spans.map((s) => cps.slice(s.start, s.end).join(''))).toEqual(['NIO', '上海蔚来汽車']);
    expect(spans[0]).toEqual({ start: 4, end: 7 });
  });

  it('lists its entity table: dictionary companies, then discovered ones', async () => {
    await run('LiCAP社とのパートナーシップを締結。');
    const rows = companyEntities(extractor);
    const smart = rows.find((r) => r.id === 'smart')!;
    expect(smart).toMatchObject({ canonical: 'smart', country: 'CN', parents: ['mercedes_benz', 'geely'] });
    expect(smart.ambiguous).toEqual(['smart', 'スマート']);
    expect(smart.aliases.map((a) => a.alias)).toEqual(['smart', 'スマート']);
    const licap = rows.find((r) => r.id === 'discovered:licap')!;
    expect(licap.canonical).toBe('LiCAP');
    expect(licap.aliases).toEqual([{ alias: 'LiCAP', lang: 'en' }]);
  });

  it('declares its seed files and a version', () => {
    expect(extractor.id).toBe('companies');
    expect(extractor.version).toMatch(/\d/);
    expect(extractor.resources).toContain('companies/legal-forms.yaml');
    expect(extractor.resources).toContain('companies/company-exclusions.yaml');
    expect(extractor.resources).toContain('companies/company-discovery.yaml');
  });

  it('a company may list several case forms of one name (NIO, Nio); other casings still do not match', async () => {
    const real = createCompanyExtractor({ seedsDir: defaultSeedsDir() });
    const ctx = await buildContext('NIO and Nio are one company; see https://cnevpost.com/nio-sets-up/ and NIOBIUM.');
    const found = runExtractors(ctx, [real]);
    expect(found.companies.map((m) => [ctx.norm.text.slice(m.start, m.end), m.entityId, m.canonical])).toEqual([
      ['NIO', 'nio', 'NIO'],
      ['Nio', 'nio', 'NIO'],
    ]);
  });

  it('loads the real companies.yaml by default', () => {
    const real = createCompanyExtractor({ seedsDir: defaultSeedsDir() });
    expect(real.resources).toContain('companies/companies.yaml');
    expect(real.companyResources.dict.entities.length).toBeGreaterThan(20);
  });

  it('pushes into found without touching other records', async () => {
    const ctx = await buildContext('CATLとNIOが提携。');
    const found = emptyFound();
    extractor.extract(ctx, found);
    expect(found.companies.map((m) => m.entityId)).toEqual(['catl', 'nio']);
    expect(found.dates).toEqual([]);
  });
});
