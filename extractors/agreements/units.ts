/**
 * Units of a clause: each atom with what belongs to it (社, a bracketed alias or note), its
 * grammatical role, its coordination with the next unit, and the reasons it may not be a
 * party (an example in a list, a parent named only to describe a company, the JV company
 * itself, a parent named inside a note).
 *
 * Japanese roles come from the particle after the name (は/が → subject, と/との → partner,
 * に/を/から → target, の → possessive); coordinated names (AとBは, A、B、C) take the role of
 * the last member. English roles: "with/between/alongside" before the list → partner.
 */
import type { Lang } from '../../text/types.ts';
import { escapeRegex } from '../../text/regex.ts';
import type { Atom, Unit } from './model.ts';
import { JA_COUNTRY_PREFIX } from './vocabulary-compile.ts';
import type { MarkerLists } from './vocabulary.ts';

const OPEN = '([〔【「『';
const CLOSE = ')]〕】」』';

/** Index just after the bracket closing the one opened at `open`, or -1 (limit: 160 chars). */
export function closeBracket(text: string, open: number, limit: number): number {
  let depth = 0;
  const max = Math.min(limit, open + 160);
  for (let i = open; i < max; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) {
      depth--;
      if (depth === 0) return i + 1;
    } else if (c === '\n' || c === '。') return -1;
  }
  return -1;
}

const HONORIFIC = /^(?:様|殿|さん|氏)/;
const LIST_THEN_PARTICLE = /^(?:と|に|を|は|が|も|から|へ)/;
const JA_PARTNER = /^(?:との|とは|とも|とで|と共同|と共に|とともに|と一緒)/;
/** 「Bとともに」「Bと一緒に」: B acts with the subject (a co-actor), never the one acted on. */
const JA_TOGETHER = /^と(?:とも|共)に|^と一緒に/;
const JA_COUNTRY_GAP = new RegExp(`^(?:${JA_COUNTRY_PREFIX})$`);
const JA_SUBJECT = /^(?:は|が|も|では|でも)/;
/** Only a bullet before the name on its line: 「・ホンダ：LGと合弁」 is a list of what each company did, the name its subject. */
const JA_LINE_LEAD = /(?:^|\n)[ \t\u3000]*(?:[・●■◆◇○\-*•][ \t\u3000]*)?$/;
const JA_TARGET = /^(?:には|にも|に対し|に|を|から|へ|より|向け)/;
const JA_COMPETITOR_AFTER = /^(?:との[^、。]{0,6}?(?:競争|競合|争奪戦|争い|競り合い)|に競り勝|を抑え|を退け|を破っ|を破り|に対抗|に対して優位|と競合|と競争|と競い|を上回|を下回|に比べ|と比べ|と比較|を追い|に追いつ|を抜|と(?:は)?異なり|と(?:は)?違い|と(?:は)?違って|とは対照的)/;

/** A region between a parent and its descriptor: 「VWの中国子会社」「ホンダのカナダ法人」. */
const JA_REGION = /^(?:中国|米国|北米|欧州|カナダ|ドイツ|日本|韓国|インド|タイ|海外|現地)/;
// (「ホンダ以外にも日産などに」: besides A, also B: both take B's particle)
const JA_COORD = new RegExp(`^(?:、|,|及び|および|並びに|・|\\/|と|以外にも|以外に、?|のほか、?|に加え(?:て)?、?)\\s*(?:${JA_COUNTRY_PREFIX})?`);
const EN_COORD = /^(?:,?\s+and\s+to\s+|,?\s+and\s+|,?\s+as\s+well\s+as\s+|,\s+(?:together|along)\s+with\s+|,\s*|\s*\/\s*|\s+&\s+|\s+or\s+|\s+nor\s+)/;
const EN_PARTNER_BEFORE = /\b(?:with|between|alongside|and partner|partnering with|partnered with)\s+(?:(?:its|the|both|fellow|[A-Z][\w.-]*'s|[a-z]+(?:-[a-z]+)?)\s+){0,3}$/i;

function startsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.startsWith(w)) return w;
  return null;
}

function endsWithAny(s: string, words: readonly string[]): string | null {
  for (const w of words) if (s.endsWith(w)) return w;
  return null;
}

const enRegexCache = new WeakMap<MarkerLists, { example: RegExp; parentAfter: RegExp; parentBare: RegExp; parentBefore: RegExp; jv: RegExp; jvAfter: RegExp }>();

