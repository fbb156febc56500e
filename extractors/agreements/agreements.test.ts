/**
 * Agreement extractor: sentences and tables written for these tests (not taken from the seed
 * articles). Each case lists EVERY record expected from its text, as
 * "<type> <party+party…> <date start|null>" (parties by canonical name, sorted).
 */
import { describe, expect, it } from 'vitest';
import { runAgreements, summarise } from './test-fixtures.ts';

interface Case {
  name: string;
  text: string;
  expected: string[];
  documentDate?: string;
}

const TYPES_JA: Case[] = [
  { name: 'ja joint venture with date', text: 'トヨタとパナソニックは2024年3月、車載電池の合弁会社を設立すると発表した。', expected: ['joint_venture Panasonic+Toyota 2024-03'] },
  { name: 'ja strategic partnership, partner marked with と', text: 'デンソーは2025年1月15日、ボッシュと戦略的パートナーシップ協定を締結した。', expected: ['strategic_partnership Bosch+Denso 2025-01-15'] },
  { name: 'ja MOU', text: '住友商事とSKオンは、電池リサイクルに関する覚書を締結した。', expected: ['mou SK On+Sumitomo Corporation null'] },
  { name: 'ja LOI beats the cooperation it is about', text: 'ENEOSとホンダは、水素事業での協業に向けた意向書(LOI)を交わした。', expected: ['loi ENEOS+Honda null'] },
  { name: 'ja co-development', text: '日産とホンダは次世代の車載ソフトウェアを共同開発する。', expected: ['co_development Honda+Nissan null'] },
  { name: 'ja supply (directional: Xに供給)', text: 'パナソニックはテスラに円筒形電池を供給する契約を結んだ。', expected: ['supply Panasonic+Tesla null'] },
  { name: 'ja supply (Xの製品を採用)', text: 'ヒュンダイは、LGエナジーソリューションの電池セルを採用した。', expected: ['supply Hyundai+LG Energy Solution null'] },
  { name: 'ja licensing', text: 'BYDはフォードに電池技術をライセンス供与する。', expected: ['licensing BYD+Ford null'] },
  { name: 'ja investment (Xに出資)', text: '三菱商事は、全固体電池を開発するファクトリアル・エナジーに出資した。', expected: ['investment Factorial+Mitsubishi Corporation null'] },
  // (a company two or more named companies own together is their joint venture in passing: 「JX金属と丸紅が出資するC」)
  { name: 'ja owners named together are a joint venture in passing', text: 'トヨタとデンソーが出資するパワーエックスは、蓄電池工場を新設する。', expected: ['joint_venture Denso+Toyota null'] },
  { name: 'ja investment in passing, one owner', text: 'デンソーが出資するパワーエックスは、蓄電池工場を新設する。', expected: ['investment Denso+PowerX null'] },
  { name: 'ja acquisition', text: 'ENEOSは2024年10月、JSRの電池材料事業を買収すると発表した。', expected: ['acquisition ENEOS+JSR 2024-10'] },
  { name: 'ja technical service beats the agreement frame', text: 'デンソーは、ヒュンダイとの契約に基づき、電池パック開発のエンジニアリングサービスを提供する。', expected: ['technical_service Denso+Hyundai null'] },
  { name: 'ja generic partnership', text: '出光興産とトヨタは、全固体電池の量産に向けて協業すると発表した。', expected: ['partnership Idemitsu+Toyota null'] },
  { name: 'ja agreement noun needs a signing verb', text: '旭化成とENEOSは、蓄電池分野で協定を締結した。', expected: ['partnership Asahi Kasei+ENEOS null'] },
  { name: 'ja co-development with a research institute (listed organisation)', text: 'トヨタは東北大学と全固体電池の共同研究を行う。', expected: ['co_development Tohoku University+Toyota null'] },
  // (partners listed with や deal with the subject each, not with each other: 1.2.11, as a fresh article's gold has it)
  { name: 'ja partners listed as examples (AやBなどと) are parties, one deal each with the subject', text: '日産は、住友商事や三菱商事などと電池リユース事業で連携している。', expected: ['partnership Mitsubishi Corporation+Nissan null', 'partnership Nissan+Sumitomo Corporation null'] },
  { name: 'ja directional cue with two targets: one record per pair', text: 'パナソニックはテスラとトヨタに電池を供給する。', expected: ['supply Panasonic+Tesla null', 'supply Panasonic+Toyota null'] },
  { name: 'ja shared subject: a piece without its own party stays in the clause', text: 'ホンダとGSユアサは提携し、次世代電池を共同開発する。', expected: ['co_development GS Yuasa+Honda null'] },
  { name: 'ja capital alliance is an investment made between the two', text: 'トヨタとデンソーは2023年6月に資本業務提携を結んだ。', expected: ['investment Denso+Toyota 2023-06'] },
  { name: 'ja passive acquisition', text: 'JSRはENEOSに買収された。', expected: ['acquisition ENEOS+JSR null'] },
  { name: 'ja funds raised from an investor', text: 'ファクトリアル・エナジーは三菱商事から資金を調達した。', expected: ['investment Factorial+Mitsubishi Corporation null'] },
  { name: 'ja organisation recognised by its shape', text: 'ホンダは、日本電池技術研究機構と連携すると発表した。', expected: ['partnership Honda+日本電池技術研究機構 null'] },
  { name: 'ja parallel pairs (AはBと、CはDとそれぞれ…): one record per pair', text: 'トヨタはCATLと、日産はBYDとそれぞれ電池の供給契約を締結した。', expected: ['supply CATL+Toyota null', 'supply BYD+Nissan null'] },
  { name: 'ja parallel partners of one subject', text: 'トヨタはCATLと、中国市場ではBYDとも提携した。', expected: ['partnership CATL+Toyota null', 'partnership BYD+Toyota null'] },
  { name: 'ja "と、" before the object is not parallel', text: 'トヨタはCATLと、2030年までに電池の供給契約を締結した。', expected: ['supply CATL+Toyota null'] },
  { name: 'ja "と、" before a topic without a party is not parallel', text: 'トヨタはCATLと、今後5年間は電池を共同開発する。', expected: ['co_development CATL+Toyota null'] },
  { name: 'ja the same deal again (同様の契約) takes the type of the one just reported', text: 'トヨタはCATLと電池の供給契約を締結した。日産もBYDと同様の契約を結んだ。', expected: ['supply CATL+Toyota null', 'supply BYD+Nissan null'] },
  { name: 'ja a deal talked about (同様の提携を検討) is not made', text: 'トヨタはCATLと電池の供給契約を締結した。日産はBYDと同様の提携を検討している。', expected: ['supply CATL+Toyota null'] },
  { name: 'ja an investor described in passing is not a party of the main deal', text: 'トヨタは、三菱商事が出資する米国の電池スタートアップのファクトリアル・エナジーとライセンス契約を結んだ。', expected: ['investment Factorial+Mitsubishi Corporation null', 'licensing Factorial+Toyota null'] },
  { name: 'ja spending in a place (米国での投資) is not an investment between companies', text: 'LGエナジーソリューションとサムスンSDI、SKオンの3社は、米国での投資を減速させている。', expected: [] },
  { name: 'ja a bracketed date right after the signing verb is the date', text: '住友金属鉱山は、トヨタ自動車と正極材の共同開発契約を締結した（2024年10月）。', expected: ['co_development Sumitomo Metal Mining+Toyota 2024-10'] },
  { name: 'ja a later date of another event is not the date', text: '住友金属鉱山は、トヨタ自動車と共同開発契約を締結し、2030年に量産を始める。', expected: ['co_development Sumitomo Metal Mining+Toyota null'] },
  { name: 'ja "によると、" is not a parallel pair', text: 'ホンダ関係者によると、日産はBYDに出資した。', expected: ['investment BYD+Nissan null'] },
];

