/**
 * Company context for ambiguous aliases (COMPANY_DICT_FORMAT.md `ambiguous`: スマート, Grab,
 * Shell, Apple …). An ambiguous alias becomes a mention only when one of these holds
 * (the reason is recorded in the rule id, e.g. "dict:ambiguous:bracket_pair"):
 *
 *  - bracket_pair: it and another alias of the same company form "A(B)" — スマート(smart);
 *  - legal_form: a legal form touches it — Grab Holdings, 株式会社スマート;
 *  - counter: the counter 社 follows — スマート社;
 *  - cue: a discovery cue touches it — 合弁スマート, 傘下のスマート, スマートの子会社,
 *    ride-hailing company Grab, Grab's CEO;
 *  - nationality_prefix: a nationality prefix stands alone before it — 仏アンペア;
 *  - headquarters: a head-office bracket follows it — ローム(京都市);
 *  - table_cell: it is a whole cell (or a cell "name(alias)") of a table row;
 *  - agreement_subject: it is followed by は/が/と and its sentence has an agreement word
 *    (提携, 合弁, 締結 …); or, in English, it opens its sentence or a clause of it (", while "),
 *    alone or after its owner's possessive ("Renault's Ampere agreed"),
 *    stands alone ("Vale, which …",
 *    "Shell said …") and the sentence has one (agreed, supply, deal, signed …);
 *  - listed: it is listed with a company found on its own, next to it — "BP and Shell",
 *    「BPやシェル」 (with `confirmed`, only where it stands alone);
 *  - confirmed: the same company was accepted elsewhere in the document and this occurrence
 *    stands alone — followed by a particle (に and から too: 「クルーズに出資」), punctuation, a
 *    bracket, an attached word (初, 製, 傘下), the end of a table cell or of the line; for
 *    Latin, not followed by a lower-case word (so "smart phone", "スマート音声", "スマート・デジタル",
 *    "スマートフォン" never qualify).
 */
import type { Segment } from '../../text/types.ts';
import { isKanjiLike, isKatakana, isLatinLower, isLatinWordChar, skipSpaces } from '../../text/chars.ts';
import { stickyOf } from '../../text/regex.ts';
import type { DiscoveryPatterns } from './discovery-patterns.ts';
import type { DiscoveryTables } from './discovery/tables.ts';
import type { LegalForms } from './legal-forms.ts';

export interface AmbiguityEnv {
  text: string;
  legal: LegalForms;
  patterns: DiscoveryPatterns;
  tables: DiscoveryTables;
  segmentAt(pos: number): Segment | null;
  /** Is [start, end) an alias occurrence of `entity` (any candidate, selected or not)? */
  isAliasOf(start: number, end: number, entity: number): boolean;
  /** End of an alias occurrence of `entity` that ends exactly at `end`: its start, or -1. */
  aliasEndingAt(end: number, entity: number): number;
}

const PARTICLES = new Set(['は', 'が', 'と', 'の', 'も', 'を', 'や', 'へ', 'に']);
const CLOSERS = new Set(['、', '。', ',', '.', ';', ':', ')', '」', '』', '〕', '!', '?', '/', '"', '”', '’', "'"]);
const EN_VERBS = new Set([
  'said', 'says', 'is', 'was', 'has', 'had', 'will', 'would', 'announced', 'plans', 'and', 'or', 'to', 'in', 'on', 'with', 'for', 'of',
  // auxiliaries and irregular past tenses (regular ones: EN_PAST)
  'also', 'can', 'could', 'may', 'might', 'should', 'does', 'did', 'took', 'made', 'built', 'won', 'got', 'began', 'became', 'sold',
  'bought', 'brought', 'chose', 'set', 'put', 'led', 'held', 'paid', 'told', 'sent', 'went', 'found', 'gave', 'agreed', 'agrees', 'signs',
  'cut', 'kept', 'lost', 'spent', 'struck', 'shut', 'split', 'grew', 'fell', 'rose', 'hit',
  // present tenses of a company's usual verbs, and the nouns of its spokespeople and shares
  'holds', 'owns', 'expects', 'makes', 'supplies', 'builds', 'sells', 'buys', 'uses', 'operates', 'employs', 'aims', 'wants', 'needs',
  'spokesperson', 'spokesman', 'spokeswoman', 'shares', 'executives', 'executive', 'officials',
  // a confirmed name followed by a preposition or a headline's present tense: "carved out Ampere
  // as a separate company", "Renault's Ampere turns to LFP cells"
  'as', 'at', 'by', 'from', 'turns', 'adds', 'gets', 'wins', 'takes', 'joins', 'starts', 'opens', 'launches', 'cuts', 'raises', 'reports', 'picks', 'taps',
  // a headline's plural subject, two names listed: "Syensqo, Blue Current sign joint development deal"
  'sign', 'agree', 'form', 'team', 'partner', 'ink', 'join', 'tie', 'seal', 'strike', 'plan', 'invest', 'launch', 'unveil',
]);
/** A regular past tense after a confirmed name: "Redwood launched", "… opened", "… agreed". */
const EN_PAST = /^[a-z]{3,}(?<!e)ed$/; // not a short noun (sled, shed) or -eed (speed, seed)