function enRegexes(m: MarkerLists) {
  let r = enRegexCache.get(m);
  if (!r) {
    const alt = (a: string[]) => a.map(escapeRegex).join('|');
    r = {
      example: new RegExp(`\\b(?:${alt(m.exampleList)})\\s*,?\\s*$`, 'i'),
      parentAfter: new RegExp(`^'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(m.parentDescriptors)})\\b`, 'i'),
      // ("the Volkswagen battery unit": no possessive, after "the" only — not "BYD's FinDreams Battery unit")
      parentBare: new RegExp(`^\\s+(?:[\\w-]+\\s+)?(?:${alt(m.parentDescriptors)})\\b`, 'i'),
      parentBefore: new RegExp(`\\b(?:${alt(m.parentDescriptors)})\\s+of\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?$`, 'i'),
      // (also after where it is: "A and B's joint venture in Ohio, L-H Battery")
      jv: new RegExp(`\\b(?:${alt(m.jvCompany)})(?:\\s+(?:in|at|based in|near)\\s+(?:[A-Z][\\w.-]*\\s*){1,3}?,)?\\s*,?\\s*["“']?$`, 'i'),
      // the JV company in apposition: "formed Sony Honda Mobility, a joint venture to …"
      jvAfter: new RegExp(`^["”']?\\s*,\\s*(?:a|an|the|their|its|(?:[A-Z][\\w.&-]*\\s+){0,3}[A-Z][\\w.&-]*['’]s?)\\s+(?:[\\w:.%$€£¥-]+\\s+){0,3}?(?:${alt(m.jvCompany)})\\b`, 'i'),
    };
    enRegexCache.set(m, r);
  }
  return r;
}

/**
 * Build the units of the clause [start, end). `atoms` are the document atoms inside it, in
 * order.
 */
export function buildUnits(text: string, start: number, end: number, lang: Lang, atoms: readonly Atom[], markers: { ja: MarkerLists; en: MarkerLists }): Unit[] {
  const units: Unit[] = [];
  let noteUntil = -1;
  let aliasUntil = -1;
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
        const isAlias = next !== undefined && next.start === cs && (next.end === ce || (next.end === ce - 1 && text[ce - 1] === '社'));
        if (isAlias) {
          aliasUntil = close;
          alias = true;
        }
        else if (!inNote) noteUntil = close;
        unitEnd = close;
      }
    }
    units.push({ atom, start: atom.start, end: unitEnd, nameEnd, alias, role: 'other', coordNext: false, inNote, excluded: null, consumed: false });
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
    let after = text.slice(p, Math.min(end, p + 12));
    // "SUBARU株を取得", 「日立Astemoの株式をホンダに売却」: the shares of the company; the
    // particle after 株 tells the role
    const shares = /^(?:の(?=(?:保有)?株式))?(?:保有)?株(?:式)?(?:[（(][^）)]{0,12}[）)])?(?=[をのにはがも])/.exec(after);
    if (shares && u.atom.kind === 'company') {
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
    // 「AとBの2社から」「A、B、Cの3社が」: the count after a list is the list again; the list takes its particle
    if (next && next.atom.kind === 'anaphor' && next.atom.anaphor!.kind === 'group' && after.startsWith('の') && next.start === p + 1 && (i > 0 && units[i - 1]!.coordNext)) {
      u.coordNext = true;
      next.excluded = 'list_count';
      continue;
    }
    // A competitor named for comparison: BYDに対抗, テスラを上回る, 他社と比べ.
    if (JA_COMPETITOR_AFTER.test(after) || /(?:競合|ライバル|競合他社)の$/.test(text.slice(Math.max(0, u.start - 6), u.start))) u.excluded ??= 'competitor';
    if (JA_ADVISER_AFTER.test(after)) u.excluded ??= 'adviser'; // 「三井住友銀行が財務アドバイザーを務めた」
    // Parent named to describe the next name: アリババ傘下の斑馬智行, BPの子会社 (not the one a
    // company comes under: Bの傘下に入った, Bの子会社になる).
    const rest = (after.startsWith('の') ? after.slice(1) : after).replace(JA_REGION, '');
    const desc = startsWithAny(rest, m.parentDescriptors);
    if (desc && !JA_BECOMES_PART_OF.test(rest.slice(desc.length))) u.excluded = 'parent_descriptor';
    // 「ルノーのEV新会社アンペア」「トヨタ系部品大手のアイシン」: a qualified descriptor right before the next name
    else if (next && !u.coordNext) {
      const q = JA_QUALIFIED_PARENT.exec(after);
      if (q && next.start === p + q[0].length) {
        u.excluded = 'parent_descriptor';
        ownedUnit = i + 1;
      }
    }
    // Example lists: AやB, AなどのB, AといったB. "AやBなどと" (など then a case particle):
    // the listed names are themselves the partners, not examples of a category.
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
    const coord = JA_COORD.exec(after);
    if (coord && next && next.start === p + coord[0].length && !next.inNote) {
      u.coordNext = true;
      continue;
    }
    if (JA_PARTNER.test(after) || (after.startsWith('と') && !after.startsWith('として') && !after.startsWith('とする') && !after.startsWith('という'))) {
      u.role = 'partner';
      if (JA_TOGETHER.test(after)) u.together = true;
    }
    else if (JA_SUBJECT.test(after) || (/^[:：]/.test(after) && JA_LINE_LEAD.test(text.slice(Math.max(0, u.start - 8), u.start)))) {
      u.role = 'subject';
      if (!after.startsWith('が')) u.topic = true;
    }
    else if (after.startsWith('による') || after.startsWith('によって')) {
      u.role = 'other';
      u.agent = true;
    }
    else if (JA_TARGET.test(after)) {
      u.role = 'target';
      if (after.startsWith('向け') || after.startsWith('への')) u.recipient = true;
    }
    // 「住友金属鉱山の野崎明社長は」: the company speaks through its officer, as its subject
    else if (JA_OFFICER_AFTER.test(text.slice(p, Math.min(end, p + 24)))) u.role = 'subject';
    else if (after.startsWith('の')) u.role = 'possessive';
    // JV company itself: 合弁会社「X」, 合弁会社X.
    // (inside a bracket opened just after the word: 新会社「EVシナジーズ株式会社」)
    const lead = text.slice(Math.max(0, u.start - 20), u.start);
    const open = Math.max(lead.lastIndexOf('「'), lead.lastIndexOf('『'));
    const head = open >= 0 && !/[」』]/.test(lead.slice(open)) ? lead.slice(0, open) : lead;
    const before = head.slice(-8).replace(/[「『\s]+$/, '');
    if (ownedUnit !== i && endsWithAny(before, m.jvCompany)) u.excluded ??= 'jv_company';
  }
  // 「同社はAが75%、Bが25%を出資する合弁会社で、…」: the topic is the joint venture, no founder of it
  const first = units[0];
  if (first && first.role === 'subject' && JA_IS_A_JV.test(text.slice(first.end, Math.min(end, first.end + 100)))) first.excluded ??= 'jv_company';
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
}