const TYPES_EN: Case[] = [
  { name: 'en joint venture', text: 'Honda and LG Energy Solution formed a joint venture to build a battery plant in Ohio in August 2022.', expected: ['joint_venture Honda+LG Energy Solution 2022-08'] },
  { name: 'en strategic cooperation agreement with', text: 'Stellantis signed a strategic cooperation agreement with CATL on November 21, 2023.', expected: ['strategic_partnership CATL+Stellantis 2023-11-21'] },
  { name: 'en MOU', text: 'Volvo and Northvolt signed a memorandum of understanding on battery recycling.', expected: ['mou Northvolt+Volvo null'] },
  { name: 'en LOI', text: 'Rivian signed a letter of intent with Amazon for additional electric vans.', expected: ['loi Amazon+Rivian null'] },
  { name: 'en co-development', text: 'Toyota and Sumitomo Metal Mining will jointly develop cathode materials for all-solid-state batteries.', expected: ['co_development Sumitomo Metal Mining+Toyota null'] },
  { name: 'en supply', text: 'Albemarle will supply lithium hydroxide to Ford under a multi-year supply agreement.', expected: ['supply Albemarle+Ford null'] },
  { name: "en licensing (X's technology)", text: "Ford will license CATL's LFP battery technology for its Michigan plant.", expected: ['licensing CATL+Ford null'] },
  { name: 'en investment with year', text: 'Amazon invested $700 million in Rivian in 2019.', expected: ['investment Amazon+Rivian 2019'] },
  { name: 'en backed by, one record per investor', text: 'Solid Power, backed by Ford and BMW, opened a pilot line in Colorado.', expected: ['investment BMW+Solid Power null', 'investment Ford+Solid Power null'] },
  { name: 'en X-backed Y', text: 'Volkswagen-backed QuantumScape shipped its first B-samples.', expected: ['investment QuantumScape+Volkswagen null'] },
  { name: 'en stake purchase is an investment, not an acquisition', text: 'Stellantis will acquire a 20% stake in Leapmotor.', expected: ['investment Leapmotor+Stellantis null'] },
  { name: 'en acquisition', text: 'Redwood Materials acquired Redux Recycling in 2023.', expected: ['acquisition Redux Recycling+Redwood Materials 2023'] },
  { name: 'en technical services', text: 'Bosch will provide engineering services to Rivian under a new agreement.', expected: ['technical_service Bosch+Rivian null'] },
  { name: 'en "X, a Y supplier"', text: 'Panasonic, a long-time Tesla supplier, said it would build a new plant in Kansas.', expected: ['supply Panasonic+Tesla null'] },
  { name: 'en directional cue far from any party is not theirs', text: 'Ford said on Monday it would invest $3.5 billion in a Michigan plant using technology licensed from CATL.', expected: ['licensing CATL+Ford null'] },
  { name: 'en supply agreement between two named together', text: 'Albemarle and Ford signed a five-year supply agreement in July 2022.', expected: ['supply Albemarle+Ford 2022-07'] },
  { name: 'en a clause break keeps two stories apart', text: 'Toyota partnered with Panasonic on batteries, while Honda reported higher sales.', expected: ['partnership Panasonic+Toyota null'] },
  {
    name: 'en inserted relative clause is its own clause',
    text: 'Toyota, which owns a stake in Sumitomo Metal Mining, has also been working with Panasonic on battery materials since 2021.',
    expected: ['investment Sumitomo Metal Mining+Toyota null', 'partnership Panasonic+Toyota 2021'],
  },
  { name: 'en relative clause: its subject is the name before it', text: 'LG Energy Solution, which supplies batteries to GM, posted record profit.', expected: ['supply General Motors+LG Energy Solution null'] },
  { name: 'en the JV company in apposition is not a party', text: 'Ford and SK On agreed to expand their joint venture, BlueOval SK, in 2024.', expected: ['joint_venture Ford+SK On 2024'] },
  { name: 'en "as" starts another clause in a headline', text: 'Toyota and Denso expand output as Honda signs Panasonic deal', expected: ['partnership Honda+Panasonic null'] },
  {
    name: 'en funds raised from investors: one investment per investor',
    text: 'Factorial raised $200 million from Mercedes-Benz and Stellantis in 2022.',
    expected: ['investment Factorial+Mercedes-Benz 2022', 'investment Factorial+Stellantis 2022'],
  },
  { name: 'en partnership', text: 'Sony and Honda announced a partnership in mobility services.', expected: ['partnership Honda+Sony null'] },
  { name: 'en partnership under which one provides technical services', text: 'Through a partnership with Toyota, Denso provides technical services for battery packs.', expected: ['technical_service Denso+Toyota null'] },
];