function bracketPair(env: AmbiguityEnv, start: number, end: number, entity: number): boolean {
  const { text } = env;
  // "A(B)" with this match as A
  let p = skipSpaces(text, end, 1, 1);
  if (text[p] === '(') {
    const close = text.indexOf(')', p + 1);
    if (close > p && close - p < 60) {
      const s = skipSpaces(text, p + 1, 1);
      const e = skipSpaces(text, close, -1);
      if (env.isAliasOf(s, e, entity)) return true;
    }
  }
  // ... or as B
  p = skipSpaces(text, start, -1);
  if (text[p - 1] === '(' && text[skipSpaces(text, end, 1)] === ')') {
    const before = skipSpaces(text, p - 1, -1, 1);
    if (env.aliasEndingAt(before, entity) >= 0) return true;
  }
  return false;
}

function cueAround(env: AmbiguityEnv, start: number, end: number): string | null {
  const { text, tables, patterns } = env;
  for (const c of patterns.jaBefore) if (start >= c.cue.length && text.startsWith(c.cue, start - c.cue.length)) return c.id;
  for (const c of patterns.jaAfter) if (text.startsWith(c.cue, end)) return c.id;
  for (const c of patterns.enAfter) if (text.startsWith(c.cue, end)) return c.id;
  for (const c of patterns.enBefore) if (start >= c.cue.length && text.startsWith(c.cue, start - c.cue.length)) return c.id;
  // head noun right before: "ride-hailing company Grab"
  if (text.charCodeAt(start - 1) === 0x20) {
    const m = /([A-Za-z-]+)$/.exec(text.slice(Math.max(0, start - 30), start - 1));
    if (m && tables.patterns.enHeadNouns.has(m[1]!.toLowerCase())) return 'head';
  }
  return null;
}

/** A nationality prefix standing alone right before: 仏アンペア, 米ゼータ (not 日米, 在米). */
function nationalityBefore(env: AmbiguityEnv, start: number): boolean {
  const { text } = env;
  for (const p of env.patterns.nationalityPrefixes) {
    if (start < p.length || !text.startsWith(p, start - p.length)) continue;
    if (!NAME_CHAR_BEFORE.test(text.slice(Math.max(0, start - p.length - 2), start - p.length))) return true;
  }
  return false;
}
const NAME_CHAR_BEFORE = /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9]$/u;

/** A head-office bracket right after: ローム(京都市) (company-discovery.yaml headquarters_brackets). */
function headquartersAfter(env: AmbiguityEnv, end: number): boolean {
  const re = env.patterns.headquarters;
  if (!re || env.text[end] !== '(') return false;
  const sticky = stickyOf(re);
  sticky.lastIndex = end;
  return sticky.test(env.text);
}

function tableCell(env: AmbiguityEnv, seg: Segment | null, start: number, end: number): boolean {
  if (!seg || seg.kind !== 'table_row' || !seg.table) return false;
  const { text } = env;
  for (const c of seg.table.cells) {
    const cellStart = text[c.start] === '(' ? c.start + 1 : c.start;
    if (cellStart !== start) continue;
    if (c.end === end) return true;
    const next = text[end];
    if (next === '(' || next === ')' || next === '、' || next === '\n') return true;
  }
  return false;
}