/** A parent before a qualified descriptor of the next name: 「ルノーのEV新会社アンペア」, 「トヨタ系部品大手のアイシン」. */
const JA_QUALIFIED_PARENT = /^(?:グループ)?(?:の[^、。のはがをにとで\s]{0,6}?(?:新会社|子会社|傘下|系列|事業会社|電池会社)の?|系[^、。のはがをにとで\s]{0,6}?の)/;
/** After a clause's topic: it is itself a joint venture (「同社は…が出資する合弁会社で、」). */
const JA_IS_A_JV = /^(?:は|も)、?[^。]{0,80}?(?:合弁会社|合弁企業|共同出資会社)(?:で(?:、|あ)|だ|です)/;
/** After a parent descriptor: the company comes under that parent (傘下に入った, 子会社になる, 子会社化された). */
const JA_BECOMES_PART_OF = /^(?:に(?:入|移|な|加わ)|と(?:な|し)|化され)/;

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
const EN_POSSESSIVE_BEFORE = /\b(?:its|their|whose)\s+$|\b(?:in|of|at|from)\s+the\s+$/i;
const EN_JV_NOUN_AFTER = /^\s+(?:battery\s+)?(?:joint\s+)?(?:venture|JV)\b/;
const EN_APPOSITION_OF = /,\s+(?:the|a|an)\s+(?:(?!(?:joint\s+)?venture|JV|partnership)[\w-]+\s+){1,3}?(?<!\b(?:shareholder|investor|backer|supplier|customer|partner|licensee|licensor)s?\s+)of\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$/;

const EN_COMPETITOR_BEFORE = /(?:\b(?:compete|competes|competing|competed|rivals?|rivalling|rivaling)\s+(?:with\s+|against\s+)?|\b(?:beating|beat|beats|outbidding|outbid|outbids|edging\s+out|edged\s+out)\s+(?:rivals?\s+|out\s+)?|\b(?:than|unlike|against)\s+|(?<!\b(?:take|takes|took|taken|taking)\s)\bover\s+|\bmatch(?:es|ed|ing)?\s+(?:the\s+)?(?:prices?|costs?|range)\s+of\s+|\bcompared\s+(?:with|to)\s+)$/i;
const EN_PERSON_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:co-founder|founder|chief executive|chief financial officer|chief technology officer|CEO|CFO|CTO|chairman|chairwoman|president|spokesperson|spokesman|spokeswoman|executive|executives|official|officials|engineers?)\b/i;