const ANAPHORA: Case[] = [
  {
    name: '両社 = the two companies of the previous sentence',
    text: 'トヨタはパナソニックと電池事業の再編を協議してきた。両社は2020年2月、合弁会社を設立することで合意した。',
    expected: ['joint_venture Panasonic+Toyota 2020-02'],
  },
  { name: 'A、B、Cの3社', text: 'トヨタ、デンソー、アイシンの3社は、電動化技術を共同開発すると発表した。', expected: ['co_development Aisin+Denso+Toyota null'] },
  { name: '同社 = the company last named as subject', text: 'CATLは欧州での生産を拡大している。同社はトヨタと合弁会社を設立する。', expected: ['joint_venture CATL+Toyota null'] },
  {
    name: '弊社 = the company on the cover of its own report; a research agency as partner',
    text: '電池事業の進捗報告\n\n2025年6月1日\n出光興産株式会社\n\n- 弊社は、トヨタと固体電解質の量産に向けた協業を開始した。\n- また、産業技術総合研究所(AIST)と電解質の評価で連携を開始した。\n',
    expected: ['partnership AIST+Idemitsu null', 'partnership Idemitsu+Toyota null'],
  },
  {
    name: 'the company on a dated cover page is the implicit party of its report',
    text: '第5回 成果報告会\n\n2025年6月1日\n出光興産株式会社\n\n(1) 事業の進捗\n- 東北大学と電解質の共同研究を開始した。\n',
    expected: ['co_development Idemitsu+Tohoku University null'],
  },
  {
    name: '当社 in a press release = the subject of its opening',
    text: '本田技研工業株式会社は、新会社の設立を発表しました。\n当社はGSユアサと合弁会社を設立します。',
    expected: ['joint_venture GS Yuasa+Honda null'],
  },
  {
    name: 'the two companies; the JV company itself is not a party',
    text: 'Ford and SK On have long worked on batteries. In 2021, the two companies formed a joint venture called BlueOval SK.',
    expected: ['joint_venture Ford+SK On 2021'],
  },
  {
    name: 'implicit subject: the company the text is about',
    text: 'ホンダは電動化を加速している。ホンダの電池戦略は大きく変わった。\n- 調達の多様化: GSユアサとの戦略的提携により、電池の安定調達を図る。',
    expected: ['strategic_partnership GS Yuasa+Honda null'],
  },
];

