/**
 * Units of a clause: each atom with what belongs to it (社, a bracketed alias or note), its
 * grammatical role, its coordination with the next unit, and the reasons it may not be a
 * party (an example in a list, a parent named only to describe a company, the JV company
 * itself, a parent named inside a note).
 *
 * Japanese roles come from the particle after the name (は/が → subject, と/との → partner,
 * に/を/から → target, の → possessive); coordinated names (AとBは, A、B、C) take the role of
 * the last member. English roles (units-en.ts): "with/between/alongside" before the list → partner.
 */
import type { Lang } from '../../text/types.ts';
import type { Atom, Unit } from './model.ts';
import { JA_COUNTRY_PREFIX, JA_KIND_AND_COMMA, JA_OWNERS_COMPANY_BETWEEN } from './vocabulary-compile.ts';
import type { MarkerLists } from './vocabulary.ts';
import { assignEnglishRoles } from './units-en.ts';
import { isLatinLetter } from '../../text/chars.ts';
import { closeBracket, countedMembers, OPEN } from './brackets.ts';

const HONORIFIC = /^(?:様|殿|さん|氏)/;
const LIST_THEN_PARTICLE = /^(?:と|に|を|は|が|も|から|へ)/;
const JA_PARTNER = /^(?:との|とは|とも|とで|と共同|と共に|とともに|と一緒)/;
/** 「Bとともに」「Bと一緒に」: B acts with the subject (a co-actor), never the one acted on. */
const JA_TOGETHER = /^と(?:とも|共)に|^と一緒に/;
const JA_COUNTRY_GAP = new RegExp(`^(?:${JA_COUNTRY_PREFIX})$`);
const JA_SITE_BUILT = /^が[^、。\uE000-\uF8FF]{0,20}?(?:(?:建設|新設|建て|設け)(?:した|する|している|中の|た|る)[^、。\uE000-\uF8FF]{0,8}?(?:工場|拠点|施設|プラント|蓄電池|蓄電所|発電所|設備)|(?:投入|発売|量産|生産)(?:する|した|予定の)[^、。\uE000-\uF8FF]{0,12}?(?:車|EV|車種|モデル|車両|トラック|バス))(?:に(?!は)|向け|について|への)/;
const JA_SUBJECT = /^(?:の(?:[2-9二三四五六七八九]|両)社(?=[はが]))?(?:は|が|も|では|でも)/; // (also after a list's count: 「A、B、Cの3社が出資し」)
/** Only a bullet before the name on its line: 「・ホンダ：LGと合弁」 is a list of what each company did, the name its subject. */
const JA_LINE_LEAD = /(?:^|\n)[ \t\u3000]*(?:[・●■◆◇○\-*•][ \t\u3000]*)?$/;
const JA_TARGET = /^(?:には|にも|に対し|に|を|から|へ|より|向け)/;
/** After a company: a named holder's share of it (「のノースボルト保有分」「の日産の持ち分」), a placeholder for the holder. */
const JA_HOLDERS_SHARE_AFTER = /^の[^、。はがをに]{1,20}?(?:の)?(?:保有分|持ち分|持分|保有株)(?=[^、。]{0,10}?を(?:全て|すべて)?(?:取得|買収|買い取|買い増|譲り受))/;
/** After a company that is no party: a competitor named for comparison (「Bを上回る」), or one set aside (「AではなくBを選んだ」). */
const JA_COMPETITOR_AFTER = /^(?:に(?:大きく)?(?:水をあけられ|差をつけられ|後れを取)|と(?:は)?競(?:っ|い合|合)|向け[^、。]{0,12}?を巡(?:って|り)|との[^、。]{0,6}?(?:競争|競合|争奪戦|争い|競り合い)|の[^、。]{1,12}?に対抗|(?:や[^、。]{1,20}?)?と[^、。]{0,16}?を競(?:う|い|っ)|に競り勝|を抑え|を退け|を破っ|を破り|に対抗|に対して優位|と競合|と競争|と競い|を上回|を下回|に比べ|と比べ|と比較|を追い|に追いつ|を抜|と(?:は)?異なり|と(?:は)?違い|と(?:は)?違って|とは対照的|と同様(?:に|、)|と同じく|ではなく|でなく)/;
/** A region between a parent and its descriptor: 「VWの中国子会社」「ホンダのカナダ法人」. */
const JA_REGION = /^(?:中国|米国|北米|欧州|カナダ|ドイツ|日本|韓国|インド|タイ|海外|現地)/;
// (「ホンダ以外にも日産などに」: besides A, also B: both take B's particle)
const JA_COORD = new RegExp(`^(?:、(?:さらに|そして)(?:は)?|、[\u4E00-\u9FFF\u30A0-\u30FF]{1,6}では|、|,|及び|および|並びに|・|\\/|と|以外にも|以外に、?|のほか、?|に加え(?:て)?、?)\\s*(?:${JA_COUNTRY_PREFIX})?`);
/** The whole gap between two members is a coordination (a country prefix only when the next name does not begin with it: 「、伊藤忠商事」「、中部電力」). */
const JA_COORD_GAP = new RegExp(`${JA_COORD.source}$`);
/** A date a gapped list member opens with: 「22年2月に」「2023年には」「同年、」 (no day of the week, no range). */
const JA_LIST_DATE = String.raw`(?:(?:\d{2,4}|同|翌)年度?(?:(?:\d{1,2}|同|翌)月)?(?:\d{1,2}日)?|(?:\d{1,2}|同|翌)月(?:\d{1,2}日)?)(?:に|には|にも)、?`;
const JA_DATED_BEFORE = new RegExp(`${JA_LIST_DATE}(?:${JA_COUNTRY_PREFIX})?$`);
/** After a member: the comma, the next one's date, and a country or a kind of company before its name (「、23年2月にはイタリアの工作機械メーカー、」). */
const JA_DATED_NEXT = new RegExp(`^、${JA_LIST_DATE}(?:(?:${JA_COUNTRY_PREFIX})|[^、。はがをにとで「」]{0,16}?(?:メーカー|大手|会社|企業)(?:の|、))?$`);

