/**
 * A seventh set of agreement case rows in the shapes of business news, the Japanese ones (the
 * English are in cases-news-7-en.ts; cases.ts joins them with the others): each row against a
 * defect that fresh text showed (seeds/agreements/README.md, 1.2.11).
 */
import type { AgreementExpectation, Case } from '../cases.ts';

type AgreementCase = Case<AgreementExpectation>;

export const ja: AgreementCase[] = [
  {
    name: 'a maker whose goods are the subject of a passive (「AのXが、BとCに採用された」) supplies each of them, not one deal of all three',
    text: '住友化学の正極材が、パナソニック エナジーとLGエナジーソリューションに採用された。',
    expect: [
      { parties: ['Sumitomo Chemical', 'Panasonic Energy'], type: 'supply', roles: { supplier: ['Sumitomo Chemical'], customer: ['Panasonic Energy'] } },
      { parties: ['Sumitomo Chemical', 'LG Energy Solution'], type: 'supply', roles: { supplier: ['Sumitomo Chemical'], customer: ['LG Energy Solution'] } },
    ],
    reject: [{ parties: ['Panasonic Energy', 'LG Energy Solution'] }],
  },
  {
    name: 'the subject (が, no comma) of the first sentence is whom a paragraph without a subject goes on about, not the topic of a side remark in the paragraph before (「出光は千葉県で…」)',
    text: '日産自動車が電池の調達先を広げている。\n\n2024年5月には出光興産と、固体電解質の供給で合意した。出光は千葉県で工場を建設する。\n\nさらに同年10月、住友金属鉱山と正極材の共同開発契約を結んだ。',
    expect: [
      { parties: ['Nissan', 'Idemitsu Kosan'], type: 'supply' },
      { parties: ['Nissan', 'Sumitomo Metal Mining'], type: 'co_development' },
    ],
    reject: [{ parties: ['Idemitsu Kosan', 'Sumitomo Metal Mining'] }],
  },
  {
    name: 'a right granted to the other (「特許の実施権をBに許諾する契約」) is a licence, the grantor its licensor',
    text: '旭化成は、セパレーターの製造に関する特許の実施権を中国の恩捷股份に許諾する契約を結んだ。',
    expect: [{ parties: ['Asahi Kasei', 'SEMCORP'], type: 'licensing', roles: { licensor: ['Asahi Kasei'], licensee: ['SEMCORP'] } }],
  },
  {
    name: 'guidance taken on for a client named by から (「Bから…の操業指導を請け負った」): a technical service the subject provides',
    text: '住友金属鉱山は、豪IGOから、ニッケル精製プラントの操業指導を請け負った。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'IGO'], type: 'technical_service', roles: { provider: ['Sumitomo Metal Mining'], client: ['IGO'] } }],
  },
  {
    name: 'goods the subject has another make (「…をBに生産させる契約」): B supplies the subject',
    text: 'マツダは、欧州で販売するEVを中国の長安汽車に生産させる契約を結んだ。',
    expect: [{ parties: ['Mazda', 'Changan'], type: 'supply', roles: { supplier: ['Changan'], customer: ['Mazda'] } }],
  },
  {
    name: 'a third-party allotment subscribed (「Bが実施する第三者割当増資を引き受けた」) is an investment in B',
    text: 'トヨタ自動車は、いすゞ自動車が実施する第三者割当増資を引き受けた。',
    expect: [{ parties: ['Toyota', 'Isuzu'], type: 'investment', roles: { investor: ['Toyota'], investee: ['Isuzu'] } }],
  },
  {
    name: 'all of the shares bought, with words between (「Bの全株式を現金で取得する」): an acquisition, not an investment',
    text: 'ルネサスエレクトロニクスは、英ダイアログ・セミコンダクターの全株式を現金で取得することで合意した。',
    expect: [{ parties: ['Renesas Electronics', 'ダイアログ・セミコンダクター'], type: 'acquisition' }],
  },
  {
    name: 'a group named before its parts maker (「Xグループの部品会社であるB」) is no party of the deal of B',
    text: 'トヨタグループの部品会社であるデンソーへの納入が決まったルネサスエレクトロニクスの車載半導体は、来年から量産車に搭載される。',
    expect: [{ parties: ['Renesas Electronics', 'Denso'], type: 'supply' }],
    reject: [{ parties: ['Renesas Electronics', 'Toyota'] }],
  },
  {
    name: 'a stake held, stated in passing (「AがN%の株式を持つB」) is an investment of A in B',
    text: '独BASFが約5%の株式を持つ中国の杉杉股份は、正極材の出荷を増やす。',
    expect: [{ parties: ['BASF', 'Shanshan'], type: 'investment', roles: { investor: ['BASF'], investee: ['Shanshan'] } }],
  },
  {
    name: 'a joint venture of 同社 and a named partner, in a relative clause (「工場は同社とBが共同出資する合弁会社が運営する」)',
    text: 'ホンダは米オハイオ州に電池工場を建設した。工場は同社とLGエナジーソリューションが共同出資する合弁会社が運営する。',
    expect: [{ parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' }],
  },
  {
    name: 'shares of C bought from their holder B (「BからCの株式の一部を買い取った」): a deal of buyer and seller, C no party',
    text: 'トヨタは2024年、デンソーから豊田自動織機の株式の一部を買い取った。',
    // (an acquisition of buyer and seller since 1.2.28, as a stake bought from a named holder is: RECORDS.md §4)
    expect: [{ parties: ['Toyota', 'Denso'], type: 'acquisition', roles: { buyer: ['Toyota'], seller: ['Denso'] } }],
    reject: [{ parties: ['Toyota', 'Toyota Industries'] }],
  },
  {
    name: 'goods a maker makes, supplied in a passive to a list and to a vehicle of a company (「Aが生産する電池は、Bに加え、Cの新型EVにも供給される」): A supplies each',
    text: 'パナソニック エナジーが生産する円筒形電池は、マツダに加え、スバルの新型EVにも供給される。',
    expect: [
      { parties: ['Panasonic Energy', 'Mazda'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Mazda'] } },
      { parties: ['Panasonic Energy', 'Subaru'], type: 'supply', roles: { supplier: ['Panasonic Energy'], customer: ['Subaru'] } },
    ],
    reject: [{ parties: ['Mazda', 'Subaru'] }],
  },
  {
    name: 'a deal only reported by others and denied (「…で合意したとする一部報道について「決定した事実はない」」) is no deal',
    text: 'トヨタは、パナソニックと新会社を設立することで合意したとする一部報道について「決定した事実はない」とコメントした。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a study whose terms are not settled (「具体的な提携内容は固まっていない」) is no deal',
    text: '日産とホンダは、電池の共同調達について研究を続けているが、具体的な提携内容は固まっていない。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a row of a disclosure outlining another company (「3．Wolfspeedの概要」「（6）沿革　…デンソーと資本提携し」) tells that company\'s deals, not the issuer\'s',
    text: '2023年10月10日\n\n会社名　三菱電機株式会社\n\nWolfspeed社への出資に関するお知らせ\n\n当社は本日、米国Wolfspeed, Inc.との間で出資契約を締結しました。\n\n3．Wolfspeedの概要\n（1）名称　Wolfspeed, Inc.\n（2）所在地　米国ノースカロライナ州\n（6）沿革　2022年にデンソーと資本提携し、同年に現社名へ変更\n',
    expect: [
      { parties: ['Mitsubishi Electric', 'Wolfspeed'], type: 'investment' },
      { parties: ['Wolfspeed', 'Denso'] },
    ],
    reject: [{ parties: ['Mitsubishi Electric', 'Denso'] }],
  },
  {
    name: 'partners listed with や (「米GMや米フォードとも…提携しており」) ally with the subject each; a reference to the venture told of (「今回の合弁で」) is no cue',
    text: 'ホンダは米国で、米GMや米フォードとも充電網で提携しており、今回の合弁で顧客基盤を広げる。',
    expect: [
      { parties: ['Honda', 'General Motors'], type: 'partnership' },
      { parties: ['Honda', 'Ford'], type: 'partnership' },
    ],
    reject: [{ parties: ['Honda', 'General Motors', 'Ford'] }],
  },
  {
    name: '同社 as the subject of a relative clause after the subject (「Bに出資し、…同社が実施した増資も引き受けた」) is B',
    text: '出光興産は2023年1月、豪デルタリチウムに資本参加し、同年6月には同社が実施した増資も引き受けた。',
    expect: [{ parties: ['Idemitsu Kosan', 'デルタリチウム'], type: 'investment' }],
  },
  {
    name: 'parties restated in a bracket (「同社と合弁で…設立し（出資比率はIGO60%、住友商事40%）」) do not keep 同社 from standing for the company named before',
    text: '住友商事は資源でも手を打ってきた。2019年には豪IGOの増資を引き受けた。同年10月には同社と合弁で新会社を設立し（出資比率はIGO60%、住友商事40%）、工場を建設した。',
    expect: [
      { parties: ['Sumitomo Corporation', 'IGO'], type: 'investment' },
      { parties: ['Sumitomo Corporation', 'IGO'], type: 'joint_venture' },
    ],
  },
  {
    name: 'a company that came under another (「Xの傘下に入り、」) is a clause of its own: no party of the next topic\'s deal',
    text: 'オロコブレはアルカディウム・リチウムの傘下に入り、アルカディウムはリオ・ティントによる買収に合意した。',
    expect: [{ parties: ['Rio Tinto', 'Arcadium Lithium'], type: 'acquisition' }],
    reject: [{ parties: ['Rio Tinto', 'オロコブレ'] }],
  },
  {
    name: 'founders with their shares (「AとBが80対20で出資する…の合弁会社X」) make a JV in passing; X, the topic, licenses to C',
    text: '三菱ケミカルとUBEが80対20で出資する電解液の合弁会社MUアイオニックソリューションズは、インドのネオジェン・ケミカルズに電解液の製造技術をライセンス供与した。',
    expect: [
      { parties: ['Mitsubishi Chemical', 'UBE'], type: 'joint_venture' },
      { parties: ['MU Ionic Solutions', 'ネオジェン・ケミカルズ'], type: 'licensing', roles: { licensor: ['MU Ionic Solutions'], licensee: ['ネオジェン・ケミカルズ'] } },
    ],
    reject: [{ parties: ['Mitsubishi Chemical', 'ネオジェン・ケミカルズ'] }, { parties: ['UBE', 'ネオジェン・ケミカルズ'] }],
  },
  {
    name: 'technology granted to B (「Bに対し、…の製造技術を供与する」) is a licence',
    text: '住友金属鉱山は、韓国のエコプロビーエムに対し、正極材の製造技術を供与すると発表した。',
    expect: [{ parties: ['Sumitomo Metal Mining', 'EcoPro BM'], type: 'licensing', roles: { licensor: ['Sumitomo Metal Mining'], licensee: ['EcoPro BM'] } }],
  },
  {
    name: 'an allotment subscribed in a passive (「Bが実施した第三者割当増資は、AとCによって引き受けられた」): each subscriber invests in B',
    text: 'パワーエックスが実施した第三者割当増資は、日本郵船と中国電力によって引き受けられた。',
    expect: [
      { parties: ['NYK Line', 'PowerX'], type: 'investment' },
      { parties: ['Chugoku Electric Power', 'PowerX'], type: 'investment' },
    ],
    reject: [{ parties: ['NYK Line', 'Chugoku Electric Power'] }],
  },
  {
    name: 'investors named by the investee (「Bは、AとCがそれぞれ…出資したと発表した」)',
    text: 'ヌーボー・モンド・グラファイトは、パナソニック エナジーと三井物産がそれぞれ2500万ドルを出資したと発表した。',
    expect: [
      { parties: ['Panasonic Energy', 'Nouveau Monde Graphite'], type: 'investment' },
      { parties: ['Mitsui & Co.', 'Nouveau Monde Graphite'], type: 'investment' },
    ],
  },
  {
    name: 'a plant bought from its owner (「Bから、…の工場を取得することで合意した」): an acquisition of buyer and seller',
    text: '米ライテンは、スウェーデンのノースボルトから、ポーランドの蓄電システム工場を取得することで合意した。',
    expect: [{ parties: ['Lyten', 'Northvolt'], type: 'acquisition' }],
  },
  {
    name: 'the name after 「Xとの合弁、」 is the venture; a venture 「Xとの合弁会社Y」 with no founder named is the story subject\'s (the が-subject of its first sentence)',
    text: 'ホンダが電池の調達網を組み替えている。\n\n中国では東風汽車集団との合弁、東風ホンダが新型EVを発売した。\n\nさらに2024年10月、住友金属鉱山と正極材の共同開発契約を結んだ。前年の出光との合意と合わせ、材料を押さえる。北米では、LGエナジーソリューションとの合弁会社L-Hバッテリーがホンダに電池を供給する。',
    expect: [
      { parties: ['Honda', 'Dongfeng Motor'], type: 'joint_venture' },
      { parties: ['Honda', 'Sumitomo Metal Mining'], type: 'co_development' },
      { parties: ['Honda', 'LG Energy Solution'], type: 'joint_venture' },
    ],
    reject: [{ parties: ['Dongfeng Motor', 'Dongfeng Honda'] }, { parties: ['Idemitsu Kosan', 'LG Energy Solution'] }],
  },
  {
    name: 'a maker producing what another designed (「AはBが企画した…EVを受託生産する」) supplies B',
    text: 'ホンダは、ソニーが企画した新型EVを受託生産する契約を結んだ。',
    expect: [{ parties: ['Honda', 'Sony'], type: 'supply', roles: { supplier: ['Honda'], customer: ['Sony'] } }],
  },
  {
    name: 'an order received from customers (「AとBからそれぞれ大口の注文を受けた」): the one receiving it supplies each',
    text: '古河電気工業は、車載電池用の銅箔について、パナソニックエナジーとサムスンSDIからそれぞれ大口の注文を受けた。',
    expect: [
      { parties: ['Furukawa Electric', 'Panasonic Energy'], type: 'supply', roles: { supplier: ['Furukawa Electric'], customer: ['Panasonic Energy'] } },
      { parties: ['Furukawa Electric', 'Samsung SDI'], type: 'supply', roles: { supplier: ['Furukawa Electric'], customer: ['Samsung SDI'] } },
    ],
  },
  {
    name: 'owners with their shares (「Aが80%、BとCがそれぞれ10%を出資する新会社」): one joint venture of all three',
    text: 'トヨタ自動車が80%、いすゞ自動車と日野自動車がそれぞれ10%を出資する新会社が1日に発足した。',
    expect: [{ parties: ['Toyota', 'Isuzu', 'Hino Motors'], type: 'joint_venture' }],
    reject: [{ parties: ['Isuzu', 'Hino Motors'] }],
  },
  {
    name: 'a company bought in passing, its country between (「米インテルが…買収したイスラエルのモービルアイは」)',
    text: '2017年に米インテルが約153億ドルで買収したイスラエルのモービルアイは、新しい運転支援システムを公開した。',
    expect: [{ parties: ['Intel', 'Mobileye'], type: 'acquisition' }],
  },
  {
    name: 'a new company another set up (「仏ルノーが設立したEV新会社アンペアに出資」) is an existing company: each investor invests in it',
    text: '日産自動車と三菱自動車工業は、仏ルノーが設立したEV新会社アンペアに出資することで合意した。',
    expect: [
      { parties: ['Nissan', 'Ampere'], type: 'investment' },
      { parties: ['Mitsubishi Motors', 'Ampere'], type: 'investment' },
    ],
    reject: [{ parties: ['Nissan', 'Mitsubishi Motors'] }],
  },
  {
    name: 'goods for what a customer makes, their suppliers named after (「Aが生産する…向けの電池は、BとCの2社が供給する」); production of a customer\'s product entrusted (「Aが投入するEVの生産は、…Bに委託される」)',
    text: '米テスラが上海工場で生産する「モデル3」向けの車載電池は、中国のCATLと韓国のLG化学の2社が供給する。オセアニア市場向けに三菱自動車工業が投入するEVの生産は、台湾の鴻海精密工業傘下のフォックストロンに委託される。',
    expect: [
      { parties: ['CATL', 'Tesla'], type: 'supply', roles: { supplier: ['CATL'], customer: ['Tesla'] } },
      { parties: ['LG Chem', 'Tesla'], type: 'supply', roles: { supplier: ['LG Chem'], customer: ['Tesla'] } },
      { parties: ['Foxtron', 'Mitsubishi Motors'], type: 'supply', roles: { supplier: ['Foxtron'], customer: ['Mitsubishi Motors'] } },
    ],
    reject: [{ parties: ['CATL', 'LG Chem'] }],
  },
  {
    name: 'money put into what another carves out (「米コヒレントが分離するSiC事業に5億ドルを出資」) is an investment in it; rivals in competition are none',
    text: '独インフィニオンテクノロジーズとの競争が激しさを増すなか、三菱電機は米コヒレントが分離する炭化ケイ素事業に5億ドルを出資することを決めた。',
    expect: [{ parties: ['Mitsubishi Electric', 'Coherent'], type: 'investment', roles: { investor: ['Mitsubishi Electric'], investee: ['Coherent'] } }],
    reject: [{ parties: ['Mitsubishi Electric', 'Infineon Technologies'] }],
  },
  {
    name: '同社 taken a stake in right after a new company is set up (「新会社「X」を共同で設立した。翌年には、A、Bの2社も同社に出資した」) is that company',
    text: '東京電力ホールディングスと中部電力は2019年10月、充電サービスを担う新会社「e-Mobility Power」を共同で設立した。翌年には、トヨタ自動車と日産自動車の2社も同社に出資した。',
    expect: [
      { parties: ['TEPCO', 'Chubu Electric Power'], type: 'joint_venture' },
      { parties: ['Toyota', 'e-Mobility Power'], type: 'investment' },
      { parties: ['Nissan', 'e-Mobility Power'], type: 'investment' },
    ],
    reject: [{ parties: ['Toyota', 'Chubu Electric Power'] }],
  },
  {
    name: 'two topics leading a dated report (「トヨタ自動車とNTTは10月31日、…」): later paragraphs without a subject go on about the first',
    text: 'トヨタ自動車とNTTは10月31日、AI基盤を共同で開発すると発表した。\n\nマツダとは2017年8月に資本提携で合意した。',
    expect: [
      { parties: ['Toyota', 'NTT'], type: 'co_development' },
      { parties: ['Toyota', 'Mazda'], type: 'investment' },
    ],
    reject: [{ parties: ['NTT', 'Mazda'] }],
  },
  {
    name: 'named members of a counted group that invests (「トヨタやデンソー、NTTを含む国内8社がラピダスに出資した」) and co-investors (「スズキと、ダイハツ工業もCJPTに出資した」) each invest; a company made a subsidiary in passing (「トヨタが2016年に完全子会社とした」)',
    text: 'トヨタやデンソー、NTTを含む国内8社が、ラピダス株式会社に計73億円を出資した。同年7月にはスズキと、トヨタが2016年に完全子会社としたダイハツ工業もCJPTに出資した。',
    expect: [
      { parties: ['Toyota', 'Rapidus'], type: 'investment' },
      { parties: ['Denso', 'Rapidus'], type: 'investment' },
      { parties: ['NTT', 'Rapidus'], type: 'investment' },
      { parties: ['Suzuki', 'CJPT'], type: 'investment' },
      { parties: ['Daihatsu', 'CJPT'], type: 'investment' },
      { parties: ['Toyota', 'Daihatsu'], type: 'acquisition' },
    ],
    reject: [{ parties: ['Suzuki', 'Daihatsu', 'CJPT'] }],
  },
  {
    name: 'a tie the presidents say they are not discussing (「資本提携について「現時点では議論していない」」) is no deal',
    text: '日産とホンダの両社長は資本提携について「現時点では議論していない」としている。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a joint development the three did not go as far as (「共同開発には踏み込まなかった」) is no deal',
    text: '2024年5月にはマツダ、スバルとともに電動化時代のエンジン戦略を発表したが、3社はそれぞれ独自にエンジンを開発するとし、共同開発には踏み込まなかった。',
    expect: [],
    reject: [{}],
  },
  {
    name: 'a hiragana name after a relative clause\'s verb (「トヨタ自動車が約5%を出資するいすゞ自動車は」) is found, and the stake in passing read; a judgement put off (「…かどうかの判断を先送りした」) is no deal',
    text: 'トヨタ自動車が約5%を出資するいすゞ自動車は、小型EVトラックの生産能力を2倍に引き上げる。三菱自動車工業は、日産自動車とホンダの経営統合の枠組みに合流するかどうかの判断を先送りした。',
    expect: [{ parties: ['Toyota', 'Isuzu'], type: 'investment' }],
    reject: [{ parties: ['Mitsubishi Motors', 'Nissan', 'Honda'] }],
  },
  {
    name: 'a company that came under another (「BはCの傘下に入った」): C acquires B',
    text: '英国の電池メーカー、ブリティッシュボルトは2023年、豪州のリチャージ・インダストリーズの傘下に入った。',
    expect: [{ parties: ['Britishvolt', 'Recharge Industries'], type: 'acquisition', roles: { acquirer: ['Recharge Industries'], target: ['Britishvolt'] } }],
  },
];