const NEGATIVES: Case[] = [
  { name: 'one named party only', text: 'トヨタは新たな提携先を探している。', expected: [] },
  { name: 'unnamed partner', text: 'パナソニックは、大手自動車メーカーと電池供給契約を結んだ。', expected: [] },
  { name: 'co-occurrence without an agreement cue', text: 'トヨタとホンダの2024年の販売台数はともに増加した。', expected: [] },
  { name: 'government announcement about companies', text: '経済産業省は、トヨタやホンダなどの蓄電池投資を支援すると発表した。', expected: [] },
  { name: 'en co-occurrence without cue', text: 'Tesla and BYD both reported record deliveries in 2024.', expected: [] },
  { name: 'en examples, no target of the investment', text: 'Automakers such as Toyota and Honda are investing heavily in solid-state batteries.', expected: [] },
  { name: 'ja examples (AやBといった) investing in technology', text: 'CATLやBYDといった大手電池メーカーは、次世代技術に投資している。', expected: [] },
  { name: 'en government grants', text: 'The Department of Energy announced $3 billion in grants for battery makers including Panasonic and LG Energy Solution.', expected: [] },
  { name: 'に協力 is helping, not an agreement', text: '日産は業界団体の調査に協力している。', expected: [] },
  { name: 'supply chain is not supply', text: 'Tesla and Panasonic discussed the supply chain of lithium.', expected: [] },
  { name: 'capital expenditure is not an investment deal', text: 'トヨタは設備投資を拡大し、デンソーは研究開発投資を増やした。', expected: [] },
  { name: 'unnamed partner in English', text: 'Nissan signed a supply agreement with a Chinese battery maker.', expected: [] },
  { name: 'en merger talks are not an agreement', text: 'Nissan is in talks with Honda about a possible merger.', expected: [] },
  { name: 'ja a partnership under consideration is not an agreement', text: 'トヨタはホンダとの提携を検討している。', expected: [] },
  { name: 'ja a joint venture of their own ended (解消) was signed: a record, undated', text: 'フォードはSKオンとの合弁を解消した。', expected: ['joint_venture Ford+SK On null'] },
  { name: 'en agreement scrapped', text: 'Ford scrapped its joint venture plans with SK On in Canada.', expected: [] },
  { name: 'talks are not an agreement (own clause)', text: 'サムスンSDIはBMWに電池を供給しており、ヒュンダイとも協議を進めている。', expected: ['supply BMW+Samsung SDI null'] },
  { name: 'en the JV company in apposition is not a party', text: 'Honda and Sony formed Sony Honda Mobility, a joint venture to build EVs.', expected: ['joint_venture Honda+Sony null'] },
  { name: 'en a company described in apposition stays a party', text: 'Honda signed a deal with LG Energy Solution, a Korean battery maker.', expected: ['partnership Honda+LG Energy Solution null'] },
  { name: 'en "signed one" refers back to the deal just reported', text: 'Toyota signed a supply agreement with CATL, while Nissan signed one with BYD.', expected: ['supply CATL+Toyota null', 'supply BYD+Nissan null'] },
  { name: 'en "a similar deal" takes the type of the last deal', text: 'Toyota signed a supply agreement with CATL. Nissan signed a similar deal with BYD last week.', expected: ['supply CATL+Toyota null', 'supply BYD+Nissan null'] },
  { name: 'en a deal of its own keeps its own type', text: 'Toyota signed a supply agreement with CATL. Nissan signed a licensing deal with BYD.', expected: ['supply CATL+Toyota null', 'licensing BYD+Nissan null'] },
  { name: 'en "signed one of" is not the same deal', text: 'Toyota signed a supply agreement with CATL. Nissan signed one of its executives to the board of BYD.', expected: ['supply CATL+Toyota null'] },
];