/**
 * Whether the unit [start, …) whose particle would be at `p` is a member of a gapped list of
 * dated objects, the next member starting at `next`: it opens with a date
 * (「22年2月にOKK、23年2月にはPAMAを傘下に収めた」), and so does the next one.
 */
function isDatedListMember(text: string, start: number, p: number, next: number): boolean {
  return text.charCodeAt(p) === 0x3001 && next - p <= 40 && JA_DATED_NEXT.test(text.slice(p, next)) && JA_DATED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** Does a line without 。 open at `start` (nothing but marks before it on its line)? */
function isHeadlineOpening(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!/^[\s■●◆・【「]*$/.test(text.slice(lineStart, start))) return false;
  const lineEnd = text.indexOf('\n', start);
  return !text.slice(start, lineEnd < 0 ? Math.max(end, start) : lineEnd).includes('。');
}

function startsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.startsWith(w)) return w;
  return null;
}

function endsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.endsWith(w)) return w;
  return null;
}

// (a former or present name in brackets: 「フォルヴィア（旧フォルシア）」)
const FORMER_NAME = /^(?:旧|現|旧社名|旧称|現社名|formerly|former)[:：・ ]?\s?$/;

/**
 * Build the units of the clause [start, end). `atoms` are the document atoms inside it, in
 * order.
 */
export function buildUnits(text: string, start: number, end: number, lang: Lang, atoms: readonly Atom[], markers: { ja: MarkerLists; en: MarkerLists }): Unit[] {
  const units: Unit[] = [];
  let noteUntil = -1;
  let aliasUntil = -1;
  const lastMemberEnd = new Map<number, number>();
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (atom.start < aliasUntil) continue;
    const inNote = atom.start < noteUntil;
    let nameEnd = atom.end;
    if (atom.kind === 'company' && text[nameEnd] === '社' && lang !== 'en') nameEnd++;
    let unitEnd = nameEnd;
    let alias = false;
    let p = nameEnd;
    while (p < end && (text[p] === ' ' || text[p] === '\n')) p++; // a wrapped table cell: "X\n(alias)"
    if (p < end && OPEN.includes(text[p]!) && text[p] !== '「' && text[p] !== '『') {
      const close = closeBracket(text, p, end);
      if (close > 0) {
        let cs = p + 1;
        let ce = close - 1;
        while (cs < ce && text[cs] === ' ') cs++;
        while (ce > cs && text[ce - 1] === ' ') ce--;
        const next = atoms[i + 1];
        const isAlias = next !== undefined && (next.start === cs || (next.start > cs && FORMER_NAME.test(text.slice(cs, next.start)))) && (next.end === ce || (next.end === ce - 1 && text[ce - 1] === '社'));
        // (「電池メーカー3社（マクセル、エナックス、エリーパワー）と」: the count's bracket lists its members, who take the particle after it; the count itself is no unit of its own)
        const members = !isAlias && !inNote && atom.kind === 'anaphor' && atom.anaphor!.kind === 'group' ? countedMembers(text, atoms, i + 1, cs, ce) : 0;
        if (members > 0) {
          lastMemberEnd.set(i + members, close);
          continue;
        }
        if (isAlias) {
          aliasUntil = close;
          alias = true;
        }
        else if (!inNote) noteUntil = close;
        unitEnd = close;
      }
    }
    units.push({ atom, start: atom.start, end: lastMemberEnd.get(i) ?? unitEnd, nameEnd, alias, role: 'other', coordNext: false, inNote, excluded: null, consumed: false });
  }
  if (lang === 'en') assignEnglishRoles(text, start, units, markers.en);
  else {
    assignJapaneseRoles(text, end, units, markers.ja);
    markRelativeClauses(text, start, units);
  }
  return units;
}

