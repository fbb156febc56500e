/**
 * A twelfth set of agreement case rows in the shapes of business news (cases.ts joins them
 * with the others): each row against a defect that fresh text showed (seeds/agreements/README.md,
 * 1.2.19: the blind sets art37 and b56).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'the whole of an issue taken up (「Bが実施する第三者割当増資の全額を引き受ける」) is an investment, its amount told after (「出資額は2社合わせて…」) no deal of the investors; parallel deals each with its own noun (「AはBと覚書を、CはDと基本合意書を、それぞれ交わした」) are two; a part of a maker\'s model named first (「Bの新型EV「X」が搭載する…は、Aが手がける」) a supply',
    text: '住友化学は、アクメ電池株式会社が実施する第三者割当増資の全額を引き受ける。三井物産と丸紅はアクメ電池に出資した。出資額は2社合わせて30億円。トヨタ自動車はパナソニックと覚書を、ホンダはデンソーと基本合意書を、それぞれ交わした。日産自動車の新型EV「リーフ」が搭載するインバーターは、デンソーが手がける。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Sumitomo Chemical', 'アクメ電池'], type: 'investment' },
      { parties: ['Toyota', 'Panasonic'], type: 'mou' },
      { parties: ['Honda', 'Denso'], type: 'mou' },
      { parties: ['Denso', 'Nissan'], type: 'supply' },
    ],
    reject: [{ parties: ['Toyota', 'Panasonic', 'Honda', 'Denso'] }, { parties: ['Mitsui & Co.', 'Marubeni'] }],
  },
  {
    name: 'shares bought from two holders (「BとCから5%ずつ株式を譲り受ける」) are a purchase from each; an investment not carried out (「出資を実行しない」) is none; a parent with a long description before its subsidiary (「Xグループの電気自動車（EV）・ソフトウエア子会社Y」「X自動車の北米製造・技術統括会社、Y」) is no party',
    text: '住友商事は、トヨタ自動車とデンソーから5%ずつ株式を譲り受ける。ホンダは、日産グループの電気自動車（EV）・電池子会社アクメ・エナジーへの出資を実行しないと発表した。日産グループの電気自動車（EV）・電池子会社アクメ・エナジーは、ホンダにEVを供給する。住友化学は、トヨタ自動車の北米製造・技術統括会社、アクメ・ノースアメリカと正極材の供給契約を結んだ。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Sumitomo Corporation', 'Toyota'], type: 'acquisition' },
      { parties: ['Sumitomo Corporation', 'Denso'], type: 'acquisition' },
      { parties: ['アクメ・エナジー', 'Honda'], type: 'supply' },
      { parties: ['Sumitomo Chemical', 'アクメ・ノースアメリカ'], type: 'supply' },
    ],
    reject: [{ parties: ['Honda', 'アクメ・エナジー'], type: 'investment' }, { parties: ['Nissan', 'Honda'] }, { parties: ['Sumitomo Chemical', 'Toyota'] }],
  },
  {
    name: 'the running and upkeep of a plant another company runs, taken on (「Bが運転する…装置について、保守の業務を受託」) is a technical service; a part of a maker\'s product supplied by another (「Bが発売する…の部品は、Aが供給する」) a supply; a region before a partner\'s name (「Aと欧州Bの合弁会社」)',
    text: '日立造船は、東京ガスが横浜市で運転する水素製造設備について、運転管理と保守の業務を5年間受託した。トヨタ自動車が来年発売する新型EVのインバーターは、デンソーが供給する。日本製鉄と欧州アルセロール・ミッタルの合弁会社は新ラインを稼働させた。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Kanadevia', 'Tokyo Gas'], type: 'technical_service' },
      { parties: ['Denso', 'Toyota'], type: 'supply', roles: { supplier: ['Denso'], customer: ['Toyota'] } },
      { parties: ['Nippon Steel', 'ArcelorMittal'], type: 'joint_venture' },
    ],
  },
  {
    name: 'a venture run with a partner (「Bと X を折半出資で運営」, 「Bと X を、Cと Y を、それぞれ…」) is a joint venture with B (and one with C), X the venture, no party',
    text: 'トヨタ自動車は、第一汽車と一汽トヨタを、広州汽車集団と広汽トヨタを、それぞれ折半出資で運営している。日産自動車は東風汽車集団と東風日産を折半出資で運営する。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Toyota', 'FAW'], type: 'joint_venture' },
      { parties: ['Toyota', 'GAC'], type: 'joint_venture' },
      { parties: ['Nissan', 'Dongfeng Motor'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toyota', 'FAW', 'GAC'] }, { parties: ['Nissan', '東風日産'] }],
  },
  {
    name: 'a deal of the parties\' own ended with a time between its noun and the verb (「…との共同開発契約を昨年打ち切った」), or a basic agreement ended (「基本合意を解消し」), was signed and stays; a decision carried over (「最終判断を来年に持ち越した」) is none; a clause before 「のを前に、」 is apart',
    text: 'デンソーとの車載半導体の共同開発契約を昨年打ち切った独ボッシュは、新たな提携先を探している。トヨタ自動車とマツダは、合弁会社設立に関する基本合意を解消し、業務提携に切り替える。住友ゴム工業は、米テスラ向けのタイヤ供給に関する最終判断を来年に持ち越した。中国の比亜迪が欧州工場を稼働させるのを前に、マツダはパナソニック エナジーと電池の調達契約を結んだ。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Denso', 'Bosch'], type: 'co_development' },
      { parties: ['Toyota', 'Mazda'], type: 'mou' },
      { parties: ['Mazda', 'Panasonic Energy'], type: 'supply' },
    ],
    reject: [{ parties: ['Sumitomo Rubber', 'Tesla'] }, { parties: ['BYD', 'Panasonic Energy'] }],
  },
  {
    name: 'an investor and a kind of company with its comma before the investee (「Aが35%を出資する英国の蓄電池事業者、B」) is an investment',
    text: '関西電力が20%を出資する米国の蓄電池スタートアップ、アクメ・ストレージは、テキサス州で蓄電所を稼働させた。',
    referenceDate: '2024-06-30',
    expect: [{ parties: ['Kansai Electric Power', 'アクメ・ストレージ'], type: 'investment' }],
  },
  {
    name: 'objects of one verb each with a date of its own (「19年にA、21年にはBを買収」: a gapped list) are a deal each with the subject, never one of A and B; a note between them does not break the list; partners too (a joint venture each); an undated list of partners stays one venture',
    text: '日本電産は19年に米エンブラコ（コンプレッサー大手）、21年には三菱重工工作機械を買収した。トヨタ自動車は2020年にパナソニック、2021年にはデンソーと合弁会社を設立した。日産自動車はルノー、三菱自動車と合弁会社を設立した。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Nidec', 'エンブラコ'], type: 'acquisition' },
      { parties: ['Nidec', '三菱重工工作機械'], type: 'acquisition' },
      { parties: ['Toyota', 'Panasonic'], type: 'joint_venture' },
      { parties: ['Toyota', 'Denso'], type: 'joint_venture' },
      { parties: ['Nissan', 'Renault', 'Mitsubishi Motors'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['エンブラコ', '三菱重工工作機械'] }, { parties: ['Toyota', 'Panasonic', 'Denso'] }],
  },
  {
    name: 'two owners putting money in together with no investee named (「AとBが50%ずつ出資する」「AとBが共同出資して建設した」) are a joint venture; with an investee named (「AとBが共同でCに出資」) they are not',
    text: '水素トラックの新会社が発足した。仏ルノーと米プラグパワーが50%ずつ出資する。精錬工場は、住友金属鉱山と華友コバルトが共同出資して建設した。トヨタ自動車と日産自動車が共同でアクメ・テクノロジーズに出資する。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Renault', 'Plug Power'], type: 'joint_venture' },
      { parties: ['Sumitomo Metal Mining', 'Huayou Cobalt'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toyota', 'Nissan'], type: 'joint_venture' }],
  },
  {
    name: 'a holding bought with its holder told first (「Bが保有していたCの株式約24%を、Aが…買い取った」) is a deal of the buyer and the seller; the customers named in a sentence of their own (「供給先はAとBで」) are the customers of the subject',
    text: 'カナダのニュートリエンが保有していたアクメ・リチウムの株式約24%を、中国の天斉リチウムが41億ドルで買い取った。\n\n恩捷新材料科技は、日本企業2社とセパレーターの供給契約を結んだ。供給先はトヨタ自動車とパナソニック エナジーで、2026年から納入する。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Tianqi Lithium', 'Nutrien'], type: 'acquisition', roles: { buyer: ['Tianqi Lithium'], seller: ['Nutrien'] } },
      { parties: ['恩捷新材料科技', 'Toyota'], type: 'supply', roles: { supplier: ['恩捷新材料科技'], customer: ['Toyota'] } },
      { parties: ['恩捷新材料科技', 'Panasonic Energy'], type: 'supply' },
    ],
    reject: [{ parties: ['Tianqi Lithium', 'アクメ・リチウム'] }],
  },
  {
    name: 'a headline\'s first name and its comma are its topic, not the first of a list (「A、BとCに…供給」: two supplies); a list that is itself the subject stays one (「A、B、Cの3社は…合意」)',
    text: 'SKアイイーテクノロジー、トヨタ自動車とマツダに湿式セパレーター供給\n\nデンソー、アイシン、ジェイテクトの3社は共同開発で合意した。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['SK IE Technology', 'Toyota'], type: 'supply', roles: { supplier: ['SK IE Technology'], customer: ['Toyota'] } },
      { parties: ['SK IE Technology', 'Mazda'], type: 'supply' },
      { parties: ['Denso', 'Aisin', 'JTEKT'], type: 'co_development' },
    ],
    reject: [{ parties: ['SK IE Technology', 'Toyota', 'Mazda'] }],
  },
  {
    name: 'a headline\'s clauses end with a deal noun before 「、」 and a subject of their own (「AとBが共同生産、CはDに出資」), or before a space (「…と共同開発契約　Eとの協業に続き」)',
    text: 'パワー半導体で提携加速　ロームと東芝が共同生産、デンソーは米コヒレントに出資\n\nトヨタ、正極材で住友金属鉱山と共同開発契約　出光との協業に続き材料網固める',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Denso', 'Coherent'], type: 'investment' },
      { parties: ['Toyota', 'Sumitomo Metal Mining'], type: 'co_development' },
    ],
    reject: [{ parties: ['Rohm', 'Coherent'] }, { parties: ['Toshiba', 'Coherent'] }, { parties: ['Toyota', 'Sumitomo Metal Mining', 'Idemitsu Kosan'] }],
  },
  {
    name: 'an investment decided told before its company (「Aが…の出資を決めた…企業、B」); goods of A\'s taken up by B (「Aが生産する…について、B、C、Dが採用を決め」); a short form of a 高科 name (国軒高科 → 国軒) with 同社; a kind of company, a comma and its name (「…開発会社、フロンティア・リチウムと」); a chemical before リチウム is no name',
    text: 'トヨタ自動車が約4億ドルの出資を決めた中国の自動運転開発企業、小馬智行は、試験運行を拡大する。\n\n戸田工業が生産する前駆体について、LGエナジーソリューション、SKオン、サムスンSDIが採用を決めた。\n\nインドのタタ・オートコンプ・システムズが、電池パック事業に乗り出す。中国の国軒高科と合弁会社を設立することで、同社は9日に国軒と合意した。\n\n兼松は、カナダのリチウム開発会社、フロンティア・リチウムと精鉱の引き取りに関する覚書を締結した。ステラケミファは、広州天賜高新材料に六フッ化リン酸リチウムの製造技術をライセンス供与する契約を結んだ。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Toyota', 'Pony.ai'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Pony.ai'] } },
      { parties: ['Toda Kogyo', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['Toda Kogyo'], customer: ['LG Energy Solution'] } },
      { parties: ['Toda Kogyo', 'SK On'], type: 'supply' },
      { parties: ['Toda Kogyo', 'Samsung SDI'], type: 'supply' },
      { parties: ['タタ・オートコンプ・システムズ', 'Gotion High-Tech'], type: 'joint_venture' },
      { parties: ['Kanematsu', 'フロンティア・リチウム'], type: 'mou' },
      { parties: ['Stella Chemifa', 'Tinci Materials'], type: 'licensing' },
    ],
    reject: [{ parties: ['LG Energy Solution', 'SK On', 'Samsung SDI'] }, { parties: ['Stella Chemifa', '六フッ化リン酸リチウム'] }],
  },
  {
    name: 'customers named after a country or a kind (「納入先はタイのXとインドのYで」「新たな納入先は独建機大手のZで」); goods of B\'s used in A\'s new models (passive); a technology licensed in the passive; engineering for a client\'s planned plant; 供給不安 is no supply',
    text: '中国の湖南裕能新能源電池材料は、正極材の受注を獲得した。納入先はタイのアルンプラスとインドのアマラ・ラジャで、2026年から出荷する。\n\nホンダが中国で発売する新型EVには、瑞浦蘭鈞能源製の電池が使われる。東芝が開発した負極の製造技術が、ブラジルのCBMMに供与されることになった。千代田化工建設は、豪フォーテスキューがノルウェーで計画する水素プラントの基本設計（FEED）業務を受注した。\n\n米アルベマールの減産で供給不安が広がるなか、伊藤忠商事はチリのSQMと調達契約を結んだ。米テスラのギガキャストに対抗するため、リョービは芝浦機械から大型ダイカストマシンを導入する契約を結んだ。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Hunan Yuneng', 'アルンプラス'], type: 'supply', roles: { supplier: ['Hunan Yuneng'], customer: ['アルンプラス'] } },
      { parties: ['Hunan Yuneng', 'Amara Raja Energy & Mobility'], type: 'supply' },
      { parties: ['Honda', 'REPT Battero'], type: 'supply', roles: { supplier: ['REPT Battero'], customer: ['Honda'] } },
      { parties: ['Toshiba', 'CBMM'], type: 'licensing', roles: { licensor: ['Toshiba'], licensee: ['CBMM'] } },
      { parties: ['Chiyoda Corporation', 'Fortescue'], type: 'technical_service' },
      { parties: ['Itochu', 'SQM'], type: 'supply' },
    ],
    reject: [{ parties: ['Itochu', 'Albemarle'] }, { parties: ['Ryobi', 'Tesla'] }],
  },
  {
    name: 'a partner an analyst thinks possible (「…と組む可能性があるとみている」) is no deal',
    text: 'アナリストは、ダイハツ工業がEV電池の調達でパナソニック エナジーかGSユアサと組む可能性があるとみている。',
    referenceDate: '2024-06-30',
    expect: [],
    reject: [{ parties: ['Daihatsu', 'GS Yuasa'] }, { parties: ['Panasonic Energy', 'GS Yuasa'] }],
  },
  {
    name: 'the buyer of the sale the passage is about, named in a sentence of its own (「売却先はXである」): the subject sells to X',
    text: '三菱ケミカルグループは、負極材事業を米国の投資ファンドに売却すると発表した。売却先はアドベント・インターナショナルである。',
    referenceDate: '2024-06-30',
    expect: [{ parties: ['Mitsubishi Chemical Group', 'アドベント・インターナショナル'], type: 'acquisition', roles: { seller: ['Mitsubishi Chemical Group'], buyer: ['アドベント・インターナショナル'] } }],
  },
  {
    name: 'goods a maker named in a relative clause makes, bought under a contract (「Aは、米Bが…で生産する…について、…引き取るオフテイク契約を締結」); money put into a company named first (「Bに、Aが約30億円を投じる」); a stake bought told before the buyer (「B株を買い増したA」); something bought from its owner told before the buyer (「Bから…を買い取ったA」)',
    text: '明和産業は、米スタンダード・リチウムがアーカンソー州で生産する炭酸リチウムについて、年間最大8000トンを引き取るオフテイク契約を締結した。米新興のゼータ・エナジーに、デンカが約30億円を投じる。アサー・エナジー株を買い増したヒーロー・モトコープの持ち分は41%に上がった。米グッドイヤーから「ダンロップ」商標権を買い取った住友ゴム工業は、販売を強化する。',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Meiwa Corporation', 'Standard Lithium'], type: 'supply', roles: { customer: ['Meiwa Corporation'], supplier: ['Standard Lithium'] } },
      { parties: ['Denka', 'Zeta Energy'], type: 'investment', roles: { investor: ['Denka'], investee: ['Zeta Energy'] } },
      { parties: ['Hero MotoCorp', 'アサー・エナジー'], type: 'investment' },
      { parties: ['Sumitomo Rubber Industries', 'Goodyear'], type: 'acquisition', roles: { buyer: ['Sumitomo Rubber Industries'], seller: ['Goodyear'] } },
    ],
  },
];

export const en: AgreementCase[] = [
  {
    name: 'a contractor "has been hired to design … for" a client is a technical service; a share "interest" bought from its holder is a purchase from it, one held a holding',
    text: 'Fluor has been hired to design and commission 20 charging hubs for Electrify America. Glencore agreed to buy a 15% interest in the Mount Holland operation from Albemarle. Toyota holds a 15% interest in Denso.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Electrify America', 'Fluor'], type: 'technical_service', roles: { client: ['Electrify America'], provider: ['Fluor'] } },
      { parties: ['Glencore', 'Albemarle'], type: 'acquisition' },
      { parties: ['Toyota', 'Denso'], type: 'investment' },
    ],
  },
  {
    name: 'a takeover completed "giving the miner full control" is still the takeover of the company named; a venture "launched" as a 50:50 company',
    text: 'Glencore completed its takeover of Umicore on Wednesday, giving the miner full control of the refinery. Bosch and Denso launched a 50:50 company on Thursday to make sensors.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Glencore', 'Umicore'], type: 'acquisition' },
      { parties: ['Bosch', 'Denso'], type: 'joint_venture' },
    ],
  },
  {
    name: 'a partner named to describe the next company ("Nissan\'s alliance partner Renault", "Volkswagen\'s Chinese partner SAIC") is no party of its deal',
    text: "Nissan's alliance partner Renault already buys cells from LG Chem. Volkswagen's Chinese partner SAIC signed a supply deal with CATL.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Renault', 'LG Chem'], type: 'supply' },
      { parties: ['SAIC Motor', 'CATL'], type: 'supply' },
    ],
    reject: [{ parties: ['Nissan', 'LG Chem'] }, { parties: ['Volkswagen', 'SAIC Motor', 'CATL'] }],
  },
  {
    name: 'a table of partners (| partner | type |) with no company introducing it lists the partners of the company the document is about; "equity" alone is a holding',
    text: 'Polestar: where it stands\n\nPolestar sells sedans. Polestar builds them in China. Polestar plans an SUV.\n\n## What we count\n\n| partner | type | date |\n|---|---|---|\n| Panasonic | cell supply | 2022 |\n| Aston Martin | equity | Jun 2023 |\n',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Polestar', 'Panasonic'], type: 'supply' },
      { parties: ['Polestar', 'Aston Martin'], type: 'investment' },
    ],
  },
  {
    name: 'a pair that "will develop" something is a co-development, a brand the goods are for no party ("for Geely\'s Zeekr brand"); a trial run "jointly" a partnership',
    text: 'BYD and Bosch will develop a braking system for the Denza brand, the two companies said. Hitachi Energy and Toyota agreed to jointly trial hydrogen generators at a plant in Japan.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['BYD', 'Bosch'], type: 'co_development' },
      { parties: ['Hitachi Energy', 'Toyota'], type: 'partnership' },
    ],
    reject: [{ parties: ['BYD', 'Bosch', 'Denza'] }],
  },
  {
    name: 'the parties\' own deal paused or cancelled stays a record ("paused their joint development", "whose supply contract with B was cancelled"); "the Nordic companies" as a subject are the pair named before',
    text: 'Bosch and ZF have paused their joint development of a brake-by-wire system, two years after signing the contract. Arrival, whose supply contract with UPS was cancelled last year, is looking for buyers. Umicore and Northvolt have talked for months. On Friday the European companies signed a joint-venture agreement for a recycling plant.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Bosch', 'ZF'], type: 'co_development' },
      { parties: ['Arrival', 'UPS'], type: 'supply' },
      { parties: ['Umicore', 'Northvolt'], type: 'joint_venture' },
    ],
  },
  {
    name: 'an agreement one is "not aware of", and a purchase "not expected", are no deal',
    text: 'We are not aware of any supply agreement between BYD and CATL for the Szeged plant. BYD makes its own cells, so the plant is not expected to buy from Samsung SDI.',
    referenceDate: '2024-06-30',
    expect: [],
    reject: [{ parties: ['BYD', 'CATL'] }, { parties: ['BYD', 'Samsung SDI'] }],
  },
  {
    name: 'a price paid for a company, goods signed up for from a supplier, part of a unit sold to a buyer',
    text: "Sensata Technologies will pay $580 million in cash for Dynapower, a maker of inverters. Ampace and Highstar have signed up for copper foil from Chang Chun Group's Jiangsu plant. Brazil's Vale is selling 10% of its base-metals unit to Manara Minerals for $2.5 billion.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Sensata Technologies', 'Dynapower'], type: 'acquisition', roles: { acquirer: ['Sensata Technologies'], target: ['Dynapower'] } },
      { parties: ['Chang Chun', 'Ampace'], type: 'supply', roles: { supplier: ['Chang Chun'], customer: ['Ampace'] } },
      { parties: ['Chang Chun', 'Jiangsu Highstar Battery Manufacturing'], type: 'supply' },
      { parties: ['Vale', 'Manara Minerals'], type: 'acquisition', roles: { seller: ['Vale'], buyer: ['Manara Minerals'] } },
    ],
  },
  {
    name: 'an English sentence that gives a Chinese name in brackets is read as English ("to CATL and to EVE Energy (億緯鋰能)"); customers a company\'s customers include, and one that is also a customer of it',
    text: "BMW said it had awarded contracts worth more than 10 billion euros to CATL and to EVE Energy Co., Ltd. (億緯鋰能) for its cells. CATL already runs a plant in Arnstadt. Its European customers include BMW AG and Mercedes-Benz. Volkswagen AG is also a customer of CATL in Europe.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['BMW', 'CATL'], type: 'supply' },
      { parties: ['BMW', 'EVE Energy'], type: 'supply', roles: { customer: ['BMW'], supplier: ['EVE Energy'] } },
      { parties: ['CATL', 'Mercedes-Benz'], type: 'supply' },
      { parties: ['CATL', 'Volkswagen'], type: 'supply', roles: { supplier: ['CATL'], customer: ['Volkswagen'] } },
    ],
  },
  {
    name: 'a partner one is only open to, and "nothing had been agreed", are no deal; a backer "among its investors" is an investor',
    text: "BMW's chief executive said the carmaker remained open to working with Toyota on solid-state batteries, but stressed that nothing had been agreed. Natron Energy, which counts Chevron among its investors, said it would cease operations.",
    referenceDate: '2024-06-30',
    expect: [{ parties: ['Chevron', 'Natron Energy'], type: 'investment', roles: { investor: ['Chevron'], investee: ['Natron Energy'] } }],
    reject: [{ parties: ['BMW', 'Toyota'] }],
  },
  {
    name: 'a backer written before the name it describes ("Stellantis-backed Lyten") is an investor of it and no party of its deals',
    text: "Stellantis-backed Lyten said on Thursday it had completed the purchase of Northvolt's energy-storage plant in Gdansk.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Lyten', 'Northvolt'], type: 'acquisition' },
      { parties: ['Stellantis', 'Lyten'], type: 'investment' },
    ],
    reject: [{ parties: ['Stellantis', 'Northvolt'] }],
  },
  {
    name: 'contracts awarded to suppliers ("has awarded contracts worth … to A and B") are supplies of each; grants awarded by a government are not',
    text: 'BMW has awarded contracts worth more than 10 billion euros to CATL and EVE Energy for its Neue Klasse. The government awarded grants to Panasonic and Toyota.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['BMW', 'CATL'], type: 'supply', roles: { customer: ['BMW'], supplier: ['CATL'] } },
      { parties: ['BMW', 'EVE Energy'], type: 'supply' },
    ],
    reject: [{ parties: ['Panasonic', 'Toyota'] }],
  },
  {
    name: 'a business run jointly with B; engineering carried out for B\'s plant; a manufacturing agreement ended was signed (a supply)',
    text: "Nio said its battery-swap network, part of which it runs jointly with Sinopec, passed 3,000 sites. Wood Group will carry out front-end engineering design for Lhyfe's 100 MW electrolysis plant. Fisker terminated its manufacturing agreement with Magna Steyr after filing for bankruptcy.",
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['NIO', 'Sinopec'], type: 'partnership' },
      { parties: ['John Wood Group', 'Lhyfe'], type: 'technical_service', roles: { provider: ['John Wood Group'], client: ['Lhyfe'] } },
      { parties: ['Fisker', 'Magna Steyr'], type: 'supply' },
    ],
  },
  {
    name: 'a business or a holding bought from its owner named in the possessive ("acquired Northvolt\'s Cuberg operation", "to acquire Northvolt\'s 50% holding in NOVO Energy"): buyer and seller, the business no party',
    text: "Lyten acquired Northvolt's Cuberg lithium-metal battery operation in California in November 2024. On January 29, 2025 Volvo Car Corporation signed a share purchase agreement to acquire Northvolt's 50% holding in NOVO Energy AB, their joint venture.",
    referenceDate: '2025-06-30',
    expect: [
      { parties: ['Lyten', 'Northvolt'], type: 'acquisition', roles: { buyer: ['Lyten'], seller: ['Northvolt'] } },
      { parties: ['Volvo Cars', 'Northvolt'], type: 'acquisition', roles: { buyer: ['Volvo Cars'], seller: ['Northvolt'] } },
    ],
    reject: [{ parties: ['Lyten', 'Cuberg'] }],
  },
  {
    name: 'a company of equal owners ("as a 50:50 company owned by A and B", "the company that A, B and C each own a third of", "was set up by A, B and C") is their joint venture; one owner is not',
    text: 'Voltmotive Powertrain started life in May 2024 as a 50:50 company owned by Renault Group and Zhejiang Geely Holding. Chargeway, the truck-charging company that Daimler Truck, Traton Group and Volvo Group each own a third of, opened its first site. Gujarat Cell Works was set up by Suzuki Motor, Toshiba and Denso to make battery packs. Acme Cells was set up by Toshiba in 2010.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Renault', 'Geely Holding'], type: 'joint_venture' },
      { parties: ['Daimler Truck', 'Traton', 'Volvo Group'], type: 'joint_venture' },
      { parties: ['Suzuki', 'Toshiba', 'Denso'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Toshiba', 'Acme Cells'] }],
  },
  {
    name: 'shares of itself sold to an investor, a company that became a subsidiary, an investor added as a shareholder, royalties paid for a licence, goods bought in the passive, suppliers in apposition and buyers named in a sentence of their own',
    text: 'Plug Power sold about 10% of its shares to South Korea\'s SK Inc. for $1.6 billion. Axial-flux motor maker YASA became a wholly owned subsidiary of Mercedes-Benz Group in 2021. Nth Cycle, a Boston recycler, has added Japanese trading house Marubeni as a shareholder. SK ecoplant will pay royalties to Ascend Elements for the right to use its process. Up to 70,000 tonnes of hydrogen a year will be bought by TotalEnergies from Air Products under a 15-year agreement. Panasonic Energy and LG Energy Solution, the two cell suppliers to Lucid Group, cut output.\n\nAltris has struck its first deals to sell cathode material. The buyers are Northvolt and Stellantis, the start-up said.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['SK', 'Plug Power'], type: 'investment', roles: { investor: ['SK'], investee: ['Plug Power'] } },
      { parties: ['Mercedes-Benz', 'YASA'], type: 'acquisition', roles: { acquirer: ['Mercedes-Benz'], target: ['YASA'] } },
      { parties: ['Marubeni', 'Nth Cycle'], type: 'investment' },
      { parties: ['SK ecoplant', 'Ascend Elements'], type: 'licensing', roles: { licensee: ['SK ecoplant'], licensor: ['Ascend Elements'] } },
      { parties: ['Air Products', 'TotalEnergies'], type: 'supply', roles: { supplier: ['Air Products'], customer: ['TotalEnergies'] } },
      { parties: ['Panasonic Energy', 'Lucid'], type: 'supply' },
      { parties: ['LG Energy Solution', 'Lucid'], type: 'supply' },
      { parties: ['Altris', 'Northvolt'], type: 'supply' },
      { parties: ['Altris', 'Stellantis'], type: 'supply' },
    ],
  },
  {
    name: 'goods made by A installed by B (passive), customers a plant has, a company secured in a takeover; the occupant of a site in a relative clause ("at a factory that Nissan vacated") is no party',
    text: 'High-power chargers made by Alpitronic will be installed by Ionity and Fastned under framework agreements. BTR New Material Group\'s new anode plant in Indonesia has two anchor customers, Samsung SDI and Panasonic Energy. For £100 million, Reliance Industries secured Faradion, the British battery developer, in a takeover agreed in 2021. Chery signed a joint-venture agreement with Ebro EV Motors to build cars in Barcelona, at a factory that Nissan vacated in 2021.',
    referenceDate: '2024-06-30',
    expect: [
      { parties: ['Alpitronic', 'Ionity'], type: 'supply', roles: { supplier: ['Alpitronic'], customer: ['Ionity'] } },
      { parties: ['Alpitronic', 'Fastned'], type: 'supply' },
      { parties: ['BTR New Material', 'Samsung SDI'], type: 'supply', roles: { supplier: ['BTR New Material'], customer: ['Samsung SDI'] } },
      { parties: ['BTR New Material', 'Panasonic Energy'], type: 'supply' },
      { parties: ['Reliance Industries', 'Faradion'], type: 'acquisition' },
      { parties: ['Chery', 'Ebro EV Motors'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Samsung SDI', 'Panasonic Energy'] }, { parties: ['Chery', 'Ebro EV Motors', 'Nissan'] }],
  },
];
