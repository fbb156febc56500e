/**
 * The cue grammar for companies the dictionary does not know (issue #12), table-driven:
 * Japanese and English positives (the name found, with the rule that found it) and negatives
 * (universities, ministries, products, places, people: never a company). Uses the small fixture
 * dictionary, so every name below except the fixture's own companies must be discovered.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../../../pipeline/context.ts';
import { defaultSeedsDir } from '../../../text/seed-files.ts';
import { emptyFound, runExtractors } from '../../../pipeline/stages/extract.ts';
import type { CompanyMention } from '../../types.ts';
import { createCompanyExtractor, type CompanyExtractor } from '../index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(here, '..', 'test-fixtures.yaml');

let extractor: CompanyExtractor;
beforeAll(() => {
  extractor = createCompanyExtractor({ seedsDir: defaultSeedsDir(), files: { companies: FIXTURE } });
});

async function mentions(text: string): Promise<(CompanyMention & { text: string })[]> {
  const ctx = await buildContext(text);
  const found = runExtractors(ctx, [extractor]);
  void emptyFound;
  return found.companies.map((m) => ({ ...m, text: ctx.norm.text.slice(m.start, m.end) }));
}

/** [text, surface of the mention (as normalised), rule prefix] */
type Positive = [string, string, string];

const JA: Positive[] = [
  // legal forms after / before the name, spaces inside
  ['ゼノテック株式会社は新工場を建てる。', 'ゼノテック株式会社', 'discovery:legal_form_suffix'],
  ['株式会社ゼノテックは新工場を建てる。', '株式会社ゼノテック', 'discovery:legal_form_prefix'],
  ['(株)ゼノテックが受注した。', '(株)ゼノテック', 'discovery:legal_form_prefix'],
  ['ゼノテック(株)が受注した。', 'ゼノテック(株)', 'discovery:legal_form_suffix'],
  ['ゼノテック合同会社を設立した。', 'ゼノテック合同会社', 'discovery:legal_form_suffix'],
  // two common kanji words with a registered form are a name; the form closes it
  ['平和短資株式会社は発表した。', '平和短資株式会社', 'discovery:legal_form_suffix'],
  // known katakana words joined by a middle dot; a name after a country word and a dot
  ['米ブルー・グローバルに買い取られた。', 'ブルー・グローバル', 'discovery:nationality'],
  ['鉱山機械大手のスウェーデン・ゼンリクスは、新型車を出した。', 'ゼンリクス', 'discovery:ja_before:head'],
  // a Chinese registered name: a province or a city, the name, a company word
  ['資本金1億元の江西天宝中硝新材料を同月中に立ち上げる。', '江西天宝中硝新材料', 'discovery:ja_registered_name'],
  ['常熟新宝源創業投資が10%を持つ。', '常熟新宝源創業投資', 'discovery:ja_registered_name'],
  // a kanji dictionary name run together with a katakana name: one company, the parent's name first
  ['1999年に日産マクラーレンが発足した。', '日産マクラーレン', 'discovery:ja_parent_compound'],
  ['前身の日産ゼンリクスエナジーが営業を始めた。', '日産ゼンリクスエナジー', 'discovery:ja_parent_compound'],
  // a person's name before what only a maker does, or with a group word
  ['2010年にジョンソングループが発表した。', 'ジョンソングループ', 'discovery:legal_form_suffix'],
  ['この電気バスはジョン・スミスが製造する。', 'ジョン・スミス', 'discovery:ja_after:operator'],
  ['ゼノテック有限会社が発表した。', 'ゼノテック有限会社', 'discovery:legal_form_suffix'],
  ['プライム ゼノ エナジー株式会社を設立。', 'プライム ゼノ エナジー株式会社', 'discovery:legal_form_suffix'],
  ['ゼノ エナジー&ソリューションズ株式会社は', 'ゼノ エナジー&ソリューションズ株式会社', 'discovery:legal_form_suffix'],
  ['2012年株式会社ゼノテックを起業した。', '株式会社ゼノテック', 'discovery:legal_form_prefix'],
  ['株式会社孔官堂は大阪市にある。', '株式会社孔官堂', 'discovery:legal_form_prefix'],
  ['持株会社である株式会社ゼノテックホールディングスの子会社', '株式会社ゼノテックホールディングス', 'discovery:legal_form'],
  ['寧波ゼノ新能源有限公司が生産する。', '寧波ゼノ新能源有限公司', 'discovery:legal_form_suffix'],
  // X社
  ['リキャップ社が開発した。', 'リキャップ', 'discovery:counter'],
  ['LiCAP社と提携した。', 'LiCAP', 'discovery:counter'],
  // nationality prefixes + katakana / Latin
  ['米ゼノテックは発表した。', 'ゼノテック', 'discovery:nationality'],
  ['中ゼノテックが受注した。', 'ゼノテック', 'discovery:nationality'],
  ['韓ゼノテックの新型車。', 'ゼノテック', 'discovery:nationality'],
  ['独ゼノテックの新工場。', 'ゼノテック', 'discovery:nationality'],
  ['韓国ゼノテックは発表した。', 'ゼノテック', 'discovery:nationality'],
  ['旭化成は米Polypore Internationalの工場を', 'Polypore International', 'discovery:nationality'],
  ['中国ZENOTECは発表した。', 'ZENOTEC', 'discovery:nationality'],
  // head-office brackets and listing codes
  ['ゼノテック(東京・港)は発表した。', 'ゼノテック', 'discovery:ja_headquarters'],
  ['ゼノテック(名古屋市)が受注した。', 'ゼノテック', 'discovery:ja_headquarters'],
  ['ゼノテック(本社:東京都港区)が発表した。', 'ゼノテック', 'discovery:ja_headquarters'],
  ['ゼノテック(愛知県刈谷市)と提携。', 'ゼノテック', 'discovery:ja_headquarters'],
  ['ゼノテック(東証プライム:7203)は発表した。', 'ゼノテック', 'discovery:ja_headquarters'],
  // subsidiaries, parents, executives
  ['ゼノテック傘下の工場で生産する。', 'ゼノテック', 'discovery:ja_after:under'],
  ['ゼノテックの子会社が設立された。', 'ゼノテック', 'discovery:ja_after:subsidiary_of'],
  ['ゼノテックの完全子会社になった。', 'ゼノテック', 'discovery:ja_after:subsidiary_of'],
  ['ゼノテックのCEOが語った。', 'ゼノテック', 'discovery:ja_after:executive'],
  ['ゼノテックの社長は語った。', 'ゼノテック', 'discovery:ja_after:executive'],
  ['ゼノテックの代表取締役に就任した。', 'ゼノテック', 'discovery:ja_after:executive'],
  ['傘下のゼノテックが開発した。', 'ゼノテック', 'discovery:ja_before:under'],
  ['合弁会社「智駕科技」を設立した。', '智駕科技', 'discovery:ja_before:jv'],
  ['電池大手ゼノテックは発表した。', 'ゼノテック', 'discovery:ja_before:head'],
  ['ベンチャー企業ゼノテックはその直前に', 'ゼノテック', 'discovery:ja_before:head'],
  ['ゼノテックに入社した。', 'ゼノテック', 'discovery:ja_after:employer'],
  ['ゼノテックから発売された。', 'ゼノテック', 'discovery:ja_after:publisher'],
  ['ゼノテックと業務提携した。', 'ゼノテック', 'discovery:ja_after:partner'],
  ['ゼノテックを買収した。', 'ゼノテック', 'discovery:ja_after:acquire'],
  // company words, known organisations (IPADIC), parent + region
  ['アレジャント航空が就航した。', 'アレジャント航空', 'discovery:company_suffix'],
  ['1992年、講談社より発売された。', '講談社', 'discovery:known_org'],
  ['同社はそごうとの業務提携に踏み切った。', 'そごう', 'discovery:known_org'],
  ['ホンダはホンダアメリカを通じて出資する。', 'ホンダアメリカ', 'discovery:subsidiary_region'],
  ['トヨタ自動車とトヨタジャパンが発表した。', 'トヨタジャパン', 'discovery:subsidiary_region'],
  // company words after katakana: common nouns before a company word, unknown words before a service word
  ['ドリームワークスの映画を観た。', 'ドリームワークス', 'discovery:company_suffix'],
  ['ゼンリクスソフトウェアが開発した。', 'ゼンリクスソフトウェア', 'discovery:company_suffix'],
  ['結局ゼンリクス・カンパニーも数カ月で解散。', 'ゼンリクス・カンパニー', 'discovery:company_suffix'],
  ['第一ゼンリクス工業が受注した。', '第一ゼンリクス工業', 'discovery:company_suffix'],
  // company words of older and Chinese names
  ['浜松電灯の発電所が完成した。', '浜松電灯', 'discovery:company_suffix'],
  ['藤沢電線の工場で火災があった。', '藤沢電線', 'discovery:company_suffix'],
  ['八幡製鐡の高炉が完成した。', '八幡製鐡', 'discovery:company_suffix'],
  // founding, employment and management cues
  ['2人でゼンリクス工房を立ち上げた。', 'ゼンリクス工房', 'discovery:ja_after:founder'],
  ['卒業後はゼンリクス商会に勤めた。', 'ゼンリクス商会', 'discovery:'],
  ['卒業後はゼンリクス社に就職した。', 'ゼンリクス', 'discovery:'],
  ['実業家がゼンリクス電灯の経営を掌握した。', 'ゼンリクス電灯', 'discovery:'],
];