function assignJapaneseRoles(text: string, end: number, units: Unit[], m: MarkerLists): void {
  // Pass 1: the particle after each unit.
  const exampleEnd: boolean[] = [];
  const exampleLink: boolean[] = [];
  // units named as a company's own (「ルノーのEV新会社アンペア」): an existing company, no JV being formed
  let ownedUnit = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    let p = u.end;
    while (p < end && (text[p] === ' ' || text[p] === '　')) p++;
    // (a unit's letters glued after a Japanese name: 「SKシルトロンCSSから」)
    const glued = /^[A-Z]{2,5}(?=[をにがはのとからへも])/.exec(text.slice(p, p + 6));
    if (glued && !isLatinLetter(text.charCodeAt(u.end - 1))) p += glued[0].length;
    if (text[p] === '」' && text[u.start - 1] === '「') p++; // (a quoted name takes the particle after the quote: 「メーカー「エボイ」を買収」)
    let after = text.slice(p, Math.min(end, p + 16));
    // "SUBARU株を取得", 「日立Astemoの株式をホンダに売却」: the shares of the company; the particle after 株 tells the role
    // (and a share of them: 「LG-HY BCMの株式25%を」; all of them: 「UDトラックスの全株式を」; a holding: 「Xの持ち分を」)
    const shares = /^(?:の(?=(?:保有|全|発行済み?)?(?:株式|持ち?分)))?(?:保有|全|発行済み?)?(?:株(?:式)?|持ち?分)(?:[（(][^）)]{0,12}[）)])?(?:の?(?:約|およそ)?\d[\d.]*\s?%)?(?=[をのにはがも])/.exec(after);
    if (shares && (u.atom.kind === 'company' || u.atom.anaphor?.kind === 'single')) {
      p += shares[0].length;
      after = after.slice(shares[0].length);
      u.shares = true;
    }
    const hon = HONORIFIC.exec(after);
    if (hon) {
      p += hon[0].length;
      after = after.slice(hon[0].length);
    }
    // 「トヨタ、BMW、現代自動車の各社と」: the list, each of them, takes the particle after 各社
    const each = i > 0 && units[i - 1]!.coordNext ? /^の(?:各社|各グループ)/.exec(after) : null;
    if (each) {
      p += each[0].length;
      after = after.slice(each[0].length);
    }
    // 「AとBの2社から」「A、B、Cの3社が」「…、Dの大手商社4社は」: the count after a list (a kind between) is the list again; the list takes its particle
    if (next && next.atom.kind === 'anaphor' && next.atom.anaphor!.kind === 'group' && after.startsWith('の') && (next.start === p + 1 || JA_KIND_OF_COUNT.test(text.slice(p + 1, next.start))) && (i > 0 && units[i - 1]!.coordNext)) {
      u.coordNext = true;
      next.excluded = 'list_count';
      continue;
    }
    // A competitor named for comparison (BYDに対抗, テスラを上回る, 他社と比べ; 「提携で競うAとB」, the one after it in their list too).
    if (JA_COMPETITOR_AFTER.test(after) || /(?:競合|ライバル|競合他社)の$|(?:競う|競い合う|競り合う|しのぎを削る)$/.test(text.slice(Math.max(0, u.start - 6), u.start)) || (i > 0 && units[i - 1]!.coordNext && units[i - 1]!.excluded === 'competitor')) u.excluded ??= 'competitor';
    if (u.excluded === 'competitor') for (let k = i - 1; k >= 0 && units[k]!.coordNext; k--) units[k]!.excluded ??= 'competitor'; // (the whole list compared: 「トヨタ自動車やホンダと同様に」)
    if (JA_ADVISER_AFTER.test(after)) u.excluded ??= 'adviser'; // 「三井住友銀行が財務アドバイザーを務めた」「野村証券を財務アドバイザーに起用」「静岡銀行の仲介で」
    if (after.startsWith('の') && JA_HOLDERS_SHARE_AFTER.test(after)) u.excluded ??= 'stake_object'; // 「Hydrovoltのノースボルト保有分を取得」: the company a holder's share of is sold
    // 「同地の旧日産工場で」: a former owner naming a site is no party
    if (text[u.start - 1] === '旧' && /^(?:の)?(?:工場|拠点|本社|跡地|敷地|施設)/.test(after)) u.excluded ??= 'site_name';
    // 「子会社のウーブン・バイ・トヨタを通じて米オーロラに出資」: the channel of the parent's deal (and any company a deal goes through: 「Refireを通じて、一汽…にも基幹部品を供給」「重塑を通じ一汽…に」, the integrator; 「マルチ・スズキを通じてトヨタに」 with a company after it)
    if (JA_CHANNEL_AFTER.test(after) && (JA_OWN_SUBSIDIARY_BEFORE.test(text.slice(Math.max(0, u.start - 24), u.start)) || /^を通じ(?:て、|(?!て))/.test(after) || next?.atom.kind === 'company')) u.excluded ??= 'channel';
    // Parent named to describe the next name: アリババ傘下の斑馬智行, BPの子会社 (not the one a
    // company comes under: Bの傘下に入った, Bの子会社になる).
    const rest = (after.startsWith('の') ? after.slice(1) : after).replace(JA_REGION, '');
    const desc = startsWithAny(rest, m.parentDescriptors);
    if ((desc && !JA_BECOMES_PART_OF.test(rest.slice(desc.length))) || (next?.atom.kind === 'company' && JA_OWNERS_COMPANY_BETWEEN.test(text.slice(u.end, next.start)))) u.excluded = 'parent_descriptor';
    // (a group right before its member: 「三菱電機グループの三菱電機ビルソリューションズ」; a parent named so before what it owns: 「親会社である仏エア・リキードの技術」)
    else if ((next && next.start === p + 1 && after.startsWith('の') && text.slice(u.start, u.nameEnd).endsWith('グループ')) || (after.startsWith('の') && /親会社(?:である|の)(?:米|仏|独|英|中国の|韓国の)?$/.test(text.slice(Math.max(0, u.start - 10), u.start)))) u.excluded = 'parent_descriptor';
    // 「ルノーのEV新会社アンペア」「トヨタ系部品大手のアイシン」: a qualified descriptor right before the next name
    else if (next && !u.coordNext) {
      // (its comma or a quote may follow: 「トヨタ自動車の北米製造・技術統括会社、TEMA」「華為の車載子会社「引望」」)
      const q = JA_QUALIFIED_PARENT.exec(text.slice(p, Math.min(end, p + 32)));
      if (q && (next.start === p + q[0].length || (/[、「『]/.test(text[p + q[0].length] ?? '') && next.start === p + q[0].length + 1))) {
        u.excluded = 'parent_descriptor';
        ownedUnit = i + 1;
      }
    }
    // Example lists: AやB, AなどのB, AといったB ("AやBなどと": the listed names are themselves the partners, not examples).
    let ex = startsWithAny(after, m.exampleList);
    if (ex && ex !== 'や' && LIST_THEN_PARTICLE.test(after.slice(ex.length))) {
      after = after.slice(ex.length);
      ex = null;
    }
    exampleLink.push(ex === 'や');
    exampleEnd.push(ex !== null && ex !== 'や');
    // (a country may stand before the next name: 「米ルーシッド・グループや米ハービンジャーとも」)
    if (ex === 'や' && next && (next.start - p <= 2 || JA_COUNTRY_GAP.test(text.slice(p + 1, next.start)))) {
      u.coordNext = true;
      continue;
    }
    // 「SKアイイーテクノロジー、トヨタ自動車とマツダに…供給」: a headline's first name and its comma are its topic, not a list's first
    // (not a list that is itself the subject: 「トヨタ、デンソー、アイシンが共同出資」)
    if (i === 0 && after.startsWith('、') && units.length >= 3 && isHeadlineOpening(text, u.start, end) && !/^(?:が|は|の[2-9二三四五六七八九]社|各社)/.test(text.slice(units[units.length - 1]!.end, units[units.length - 1]!.end + 4))) {
      u.role = 'subject';
      u.topic = true;
      continue;
    }
    // 「三菱商事と中部電力、蘭エネコを買収へ」: a headline's pair joined by と before its comma is its subject
    if (i === 1 && after.startsWith('、') && units.length >= 3 && units[0]!.role === 'partner' && text.slice(units[0]!.end, u.start) === 'と' && isHeadlineOpening(text, units[0]!.start, end)) {
      Object.assign(units[0]!, { role: 'subject', topic: true, coordNext: true });
      Object.assign(u, { role: 'subject', topic: true });
      continue;
    }
    // 「<date>にA、<date>にはBを買収した」: objects of one verb, each with its date (a gapped list)
    // (the next unit outside a note: a walk, not a copy of the rest of the clause per unit)
    let listedAt = i + 1;
    while (text.charCodeAt(p) === 0x3001 && listedAt < units.length && units[listedAt]!.inNote) listedAt++;
    const listed = units[listedAt];
    if (listed && isDatedListMember(text, u.start, p, listed.start)) {
      // (the names in its note, 「OKK（現ニデックオーケーケー）、」, stand between it and the next)
      for (let k = i; units[k] !== listed; k++) units[k]!.coordNext = true;
      u.datedNext = true;
      continue;
    }
    const coord = JA_COORD.exec(after);
    // (「Bと広汽ホンダを折半出資で運営」: B is the partner, the company after it the venture)
    const ventureNext = coord !== null && next !== undefined && after.startsWith('と') && JA_RUN_AS_VENTURE.test(text.slice(next.end, Math.min(end, next.end + 60)));
    // (and 「Bと、Cに納入する」: the two goods go to)
    if (coord && next && !ventureNext && (JA_COORD_GAP.test(text.slice(p, next.start)) || (after.startsWith('と') && JA_KIND_BEFORE_NAME.test(text.slice(p + 1, next.start))) || (after.startsWith('と、') && (next.start === p + 2 || JA_COUNTRY_GAP.test(text.slice(p + 2, next.start))) && JA_SUPPLIED_TO.test(text.slice(next.end, Math.min(end, next.end + 16))))) && !next.inNote) {
      u.coordNext = true;
      continue;
    }
    // 「トヨタやデンソー、NTTを含む国内8社が…出資した」: the list names members of the group that acts
    if (JA_MEMBERS_OF_SUBJECT.test(text.slice(p, Math.min(end, p + 24)))) {
      u.role = 'subject';
      continue;
    }
    if (JA_PARTNER.test(after) || (after.startsWith('と') && !after.startsWith('として') && !after.startsWith('とする') && !after.startsWith('という'))) {
      u.role = 'partner';
      if (JA_TOGETHER.test(after)) u.together = true;
    }
    // 「(Aにとって)テスラは最大の顧客だ」: a topic that is someone's customer acts in nothing (the clause after it does not go on about it)
    else if (JA_CUSTOMER_PREDICATE.test(after)) u.role = 'other';
    // (and the company it is the customer of is the one the text goes on about)
    else if (JA_WHOSE_CUSTOMER.test(text.slice(p, Math.min(end, p + 40)))) {
      u.role = 'subject';
      u.topic = true;
    }
    // 「同社は…、セマコネクトも約2億ドルで買収した」: after the clause's topic, a last 「Xも」 is what it also
    // acts on (not 「ホンダはLGと、日産もSKと」: a second subject with a partner of its own)
    else if (after.startsWith('も') && !after.startsWith('もの') && !next && units.slice(0, i).some((w) => w.role === 'subject' && w.topic && !w.coordNext)) u.role = 'target';
    // 「(B)がインドに建設した工場に/について」「Bが27年に投入する次世代EV向けの」: B's own site or vehicle is the one served (no subject)
    else if (JA_SITE_BUILT.test(text.slice(p, Math.min(end, p + 48)))) Object.assign(u, { role: 'target', recipient: true });
    else if (JA_SUBJECT.test(after) || (/^[:：]/.test(after) && JA_LINE_LEAD.test(text.slice(Math.max(0, u.start - 8), u.start)))) {
      u.role = 'subject';
      if (!after.startsWith('が')) u.topic = true;
    }
    else if (after.startsWith('による') || after.startsWith('によって')) {
      u.role = 'other';
      u.agent = true;
    }
    // (and 「Xの北米工場向けに」: X's own site is the one supplied)
    else if (JA_TARGET.test(after) || JA_SITE_RECIPIENT.test(after)) {
      u.role = 'target';
      if (after.startsWith('向け') || after.startsWith('への') || !JA_TARGET.test(after) || JA_SUPPLIED_TO.test(after)) u.recipient = true;
    }
    // 「住友金属鉱山の野崎明社長は」: the company speaks through its officer, as its subject
    else if (JA_OFFICER_AFTER.test(text.slice(p, Math.min(end, p + 24)))) u.role = 'subject';
    // 「ゴールドマン・サックスのアナリストが…と評する」: a commentator's employer, no party
    else if (JA_ANALYST_AFTER.test(after)) u.excluded ??= 'person_descriptor';
    else if (after.startsWith('の')) u.role = 'possessive';
    // JV company itself: 合弁会社「X」, 合弁会社X.
    // (inside a bracket opened just after the word: 新会社「EVシナジーズ株式会社」)
    const lead = text.slice(Math.max(0, u.start - 20), u.start);
    const open = Math.max(lead.lastIndexOf('「'), lead.lastIndexOf('『'));
    const head = open >= 0 && !/[」』]/.test(lead.slice(open)) ? lead.slice(0, open) : lead;
    // (and 「広州汽車集団との合弁、広汽トヨタ自動車が」: the name after 合弁、 is the venture)
    const before = head.slice(-8).replace(/[「『\s、]+$/, '');
    // (not a new company another set up, 「仏ルノーが設立したEV新会社アンペアに出資」: an existing company)
    // (but a venture that is the subject of a deal of its own, 「ホンダの中国合弁、広汽本田汽車は27日、Bと…調達契約を結んだ」, is its party)
    if (ownedUnit !== i && endsWithAny(before, m.jvCompany) && !SET_UP_BY_ANOTHER.test(lead) && !(u.role === 'subject' && JA_OWN_DEAL_AFTER.test(text.slice(p, Math.min(end, p + 80))))) u.excluded ??= 'jv_company';
    // 「Bと広汽ホンダを折半出資で運営」「Bと X を、Cと Y を、それぞれ折半出資で運営」: the company run is the venture
    if (JA_RUN_AS_VENTURE.test(text.slice(p, Math.min(end, p + 60)))) u.excluded ??= 'jv_company';
  }
  // 「同社はAが75%、Bが25%を出資する合弁会社で、…」: the topic is the joint venture, no founder of it
  const first = units[0];
  if (first && first.role === 'subject' && JA_IS_A_JV.test(text.slice(first.end, Math.min(end, first.end + 100)))) first.excluded ??= 'jv_company';
  // 「日産自動車と、仏ルノー傘下のアンペアに」: a list member, then one described by its parent
  for (let i = 0; i + 2 < units.length; i++) {
    const [u, parent, owned] = [units[i]!, units[i + 1]!, units[i + 2]!];
    if (u.role === 'partner' && parent.excluded === 'parent_descriptor' && owned.role === 'target' && JA_AND_COMMA.test(text.slice(u.end, parent.start))) u.role = 'target';
  }
  // Pass 2: coordinated lists take the role of their last member; example lists are out.
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (!u.coordNext) continue;
    const next = units[i + 1]!;
    u.role = next.role;
    if (next.recipient) u.recipient = true;
    if (exampleEnd[i + 1] || (exampleLink[i] && next.role === 'subject')) exampleEnd[i] = true;
  }
  for (let i = 0; i < units.length; i++) {
    if (exampleEnd[i] || (i > 0 && units[i - 1]!.coordNext && exampleEnd[i - 1])) units[i]!.excluded ??= 'example_list';
  }
  // A member of a list whose tail is an example list: exclude the whole chain.
  for (let i = units.length - 2; i >= 0; i--) {
    if (units[i]!.coordNext && units[i + 1]!.excluded === 'example_list') units[i]!.excluded ??= 'example_list';
  }
  // (but the named members of a counted group that acts are its parties, 「AやB、Cを含む国内8社が」)
  for (let i = 0; i < units.length; i++) {
    if (!JA_MEMBERS_OF_SUBJECT.test(text.slice(units[i]!.end, Math.min(end, units[i]!.end + 24)))) continue;
    for (let k = i; k >= 0 && (k === i || units[k]!.coordNext); k--) if (units[k]!.excluded === 'example_list') units[k]!.excluded = null;
  }
  // 「パナソニックHDは13日、電池子会社のパナソニックエナジーが…と発表した」: the topic tells what its
  // subsidiary does; the subsidiary, named next by a bare descriptor, is the party, not the parent
  const [topic, own] = [units[0], units[1]];
  if (topic && own && topic.role === 'subject' && topic.topic && topic.excluded === null && own.role === 'subject' && !own.topic && own.atom.kind === 'company' && JA_OWN_SUBSIDIARY_BEFORE.test(text.slice(Math.max(topic.end, own.start - 24), own.start))) {
    topic.excluded = 'parent_descriptor';
  }
}
/** Before a new company's name: another set it up (「ルノーが設立したEV新会社」). */
const SET_UP_BY_ANOTHER = /[\uE000-\uF8FF\p{Script=Katakana}\p{Script=Han}A-Za-zー]が(?:設立|新設|立ち上げ)した[^、。]{0,8}?(?:新会社|子会社)[「『]?$/u;
/** After the last of a list: it names members of a counted group that is the subject (「…を含む国内8社が」「…など3社は」「AやB、Cの3社は」). */
// (or the agents of a backing told in passing, 「AやBが出資する英C」: each is an investor)
const JA_MEMBERS_OF_SUBJECT = /^(?:(?:(?:など|を含む|をはじめ(?:とする)?)(?:[^、。]{0,6}?)|の)(?:[2-9]|[1-9]\d|[二三四五六七八九十])社(?:が|は|も)|が(?:共同で|それぞれ)?出資(?:する|している|した)(?![^、。]{0,12}?(?:合弁|共同出資)))/;
const JA_AND_COMMA = new RegExp(`^と、(?:${JA_COUNTRY_PREFIX})?$`);
// (and a vehicle of X's that goods go into: 「いすゞ自動車の小型EVトラックにも供給される」)
// (「Xの北米の電池工場向けに」: one の inside the site's description)
const JA_SITE_RECIPIENT = /^の(?:[^、。\uE000-\uF8FFのはがを]{0,6}?(?:の[^、。\uE000-\uF8FFのはがを]{1,6}?)?(?:工場|拠点|車両|車種|EV|新車|ステーション|店舗|販売店|施設)向け|[^、。\uE000-\uF8FFのはがを]{0,8}?(?:車両|車種|EV|新車|トラック|バス|新型車|量産車)(?:に(?:も|は)?|への)(?=[^、。]{0,10}?(?:供給|納入|納め|搭載|採用)))/;
/** 「(テスラ)は最大の顧客だ」: the name before is someone's customer. */
const JA_CUSTOMER_PREDICATE = /^は、?[^、。\uE000-\uF8FF]{0,8}?(?:顧客|取引先|納入先|供給先)(?:だ|です|である|となって|にあたる)/;
/** 「(パナソニック エナジー)にとってテスラは最大の顧客だ」: the name before is the one whose customer it is. */
const JA_WHOSE_CUSTOMER = new RegExp(`^にとって、?[^、。]{0,20}?${JA_CUSTOMER_PREDICATE.source.slice(1)}`);
/** 「Bにサンプル出荷する契約」: B the one goods go to. */
const JA_SUPPLIED_TO = /^に[^、。\uE000-\uF8FF]{0,12}?(?:供給|出荷|納入|納め)/;
const JA_ADVISER_AFTER = /^(?:(?:が|は)(?:[^、。]{0,6}?)(?:アドバイザー|助言者|代理人|主幹事|幹事)(?:を務め|として)|を(?:[^、。]{0,6}?)(?:アドバイザー|助言者|代理人|主幹事|幹事)に(?:起用|任命|指名|迎え)|の(?:仲介|紹介|あっせん|橋渡し)(?:で|により|によって))/;
/** A parent before a qualified descriptor of the next name: 「ルノーのEV新会社アンペア」, 「トヨタ系部品大手のアイシン」. */
const JA_QUALIFIED_PARENT = /^(?:グループ)?(?:の(?:[^、。のはがをにとで\s（）()]|[（(][^、。（）()]{1,12}[）)]){0,20}?(?:新会社|子会社|傘下|系列|事業会社|電池会社|部品会社|統括会社|現地法人|販売会社|生産会社|関連会社|グループ会社|中核会社|商社|中核企業)(?:である|の)?|系[^、。のはがをにとで\s]{0,6}?の|で[^、。はがにと\s]{1,12}?を(?:担う|統括する))/; // (「タタ・グループで電池事業を担うアグラタス」)
const JA_OWN_DEAL_AFTER = /^は、?[^。]{0,30}?と[^。]{0,30}?(?:契約|覚書|合意書)を(?:結|締結|交わ)/; // a venture's deal with a partner, not its formation
/** A kind of company between と and the next name lists both (「一汽と客車メーカーの海格客車にも」「Aと台湾の風力開発会社B」; not 「Aと合弁会社B」). */
const JA_KIND_BEFORE_NAME = new RegExp(`^(?:(?:${JA_COUNTRY_PREFIX})?(?![^、。]{0,8}?(?:合弁|子会社|新会社|関連会社))[^、。のはがをにとで「」]{0,10}?(?:(?:メーカー|大手|会社|企業|新興|スタートアップ|ベンチャー|株主)の?|大手|最大手)|${JA_KIND_AND_COMMA})$`);
const JA_CHANNEL_AFTER = /^を(?:通じ|通し|介し)/;
const JA_KIND_OF_COUNT = /^[^、。のはがをにとで「」\s\d]{1,8}$/;
/** A subsidiary named by a bare descriptor, its parent the topic: 「電池子会社のパナソニックエナジーが」「傘下のEVメーカー、アバタールが」. */
const JA_OWN_SUBSIDIARY_BEFORE = /(?:子会社|傘下|グループ会社|事業会社)(?:の|である)(?:[^、。のはがをにとで「」]{0,12}?(?:メーカー|会社|企業)、?)?$/;
/** After a clause's topic: it is itself a joint venture (「同社は…が出資する合弁会社で、」). */
const JA_RUN_AS_VENTURE = /^を、?(?:[^。、を]{1,30}?を、)*(?:それぞれ|ともに|共に)?(?:折半出資|共同出資|合弁)で(?:運営|経営|保有|所有)/;
const JA_IS_A_JV = /^(?:は|も)、?[^。]{0,80}?(?:合弁会社|合弁企業|共同出資会社)(?:で(?:、|あ)|だ|です)/;
/** After a parent descriptor: the company comes under that parent (傘下に入った, 子会社になる, 子会社化された). */
const JA_BECOMES_PART_OF = /^(?:に(?:入|移|な|加わ)|と(?:な|し)|化され)/;
/** A commentator of the company (Xのアナリスト, Xのエコノミスト): it is no party of what they comment on. */
const JA_ANALYST_AFTER = /^の[^、。「」\p{Script=Hiragana}]{0,8}?(?:アナリスト|エコノミスト|ストラテジスト|研究員)/u;
/** An officer of the company before は/が (Xの社長は, Xの野崎明社長は, Xの担当者は). */
const JA_OFFICER_AFTER = /^の[^、。「」\p{Script=Hiragana}]{0,8}?(?:社長|会長|副社長|最高経営責任者|CEO|CFO|CTO|幹部|担当者|広報担当者|役員|首脳|トップ)(?:は|が)/u;
/** A verb ending right before a noun: the end of a Japanese relative clause. */
const JA_RELATIVE_END = /(?:[たる]|いる|ない|ている|ていた)(?:[\p{Script=Han}]{1,3}の|[米独仏英中韓台])?$/u;
// (not before a noun of modality: 「AがBに出資する可能性」「…供給する方向で」 say the act is only expected)
const JA_GA_RELATIVE = /^\s*が[^、。]{0,20}?(?:する|した|している|していた|しない)(?=[\p{Script=Han}\p{Script=Katakana}A-Za-z])(?!可能性|方向|見通し|見込み|公算|案|意向|計画|予定|考え)/u;