const DOCUMENT: Case[] = [
  {
    name: 'the same deal in the Japanese and the English half is one record',
    text: 'トヨタはパナソニックと電池の合弁会社を設立した。\n\nToyota and Panasonic set up a battery joint venture.',
    expected: ['joint_venture Panasonic+Toyota null'],
  },
  {
    name: 'a later, different deal between the same parties stays separate',
    text: '日産とホンダは2024年3月に覚書を締結した。その後、両社は2024年8月に戦略的パートナーシップ契約を結んだ。',
    expected: ['mou Honda+Nissan 2024-03', 'strategic_partnership Honda+Nissan 2024-08'],
  },
  {
    name: 'JV described in passing: X(AとBの合弁)',
    text: '華晨BMW(BMWと華晨汽車の合弁)は新工場を稼働させた。',
    expected: ['joint_venture BMW+Brilliance Auto null'],
  },
  {
    name: 'a backing described in passing has no date',
    text: 'Northvolt, once backed by Volkswagen, filed for bankruptcy in November 2024.',
    expected: ['investment Northvolt+Volkswagen null'],
  },
  {
    name: 'year-less news date anchored to the document date',
    text: '出光興産は21日、トヨタと全固体電池の量産で協業すると発表した。',
    documentDate: '2025-03-25',
    expected: ['partnership Idemitsu+Toyota 2025-03-21'],
  },
  {
    name: 'a target date is not the signing date',
    text: 'ホンダとGSユアサは合弁会社を設立し、2027年までに量産を始める。',
    documentDate: '2025-01-10',
    expected: ['joint_venture GS Yuasa+Honda null'],
  },
];