/**
 * "Panasonic's stake in PPES", "Toda's 34% interest in BTBM": the company whose shares change
 * hands after a named holder's stake is the object of the deal, not a party (the holder is).
 */
const EN_NAMED_STAKE_IN = /^['’]s?\s+(?:entire\s+|whole\s+|remaining\s+|full\s+|minority\s+|majority\s+)?(?:\d[\d.]*\s?%\s+(?:(?:share|shares|stake|stakes|holding|holdings|interest|interests)\s+)?|(?:share|shares|stake|stakes|holding|holdings|interest|interests)\s+)(?:in|of)\s+(?:the\s+)?$/i;

const EN_OBJECT_APPOSITION = /^[^,;.]{0,20}?,\s+(?:the|a|an)\s[^,;]{3,120}?,/;

/** "sold its stake in X (to Y)", "transfer its entire interest in X", "sold part of its stake in X": X changes hands. */
const EN_OWN_STAKE_SOLD = /\b(?:sell|sells|sold|selling|transfer|transfers|transferred|transferring|divest|divests|divested|divesting)\s+(?:(?:part|some|half|most|a\s+portion|a\s+part)\s+of\s+)?(?:its|their)\s+(?:entire\s+|whole\s+|remaining\s+|full\s+)?(?:\d[\d.]*\s?%\s+)?(?:share|shares|stake|holding|holdings|interest)\s+in\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:plant|factory|facility|site|mine|project|venture|unit|business)\s+of\s+)?$/i;

const EN_OWNER_APPOSITION_BEFORE = /^,\s+(?:the\s+)?$/;
const EN_OWNER_APPOSITION_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:company|business|maker|brand|venture|subsidiary|unit|arm|division|affiliate|carmaker|automaker)\s*(?:,|$)/i;