/**
 * Japanese relative clauses (pre-nominal modifiers) whose names are not parties of the
 * clause's own deal: the names before a topic that a verb form modifies (「ホンダとの協議が
 * 不調に終わった日産自動車は」: ホンダ), and a が-subject of a verb that modifies a plain noun
 * (「トヨタ自動車が主催する技術展示会で」: トヨタ). Their range is kept: a deal stated inside it
 * (「BMWから受注を獲得した億緯は」) still has them as parties.
 */
function markRelativeClauses(text: string, clauseStart: number, units: Unit[]): void {
  for (let i = 0; i < units.length; i++) {
    const s = units[i]!;
    if (s.role !== 'subject' || s.inNote || i === 0) continue;
    const prev = units[i - 1]!;
    if (prev.coordNext) continue;
    const gap = text.slice(prev.end, s.start);
    if (/[、。,]/.test(gap) || !JA_RELATIVE_END.test(gap)) continue;
    const comma = Math.max(text.lastIndexOf('、', units[0]!.start), clauseStart - 1);
    let from = comma + 1;
    for (let j = i - 1; j >= 0; j--) {
      const c = text.lastIndexOf('、', units[j]!.start);
      if (c >= from && c < s.start) from = c + 1;
    }
    for (let j = 0; j < i; j++) {
      const u = units[j]!;
      if (u.start >= from && !u.relative) u.relative = { start: from, end: s.start };
    }
  }
  for (const u of units) {
    if (u.relative || u.role !== 'subject') continue;
    const m = JA_GA_RELATIVE.exec(text.slice(u.end, u.end + 30));
    if (m) u.relative = { start: u.start, end: u.end + m[0].length };
  }
}

// ("Volkswagen, the biggest shareholder of Gotion": a relation noun before "of" names a party)