/** Why an ambiguous alias at [start, end) of `entity` is a company here, or null. */
export function ambiguousContext(
  env: AmbiguityEnv,
  start: number,
  end: number,
  entity: number,
  legalForm: boolean,
): string | null {
  const { text } = env;
  if (bracketPair(env, start, end, entity)) return 'bracket_pair';
  if (legalForm) return 'legal_form';
  if (env.legal.isCounterAt(text, end)) return 'counter';
  if (cueAround(env, start, end)) return 'cue';
  if (nationalityBefore(env, start)) return 'nationality_prefix';
  if (headquartersAfter(env, end)) return 'headquarters';
  const seg = env.segmentAt(start);
  if (tableCell(env, seg, start, end)) return 'table_cell';
  // a field whose label names companies: "Supplier: Tritium | Customers: …", 「受注者：…」
  const label = FIELD_LABEL_BEFORE.exec(text.slice(Math.max(seg?.start ?? 0, start - 32), start));
  if (label && env.patterns.isCompanyHeader(label[1]!)) return 'field_label';
  // one of a digest line's pair ("- EVE–BMW: 46-series cells", 「・CATL×理想汽車：…」)
  if (PAIR_LINE_FIRST.test(text.slice(Math.max(0, start - 4), start)) && PAIR_LINE_SECOND_AFTER.test(text.slice(end, end + 64))) return 'pair_line';
  if (PAIR_LINE_AFTER_SEPARATOR.test(text.slice(Math.max(0, start - 66), start)) && /^[ \t]*:/.test(text.slice(end, end + 3))) return 'pair_line';
  const next = text[end];
  if (seg && (next === 'は' || next === 'が' || next === 'と')) {
    if (env.patterns.hasAgreementWord(text.slice(seg.start, seg.end))) return 'agreement_subject';
  }
  // English: the agent or counterparty of a deal's verb or noun ("are being built by Stadler", "ordered
  // two trains from Stadler", "a contract with Elia")
  if (seg && isLatinWordChar(text.charCodeAt(start)) && EN_DEAL_BEFORE.test(text.slice(Math.max(seg.start, start - 48), start)) && standsAlone(text, end, NO_WORDS)) return 'deal_counterparty';
  // English: the name opens its sentence (a prose segment is one) as a subject ("Vale, which had
  // agreed to supply GM, …", "Shell said it signed …") in a sentence with an agreement word
  // (or a clause of it: "…, while Vale has agreed to provide nickel"; or after its owner's
  // possessive: "Renault's Ampere agreed to source cells")
  if (seg && isLatinWordChar(text.charCodeAt(start)) && (text.slice(seg.start, start).trim() === '' || EN_CLAUSE_OPENING.test(text.slice(Math.max(seg.start, start - 16), start)) || EN_OWNER_OPENING.test(text.slice(Math.max(seg.start, start - 48), start))) && standsAlone(text, end, NO_WORDS)) {
    if (env.patterns.hasAgreementWord(text.slice(seg.start, seg.end))) return 'agreement_subject';
  }
  return null;
}

const NO_WORDS: readonly string[] = [];
/** A line's start and its bullet before the first name of a pair, the separator and the second name's colon after it. */
const PAIR_LINE_FIRST = /(?:^|\n)[ \t]*(?:[-–•・*■◆▪●][ \t]*)?$/;
// (the text is normalised: an en dash arrives as "-")
const PAIR_LINE_SECOND_AFTER = /^[ \t]*(?:\/|-|–|—|×|&)[ \t]*[^:\n]{1,60}?[ \t]*:/;
const PAIR_LINE_AFTER_SEPARATOR = /(?:^|\n)[ \t]*(?:[-–•・*■◆▪●][ \t]*)?[^:\n]{1,60}?[ \t]*(?:\/|-|–|—|×|&)[ \t]*$/;
/** A deal's verb or noun right before a name: its maker, seller, buyer or counterparty follows. */
const EN_DEAL_BEFORE = /\b(?:(?:built|manufactured|supplied|delivered|assembled|acquired|bought|owned|backed|operated|acquisition|takeover|buyout) by|(?:contract|contracts|agreement|deal|order|orders|partnership|memorandum of understanding|MoU|MOU|stake|venture|joint venture|JV|alliance|tie-up) (?:with|from|in)|(?:ordered|bought|sourced|purchased|leased) (?:[\w-]+ ){0,4}?from|(?:sold|supplied|delivered|shipped) (?:[\w-]+ ){0,4}?to|(?:buyers|customers|clients|purchasers|suppliers|shareholders|investors) of)\s+(?:the\s+)?$/;
/** A field's label and its colon right before a name, at the line start or after a separator (| / ; or spaces). */
const FIELD_LABEL_BEFORE = /(?:^|[|/;]|\s)\s*([^\s:|/;]{2,20})\s*:\s*$/;
/** A person's title right before a name (a surname follows it, not a company). */
const JA_PERSON_TITLE_BEFORE = /(?:社長|会長|取締役|執行役員|代表者|氏名)[\s:：]*$/;