const EN: Positive[] = [
  ['Zentrix Inc. said on Monday it would expand.', 'Zentrix Inc.', 'discovery:en_legal_form'],
  ['Zentrix Corp. will build a plant.', 'Zentrix Corp.', 'discovery:en_legal_form'],
  ['Zentrix Ltd. will build a plant.', 'Zentrix Ltd.', 'discovery:en_legal_form'],
  ['Zentrix LLC will build a plant.', 'Zentrix LLC', 'discovery:en_legal_form'],
  ['Polypore International, LP, a subsidiary, said.', 'Polypore International, LP', 'discovery:en_legal_form'],
  ['Zentrix GmbH will build a plant.', 'Zentrix GmbH', 'discovery:en_legal_form'],
  ['Zentrix AG will build a plant.', 'Zentrix AG', 'discovery:en_legal_form'],
  ['Zentrix SE will build a plant.', 'Zentrix SE', 'discovery:en_legal_form'],
  ['Zentrix S.A. will build a plant.', 'Zentrix S.A.', 'discovery:en_legal_form'],
  ['Zentrix Co., Ltd. will build a plant.', 'Zentrix Co., Ltd.', 'discovery:en_legal_form'],
  ['Zentrix Battery Materials and Recycling GmbH will own it.', 'Zentrix Battery Materials and Recycling GmbH', 'discovery:en_legal_form'],
  ['Companhia Zentrix de Metalurgia e Mineração S.A. said.', 'Companhia Zentrix de Metalurgia e Mineração S.A.', 'discovery:en_legal_form'],
  ['Zentrix, a Texas-based maker of cells, said.', 'Zentrix', 'discovery:en_apposition'],
  ['Zentrix, a Chinese battery supplier, said.', 'Zentrix', 'discovery:en_apposition'],
  ['Investors bought shares of Zentrix on Friday.', 'Zentrix', 'discovery:en_before:shares'],
  ['Zentrix shares rose 5%.', 'Zentrix', 'discovery:en_after:shares'],
  ["Zentrix's CEO said the plant would open.", 'Zentrix', 'discovery:en_after:executive'],
  ['The CEO of Zentrix said the plant would open.', 'Zentrix', 'discovery:en_before:executive'],
  ['It is a subsidiary of Zentrix based in Ohio.', 'Zentrix', 'discovery:en_before:subsidiary'],
  ['Chinese battery maker Zentrix said.', 'Zentrix', 'discovery:en_head'],
  ['Zentrix (NYSE: ZTX) rose on Friday.', 'Zentrix', 'discovery:en_ticker'],
  ['Zentrix (Nasdaq: ZNTX) fell.', 'Zentrix', 'discovery:en_ticker'],
  ['a joint venture between Zentrix and Voltora was announced', 'Voltora', 'discovery:en_before:jv'],
  ['Toyota Motor North America said it would invest.', 'Toyota Motor North America', 'discovery:subsidiary_region'],
  ['Honda of America will build it.', 'Honda of America', 'discovery:subsidiary_region'],
  ['Honda Canada will build it.', 'Honda Canada', 'discovery:subsidiary_region'],
  ['a deal between Toyota and Zentrix Widgets Inc. was signed', 'Zentrix Widgets Inc.', 'discovery:en_legal_form'],
  // a deal verb after the name, past auxiliaries and adverbs
  ['Zentrix has now completed the purchase of a software maker.', 'Zentrix', 'discovery:en_after:acquire'],
  ['Zentrix is selling Voltora, its boat-motor maker.', 'Zentrix', 'discovery:en_after:acquire'],
  ['Zentrix has sold its stake in the venture.', 'Zentrix', 'discovery:en_after:acquire'],
  ['Buses went to Voltora, which ordered 16 more last year.', 'Voltora', 'discovery:en_after:deal'],
  ['Voltora, the Quebec-based integrator, said.', 'Voltora', 'discovery:en_apposition'],
  // the owner of a plant in the possessive; founders of a venture; a memorandum or an order's counterpart; a company bought, then described
  ["The site lies next to Zentrix's 200-megawatt electrolysis plant in Rotterdam.", 'Zentrix', 'discovery:en_after:owner'],
  ['Voltora and Zentrix have created Hydrix, a fund manager.', 'Voltora', 'discovery:en_after:together'],
  ['It gets first refusal under a memorandum signed with Zentrix Lithium.', 'Zentrix Lithium', 'discovery:en_before:deal'],
  ['The plant runs on an electrolyser ordered from Zentrix.', 'Zentrix', 'discovery:en_before:deal'],
  ['Fortum bought Voltora, the Berlin charging app, in 2018.', 'Voltora', 'discovery:en_before:acquire'],
  // a partner named with a known company before a plan or a memorandum; a bid's owner; a new venture's partner
  ['Toyota and Zentrix plan to co-develop driverless lorries.', 'Zentrix', 'discovery:en_partner_of_known'],
  ['Toyota and Zentrix said a memorandum between them aims to place chargers.', 'Zentrix', 'discovery:en_partner_of_known'],
  ["A court has approved Zentrix's bid for the assets of Voltora.", 'Zentrix', 'discovery:en_after:acquire'],
  ['Toyota will hold 50.1% of a new venture with Zentrix.', 'Zentrix', 'discovery:en_before:jv'],
];