const TABLES: Case[] = [
  {
    name: 'space-separated table with wrapped cells and a nested earlier deal',
    text: [
      '表A:電池分野の提携事例',
      'No. 発表日 日本企業 提携相手 概要',
      'A-1 2024年5月10日 トヨタ CATL 両社は電池の安定供給に関する戦略的パートナーシップ協定を締結した。',
      'A-2 2024年7月2日 ホンダ LGエナジーソリューション 両社の合弁会社が米国オハイオ州で電池工場を建設する。',
      'A-3 2024年9月30日 パナソニック テスラ',
      '(米国EV大手)',
      'パナソニックはテスラに新型セルを供給する。',
      '両社は2019年1月に覚書を締結していた。',
      'A-4 2025年1月20日 日産 ソニー、デンソー 3社は車載ソフトウェアを共同開発する。',
      '出所:各社発表',
    ].join('\n'),
    expected: [
      'strategic_partnership CATL+Toyota 2024-05-10',
      'joint_venture Honda+LG Energy Solution 2024-07-02',
      'supply Panasonic+Tesla 2024-09-30',
      'mou Panasonic+Tesla 2019-01',
      'co_development Denso+Nissan+Sony 2025-01-20',
    ],
  },
  {
    name: 'tab-separated English table',
    text: [
      'Date\tCompany\tPartner\tDeal',
      '2024-03-05\tFord\tSK On\tThe two companies agreed to expand their joint venture.',
      '2024-06-12\tGM\tSamsung SDI\tSamsung SDI will supply prismatic cells to GM.',
      '2024-08-01\tVolvo\tNorthvolt\tVolvo will license the cell design for its own plant.',
    ].join('\n'),
    expected: [
      'joint_venture Ford+SK On 2024-03-05',
      'supply General Motors+Samsung SDI 2024-06-12',
      'licensing Northvolt+Volvo 2024-08-01',
    ],
  },
  {
    name: 'table rows without a type cue are generic partnerships; a cell may list several companies',
    text: [
      'No. 協業発表日 企業 協業相手 協業概要',
      '1 2025年2月3日 BYD ウーバー 両社は、EV10万台の配備で連携する。',
      '2 2025年4月8日 出光興産 トヨタ',
      '住友金属鉱山',
      '3社は固体電解質の量産に取り組む。',
      '3 2025年6月18日 ホンダ ソニー ソニー・ホンダモビリティとして新型車を発表。',
    ].join('\n'),
    expected: [
      'partnership BYD+Uber 2025-02-03',
      'partnership Idemitsu+Sumitomo Metal Mining+Toyota 2025-04-08',
      'partnership Honda+Sony 2025-06-18',
    ],
  },
  {
    name: 'a party column that names the kind of deal (Buyer, Supplier, 出資先) types a row without a cue',
    text: [
      'Date\tBuyer\tSupplier\tDeal',
      '2025-02-03\tStellantis\tCATL\tLFP cells for European small cars',
      '2025-04-10\tHyundai Motor\tSamsung SDI\tMOU on solid-state batteries',
    ].join('\n'),
    expected: ['supply CATL+Stellantis 2025-02-03', 'mou Hyundai+Samsung SDI 2025-04-10'],
  },
  {
    name: 'party cells the company extractor only partly recognised',
    text: [
      'No. 発表日 企業 相手 概要',
      '1 2024年5月1日 Volvo Cars Northvolt 両社は電池の合弁会社を設立する。',
      '2 2024年6月1日 ホンダ アクメ電池 両社は電池の供給で提携した。',
    ].join('\n'),
    expected: ['joint_venture Northvolt+Volvo 2024-05-01', 'supply Honda+アクメ電池 2024-06-01'],
  },
];