/** A number right before a name ("25 bp", "40 Grab"): a unit or a count of things, not a company (a year is none: "In 2024 Grab launched"). */
const NUMBER_BEFORE = /(?<![\d.,])(?!(?:19|20)\d\d[ \u00a0]?$)\d(?:[\d.,]*\d)?[ \u00a0]?$/;

/**
 * Is an ambiguous alias at `start` a surname after a person's title (「取締役社長　豊田　章男」), a
 * unit after a number ("rose 25 bp"), or an alias in kanji glued to a katakana word, the end of a
 * longer name (「ヤマブキ工機」 is not 工機)? Never a company, even one confirmed elsewhere.
 */
export function ruledOutByWordBefore(text: string, start: number): boolean {
  // (isKatakana leaves out the middle dot ・: 「トヨタ・工機」 is two names)
  if (start > 0 && isKatakana(text.charCodeAt(start - 1)) && isKanjiLike(text.charCodeAt(start))) return true;
  return JA_PERSON_TITLE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || NUMBER_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
/** Right before a clause's subject: "…, while ", "…; ", "…, and ", "…, but ". */
const EN_CLAUSE_OPENING = /(?:[,;]\s*(?:while|whereas|and|but)|;|\bwhile|\bwhereas)\s+$/;
/** Its owner's possessive opening the clause ("Renault's Ampere agreed …", "…, as Renault's Ampere agreed …") or after a preposition of a deal ("to supply e-axles to Renault's Ampere"). */
const EN_OWNER_OPENING = /(?:^\s*|[,;]\s*(?:while|whereas|and|but|as)\s+|\b(?:while|whereas|as|to|with|from|for)\s+)(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s?\s+$/;

/** Does the occurrence stand alone as a noun phrase (for `confirmed` propagation)? */
export function standsAlone(text: string, end: number, attachedAfter: readonly string[]): boolean {
  if (end >= text.length) return true;
  const next = text[end]!;
  // a bracket right after a name explains it: 新石器(無人配送ソリューション)は
  // (a tab ends a table cell: "GM、クルーズ\t…")
  if (next === '\n' || next === '\t' || next === '(' || CLOSERS.has(next) || PARTICLES.has(next) || text.startsWith('から', end)) return true;
  for (const w of attachedAfter) if (text.startsWith(w, end)) return true;
  // a possessive ("bought out Nikola's stake"): the name owns what follows
  if ((next === "'" || next === '’') && text[end + 1] === 's' && !isLatinWordChar(text.charCodeAt(end + 2))) return true;
  if (next === ' ') {
    let p = end + 1;
    while (p < text.length && text[p] === ' ') p++;
    const c = text.charCodeAt(p);
    if (!isLatinWordChar(c)) return true;
    if (!isLatinLower(c)) return true; // a capitalised or digit word follows: a new phrase
    const m = /^[a-z]+/.exec(text.slice(p, p + 12));
    return !!m && (EN_VERBS.has(m[0]) || (EN_PAST.test(m[0]) && m[0].length < 12));
  }
  return false;
}

/** Between two names of one list: "and", "or", "&", a comma, 「や」「と」「、」「・」. */
// (a country before the next name too: 「ポスコホールディングス、豪州のIGO」)
const LIST_JOINER = /^\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&|[、やと・](?:[\p{Script=Han}\p{Script=Katakana}]{1,5}の)?)\s*$/u;

/**
 * Is [start, end) listed right next to one of the first `count` mentions (companies found on
 * their own, in order of start)? "BP and Shell", "Shell, BP and …", 「BPやシェル」.
 */
export function listedWithCompany(text: string, mentions: readonly { start: number; end: number }[], count: number, start: number, end: number): boolean {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? mentions[lo - 1]! : null;
  const after = lo < count ? mentions[lo]! : null;
  if (before && before.end <= start && start - before.end <= 8 && LIST_JOINER.test(text.slice(before.end, start))) return true;
  return !!after && after.start >= end && after.start - end <= 8 && LIST_JOINER.test(text.slice(end, after.start));
}