/** [text, surface that must not be (part of) any company mention] */
const NEGATIVE: [string, string][] = [
  // universities and schools
  ['東京大学と共同研究を進める。', '東京大学'],
  ['早稲田大学の研究室が開発した。', '早稲田大学'],
  ['ノースカロライナ大学の研究所がある。', 'ノースカロライナ大学'],
  ['Stanford University said it would study the cells.', 'Stanford University'],
  // ministries, agencies, international bodies
  ['経済産業省は補助金を決めた。', '経済産業省'],
  ['資源エネルギー庁が発表した。', '資源エネルギー庁'],
  ['日本自動車工業会の会長が述べた。', '日本自動車工業会'],
  ['The IMF said growth would slow.', 'IMF'],
  ['NATOの会議で議論された。', 'NATO'],
  // products, models, services
  ['米ドルで支払われた。', 'ドル'],
  ['中国NEV市場の変容', 'NEV'],
  ['トヨタのプリウスを購入した。', 'プリウス'],
  ['the Model Y and the Zentrix-powered Model 3', 'Model Y'],
  // places
  ['米カリフォルニア州に工場を建てる。', 'カリフォルニア'],
  ['独ベルリンで発表された。', 'ベルリン'],
  ['広島に行った。', '広島'],
  ['The plant is in Port Colborne, Ontario.', 'Ontario'],
  // people, titles, teams
  ['カルロス・ゴーン社長は語った。', 'カルロス・ゴーン'],
  ['Tim Cook, the CEO, said.', 'Tim Cook'],
  ['阪神タイガースから指名された。', '阪神タイガース'],
  ['劇団四季によって上演される。', '劇団四季'],
  ['日米の協力が進む。', '日米'],
  ['1979年のNHK杯では7位となる。', 'NHK'],
  ['第一生命館の外観を保存した。', '第一生命'],
  ['ホールディングス株式会社', 'ホールディングス'],
  // a kind of company, one word before the form; a form before the name it starts
  ['両社は簡易株式会社を設立した。', '簡易株式会社'],
  ['連結子会社株式会社ゼノが発表した。', '子会社株式会社'],
  // a product after a maker; a pair told as one group; a kind of vehicle supplied to
  ['日産リーフを買った。', '日産リーフ'],
  ['日産ルノー連合が発表した。', '日産ルノー'],
  ['シリーズ式HVに電池を供給している。', 'HV'],
  // a known organisation's name in quotes after a kind of product names the product
  ['いすゞ自動車の小型トラック「エルフ」向けに供給を始めた。', 'エルフ'],
  // a place and a company word with no name between
  ['上海電池の需要が伸びた。', '上海電池'],
  // the deal verb after a sentence-opening word or a place complement
  ['Analysts said Tesla is selling more cars.', 'Analysts'],
  ["China's largest lithium mine is in Sichuan.", 'China'],
  ["Texas's new battery plant opened.", 'Texas'],
  ['Engineers in Zentrixville have completed the purchase of land.', 'Zentrixville'],
  // descriptions: known katakana common nouns before a product/service word, ordinal events
  ['オープンソースのフリーソフトウェアを配布する。', 'フリーソフトウェア'],
  ['古いボンネットバスも保有していた。', 'ボンネットバス'],
  ['郊外にはケーブル鉄道が走る。', 'ケーブル鉄道'],
  ['第3回ワールドマインドスポーツゲームズの会場となった。', '第3回'],
  ['第十回ゼンリクス工業杯が開かれた。', '第十回'],
  // an adverbial word before a name is not part of it
  ['結局ゼンリクス・カンパニーも数カ月で解散。', '結局'],
  ['当時ゼンリクスワークスは赤字だった。', '当時'],
  ['電灯の明かりが消えた。', '電灯'],
  ['シェムリアップ・アンコールFCの経営を引き継いだ。', 'アンコール'],
  ['FCジロンダン・ボルドーの会長が拒んだ。', 'ボルドー'],
  ['ホテルの経営を引き継いだ。', 'ホテル'],
  ['家庭用の電線を交換する。', '電線'],
];