const EN_ADVISER_AFTER = /^,?\s+(?:acting|acted|acts|served|serving|serves)\s+as\s+(?:[\w'’.-]+\s+){0,4}?(?:advis[eo]rs?|counsel|arrangers?|underwriters?|bookrunners?|brokers?)\b/i;
const JA_ADVISER_AFTER = /^(?:が|は)(?:[^、。]{0,6}?)(?:アドバイザー|助言者|代理人|主幹事|幹事)(?:を務め|として)/;
const EN_NAME_AS_MODIFIER = /^\s+(?:dealerships?|dealers?|showrooms?|stores?)\b/;
const SUBJECT_MAX_WORDS = 3;
/** A clause opening with a relative pronoun has its subject outside (", which supplies X"). */
const RELATIVE_LEAD = /^[\s,]*(?:which|who|whose|where|that)\b/i;

function wordsBetween(text: string, start: number, end: number): number {
  const m = text.slice(start, end).match(/[A-Za-z0-9]+/g);
  return m ? m.length : 0;
}

function assignEnglishRoles(text: string, clauseStart: number, units: Unit[], m: MarkerLists): void {
  const re = enRegexes(m);
  let chainStart = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    const after = text.slice(u.end, u.end + 40);
    const coord = EN_COORD.exec(after);
    if (coord && next && next.start === u.end + coord[0].length) u.coordNext = true;
    if (re.parentAfter.test(after) || (/\bthe\s+$/i.test(text.slice(Math.max(0, u.start - 5), u.start)) && re.parentBare.test(after))) u.excluded = 'parent_descriptor';
    // "Volkswagen's PowerCo", "GM's Cruise": the owner named to describe the company after it
    else if (next && next.atom.kind === 'company' && /^['’]s?\s+$/.test(text.slice(u.end, next.start)) && !/^\s+(?:stake|shares?|holding|interest)\b/i.test(text.slice(next.end, next.end + 12))) u.excluded ??= 'parent_descriptor';
    // "PowerCo, Volkswagen's battery company, …": the owner named in an apposition describes the name before it
    const prior = units[i - 1];
    if (prior && EN_OWNER_APPOSITION_BEFORE.test(text.slice(prior.end, u.start)) && EN_OWNER_APPOSITION_AFTER.test(after)) u.excluded ??= 'parent_descriptor';
    // a competitor named for comparison ("to compete with BYD", "chose A over B", "than B")
    if (EN_COMPETITOR_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 40), u.start))) u.excluded ??= 'competitor';
    // "Hyundai Motor's chief executive said …": the company speaks through a person
    if (EN_PERSON_AFTER.test(after)) u.excluded = 'person_descriptor';
    // "with Goldman Sachs acting as the group's financial adviser": an adviser is no party
    if (EN_ADVISER_AFTER.test(text.slice(u.end, u.end + 80))) u.excluded ??= 'adviser';
    // "at more than 200 Kia dealerships": the name qualifies a noun, it is no party
    if (EN_NAME_AS_MODIFIER.test(after)) u.excluded ??= 'modifier';
    if (re.jvAfter.test(text.slice(u.end, u.end + 64))) u.excluded ??= 'jv_apposition';
    // "whose BlueOval SK venture with SK On", "its Ultium joint venture": the name before the
    // JV noun, after a possessive, is the JV (a company's "a Toyota venture" is not this)
    if (EN_POSSESSIVE_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 8), u.start)) && EN_JV_NOUN_AFTER.test(after)) u.excluded ??= 'jv_company';
    const prevUnit = units[i - 1];
    const stakeObject = (prevUnit && !prevUnit.inNote && EN_NAMED_STAKE_IN.test(text.slice(prevUnit.end, u.start))) || EN_OWN_STAKE_SOLD.test(text.slice(Math.max(clauseStart, u.start - 80), u.start));
    // (a stake object with its JV apposition, "its interest in BTBM, the joint venture it set up
    // with BASF", is the object all the same: no party of the sale)
    if (stakeObject && (u.excluded === null || u.excluded === 'jv_apposition')) u.excluded = 'stake_object';
    // "its interest in BTBM, the joint venture it set up with BASF in 2015, to X": the names in
    // the apposition describe the object, they are not parties of the sale
    if (stakeObject) {
      const app = EN_OBJECT_APPOSITION.exec(text.slice(u.end, u.end + 160));
      if (app) for (const w of units) if (w.start > u.end && w.start < u.end + app[0].length) w.excluded ??= 'object_apposition';
    }
    const isChainHead = i === 0 || !units[i - 1]!.coordNext;
    if (isChainHead) chainStart = i;
    const head = units[chainStart]!;
    const prevEnd = chainStart > 0 ? units[chainStart - 1]!.end : clauseStart;
    const before = text.slice(Math.max(prevEnd, head.start - 60), head.start);
    if (EN_PARTNER_BEFORE.test(before)) u.role = 'partner';
    if (re.example.test(before)) u.excluded ??= 'example_list';
    if (isChainHead) {
      // ("The battery materials arm of POSCO Holdings": the reference before is no boundary)
      const prevUnit = chainStart > 0 ? units[chainStart - 1] : undefined;
      const nearFrom = prevUnit && prevUnit.atom.kind === 'anaphor' ? Math.max(clauseStart, prevUnit.start) : prevEnd;
      const near = text.slice(Math.max(nearFrom, u.start - 60), u.start);
      // "VinFast, the carmaker of Vietnam's Vingroup": the parent named in an apposition
      if (EN_APPOSITION_OF.test(near) && !re.jv.test(near.replace(EN_APPOSITION_OF, ''))) u.excluded ??= 'parent_descriptor';
      if (re.parentBefore.test(near)) u.excluded ??= 'parent_descriptor';
      // "the joint venture X" names the JV; "the joint venture X and Y formed" names its founders
      if (re.jv.test(near) && !u.coordNext) u.excluded ??= 'jv_company';
    }
  }
  // "beating Tesla and GM": a list of competitors is out as a whole
  for (let i = 0; i + 1 < units.length; i++) if (units[i]!.coordNext && units[i]!.excluded === 'competitor') units[i + 1]!.excluded ??= 'competitor';
  // The first named party that is not a partner is the clause's subject when it opens the
  // clause (at most a few words before it: "Meanwhile, X …", "In 2021, the two companies …").
  const subject = units.find((u) => !u.inNote && u.excluded === null && u.role !== 'partner');
  const lead = text.slice(clauseStart, subject ? subject.start : clauseStart);
  if (subject && wordsBetween(text, clauseStart, subject.start) <= SUBJECT_MAX_WORDS && !RELATIVE_LEAD.test(lead)) {
    subject.role = 'subject';
    for (let i = units.indexOf(subject); units[i]?.coordNext && units[i + 1]; i++) units[i + 1]!.role = 'subject';
  }
}