function runCases(title: string, cases: Case[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { records } = await runAgreements(c.text, { documentDate: c.documentDate });
      expect(summarise(records)).toEqual(c.expected.slice().sort());
    });
  });
}

runCases('agreement types (Japanese)', TYPES_JA);
runCases('agreement types (English)', TYPES_EN);
runCases('anaphora and implicit parties', ANAPHORA);
runCases('negatives', NEGATIVES);
runCases('one record per agreement, dates', DOCUMENT);
runCases('tables', TABLES);

describe('records', () => {
  it('JP and EN tellings give one record with both evidence spans', async () => {
    const text = 'トヨタはパナソニックと電池の合弁会社を設立した。\n\nToyota and Panasonic set up a battery joint venture.';
    const { records, ctx } = await runAgreements(text);
    expect(records).toHaveLength(1);
    const ev = records[0]!.evidence.map((e) => ctx.norm.text.slice(e.start, e.end));
    expect(ev).toEqual(['トヨタはパナソニックと電池の合弁会社を設立した。', 'Toyota and Panasonic set up a battery joint venture.']);
  });

  it('a table row is the evidence of its agreement; parties carry entity ids', async () => {
    const text = 'No. 発表日 企業 相手 概要\n1 2024年5月10日 トヨタ CATL 両社は覚書を締結した。\n2 2024年6月1日 ホンダ GSユアサ 両社は提携した。';
    const { records, ctx } = await runAgreements(text);
    const mou = records.find((r) => r.type === 'mou')!;
    expect(ctx.norm.text.slice(mou.evidence[0]!.start, mou.evidence[0]!.end)).toBe('1 2024年5月10日 トヨタ CATL 両社は覚書を締結した。');
    expect(mou.parties).toEqual([
      { entityId: 'test:Toyota', name: 'Toyota' },
      { entityId: 'test:CATL', name: 'CATL' },
    ]);
    expect(mou.rule).toMatch(/^table_row/);
  });

  it('evidence of a bullet leaves out the bullet and its label', async () => {
    const text = '- 調達: ホンダはGSユアサと電池の供給契約を締結した。';
    const { records, ctx } = await runAgreements(text);
    expect(records).toHaveLength(1);
    expect(ctx.norm.text.slice(records[0]!.evidence[0]!.start, records[0]!.evidence[0]!.end)).toBe('ホンダはGSユアサと電池の供給契約を締結した。');
  });

  it('a non-company organisation is a plain party', async () => {
    const { records } = await runAgreements('日産は、独立行政法人製品評価技術基盤機構(NITE)と安全性評価で連携を開始した。');
    expect(records).toHaveLength(1);
    expect(records[0]!.parties).toContainEqual({ entityId: 'plain:NITE', name: 'NITE' });
  });

  it('an organisation announcing a deal is not a party', async () => {
    const { records } = await runAgreements('経済産業省は、トヨタとホンダが電池分野で提携すると発表した。');
    expect(summarise(records)).toEqual(['partnership Honda+Toyota null']);
  });
});