describe('cue grammar: Japanese', () => {
  it.each(JA)('%s → %s', async (text, surface, rule) => {
    const found = await mentions(text);
    const hit = found.find((m) => m.text === surface);
    expect(hit, `${surface} in ${found.map((m) => `${m.text}:${m.rule}`).join(', ')}`).toBeDefined();
    expect(hit!.rule.startsWith(rule), `${hit!.rule} starts with ${rule}`).toBe(true);
  });
});

describe('cue grammar: English', () => {
  it.each(EN)('%s → %s', async (text, surface, rule) => {
    const found = await mentions(text);
    const hit = found.find((m) => m.text === surface);
    expect(hit, `${surface} in ${found.map((m) => `${m.text}:${m.rule}`).join(', ')}`).toBeDefined();
    expect(hit!.rule.startsWith(rule), `${hit!.rule} starts with ${rule}`).toBe(true);
  });
});

describe('cue grammar: not companies', () => {
  it.each(NEGATIVE)('%s ↛ %s', async (text, surface) => {
    const found = await mentions(text);
    expect(found.filter((m) => m.text.includes(surface)).map((m) => `${m.text}:${m.rule}`)).toEqual([]);
  });
});

describe('subsidiaries, joint ventures and abbreviations', () => {
  it('a subsidiary named after its parent is its own company, linked to the parent', async () => {
    const found = await mentions('Toyota Motor North America (TMNA) said. TMNA will invest.');
    expect(found.map((m) => [m.text, m.entityId])).toEqual([
      ['Toyota Motor North America', 'discovered:toyotamotornorthamerica'],
      ['TMNA', 'discovered:toyotamotornorthamerica'],
      ['TMNA', 'discovered:toyotamotornorthamerica'],
    ]);
    expect(found[0]!.links).toEqual([{ id: 'toyota', relation: 'parent' }]);
  });

  it('a joint venture named after its founders is linked to both owners', async () => {
    const found = await mentions('The venture, Honda Toyota Battery Separator Corporation, will build a plant.');
    const jv = found.find((m) => m.discovered)!;
    expect(jv.text).toBe('Honda Toyota Battery Separator Corporation');
    expect(jv.links).toEqual([
      { id: 'honda', relation: 'owner' },
      { id: 'toyota', relation: 'owner' },
    ]);
  });

  it.each([
    ['寧徳時代新能源科技(本社:福建省寧徳市、以下寧徳)は20日、発表した。寧徳は新工場を', '寧徳', 'catl'],
    ['ゼノテック株式会社(以下「ゼノ」)と提携した。ゼノは新工場を', 'ゼノ', 'discovered:ゼノテック'],
    ['Zentrix Widgets Inc. (hereafter "Zentrix") said. Zentrix will', 'Zentrix', 'discovered:zentrixwidgets'],
    ['Toyota Motor North America ("TMNA") said. TMNA will', 'TMNA', 'discovered:toyotamotornorthamerica'],
  ])('abbreviation defined in the text: %s', async (text, short, entity) => {
    const found = await mentions(text);
    const uses = found.filter((m) => m.text === short);
    expect(uses.length).toBe(2);
    for (const u of uses) expect(u.entityId).toBe(entity);
    expect(uses.map((u) => u.rule)).toEqual(['abbreviation', 'abbreviation:repeat']);
  });

  it('a quoted word in brackets is not an abbreviation when it is not the whole bracket', async () => {
    const found = await mentions('ゼノテック株式会社(東京都、社名は「ゼノ」とは無関係)。ゼノの話。');
    expect(found.filter((m) => m.text === 'ゼノ')).toEqual([]);
  });
});
