/**
 * Pass 3 of extract-document.ts: further names of the companies already found. Bracket
 * aliases ("A(B)" where one side is a mention), repeats of discovered names, discovered
 * companies that share a name, and short forms defined after a mention (以下国軒, ("TMNA")).
 */
import { AliasMatcher, selectLeftmostLongest } from './alias-matcher.ts';
import { definedAbbreviation, laterUses } from './abbreviations.ts';
import type { NameJudge } from './discovery/names.ts';
import { discoveredKey, type DocEntity, type Mention } from './model.ts';
import { enRunEndAfter, enRunStartBefore, jaRunEndAfter, jaRunStartBefore } from './name-span.ts';
import type { SegmentIndex } from './segments.ts';
import type { CompanyResources } from './vocabulary.ts';
import { skipSpaces } from '../../text/chars.ts';
import { lineStartOf } from '../../text/line-index.ts';

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** A dictionary company's bracketed name whose repeats are taken: Latin capitals first (FMG, PAS, BTBM). */
const DICTIONARY_BRACKET_NAME = /^[A-Z][A-Za-z0-9&.-]+$/;
/** A katakana name of three letters or more (middle dots too): a dictionary company's name in another script. */
const KATAKANA_NAME_BEFORE_BRACKET = /^[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fc・]{2,}$/;

/** Further occurrences of discovered names (LiCAP社 … LiCAPと) and of the names a document gives a dictionary company in brackets become mentions; true if any. */
export function addRepeats(res: CompanyResources, text: string, mentions: Mention[], entities: Iterable<DocEntity>): boolean {
  const named = [...entities].filter((e) => e.discovered).flatMap((entity) => [...entity.names].map((name) => ({ entity, name })));
  // (and a name the document gives a dictionary company in brackets: 「フィニッシュ・ミネラルズ・グループ（FMG）」 … 「FMGは」
  // — an abbreviation in Latin letters; a bracket of another script is as often a place: 「Horizon Plus（チョンブリ）」)
  for (const m of mentions) {
    const name = text.slice(m.start, m.end);
    if (m.rule !== 'bracket_alias' || m.entity.discovered) continue;
    // (or a katakana name before the bracket that holds the dictionary name: 「コチ・ホールディング（Koç Holding）」, named in a table before)
    if (DICTIONARY_BRACKET_NAME.test(name) || (KATAKANA_NAME_BEFORE_BRACKET.test(name) && text[m.end] === '(')) named.push({ entity: m.entity, name });
  }
  if (named.length === 0) return false;
  const list = named.map((n) => n.entity);
  const entries = named.map((n, index) => ({ text: n.name, entity: index, ambiguous: false }));
  const matcher = new AliasMatcher(entries, res.boundaries);
  const taken = [...mentions].sort((a, b) => a.start - b.start); // bracket aliases were appended unsorted
  const maxLength = taken.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  const isTaken = (s: number, e: number) => overlapping(taken, maxLength, s, e).length > 0;
  const extra: Mention[] = [];
  for (const c of selectLeftmostLongest(matcher.candidates(text))) {
    if (c.left === 'nakaguro' || c.right === 'nakaguro') continue;
    if (isTaken(c.start, c.end)) continue;
    const { start, end, legalForm } = res.legal.extend(text, c.start, c.end);
    const span = isTaken(start, end) ? { start: c.start, end: c.end } : { start, end };
    extra.push({ ...span, entity: list[c.entity]!, rule: legalForm ? 'discovery:repeat+legal_form' : 'discovery:repeat' });
  }
  mentions.push(...extra);
  mentions.sort((a, b) => a.start - b.start);
  return extra.length > 0;
}

/**
 * Two discovered companies of one document that share a name are one company: "BASF TODA
 * Battery Materials LLC (BTBM)" and 「BASF戸田バッテリーマテリアルズ合同会社（BTBM）」.
 */
export function mergeSharedNames(mentions: Mention[]): void {
  const owner = new Map<string, DocEntity>();
  const replaced = new Map<DocEntity, DocEntity>();
  // a company's names come up once per mention: each name's key is worked out once
  const keys = new Map<string, string>();
  const keyOf = (n: string) => keys.get(n) ?? keys.set(n, discoveredKey(n)).get(n)!;
  for (const m of mentions) {
    const e = m.entity;
    if (!e.discovered || replaced.has(e)) continue;
    for (const n of e.names) {
      const other = owner.get(keyOf(n));
      if (other && other !== e) {
        replaced.set(e, other);
        for (const x of e.names) other.names.add(x);
        break;
      }
    }
    if (!replaced.has(e)) for (const n of e.names) owner.set(keyOf(n), e);
  }
  for (const m of mentions) {
    let e = replaced.get(m.entity);
    while (e && replaced.has(e)) e = replaced.get(e);
    if (e) m.entity = e;
  }
}

/**
 * A discovered company named with a company word and without it is one company: "ReElement
 * Technologies" in a table and "ReElement" in the text (`isEnding`: company-discovery.yaml
 * `en.company_name_endings`). The longer name stays the canonical one; a short name that two
 * longer ones share ("Acme Metals", "Acme Motors") joins neither.
 */
export function mergeEndingShortForms(mentions: Mention[], isEnding: (word: string) => boolean): void {
  const longOwner = new Map<string, DocEntity | null>();
  for (const m of mentions) {
    const e = m.entity;
    if (!e.discovered) continue;
    const space = e.canonical.lastIndexOf(' ');
    if (space <= 0 || !/^[\x20-\x7e]+$/.test(e.canonical) || !isEnding(e.canonical.slice(space + 1))) continue;
    const key = discoveredKey(e.canonical.slice(0, space));
    const owner = longOwner.get(key);
    longOwner.set(key, owner === undefined || owner === e ? e : null);
  }
  if (longOwner.size === 0) return;
  for (const m of mentions) {
    if (!m.entity.discovered) continue;
    const long = longOwner.get(discoveredKey(m.entity.canonical));
    if (!long || long === m.entity) continue;
    for (const n of m.entity.names) long.names.add(n);
    m.entity = long;
  }
}

/**
 * Short forms defined right after a mention (以下国軒, ("TMNA"), hereafter "Acme") and their
 * later uses are mentions of that mention's company (abbreviations.ts).
 */
export function addAbbreviations(res: CompanyResources, text: string, mentions: Mention[]): void {
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const def = definedAbbreviation(text, m.end);
    if (!def) continue;
    const short = text.slice(def.start, def.end);
    // (以下「当社」: a pronoun the release uses for itself is no name of the company, RECORDS.md §1)
    // (以下「対象会社」: a role, read with the 社 the definition drops from a short name)
    if (res.exclusions.reason(short) === 'anaphora' || (text[def.end] === '社' && res.exclusions.reason(`${short}社`) === 'anaphora')) continue;
    for (const span of [def, ...laterUses(text, short, def.end, res.boundaries)]) {
      const hits = mentions.filter((x) => overlaps(x, span));
      const rule = span === def ? 'abbreviation' : 'abbreviation:repeat';
      if (hits.length === 0) mentions.push({ ...span, entity: m.entity, rule });
      else if (hits.length === 1 && hits[0]!.entity.discovered && hits[0]!.entity !== m.entity && hits[0]!.start === span.start && hits[0]!.end === span.end) {
        hits[0]!.entity = m.entity;
      }
    }
    if (m.entity.discovered) m.entity.names.add(short);
  }
  mentions.sort((a, b) => a.start - b.start);
}

/** What may follow a name and 、 inside its bracket: 本社, 以下, 旧社名, 英語名 … */
const BRACKET_GOES_ON = /^(?:本社|本店|以下|旧社名|旧称|通称|略称|英語名|英文名|英名|中国語名|所在地|東証|証券コード)/;

/** A head office's place after the name and 、 inside its bracket: （トリプルワン、福岡市）. */
const BRACKET_PLACE = /^[^、()]{1,10}?[市区町村県府都州省]$/;

/** Where a company is, a country and a place joined by ・: （インドネシア・カラワン）, （米国・ジョージア州）. */
const COUNTRY_AND_PLACE = /^(?:米国|中国|韓国|台湾|香港|インドネシア|インド|タイ|ベトナム|マレーシア|フィリピン|シンガポール|ドイツ|フランス|英国|イギリス|スペイン|イタリア|ハンガリー|ポーランド|スウェーデン|ノルウェー|メキシコ|ブラジル|カナダ|オーストラリア|豪州|チリ|アルゼンチン|モロッコ|トルコ|サウジアラビア|アラブ首長国連邦)・/;

/** A stock code in brackets after a name: (300014.SZ), (7203.T), (0700.HK). */
const STOCK_CODE = /^\d{4,6}(?:\.[A-Z]{1,3})?$/;

/** A former or present name's word at the start of a bracket: 旧, 現, 旧社名:, 現・. */
const RENAME_WORD = /^(?:旧|現)(?:社名|商号)?[・:]?/u;

/** A full name run exactly covering [start, end)? */
function isWholeRun(text: string, start: number, end: number): boolean {
  return jaRunEndAfter(text, start, end) === end || enRunEndAfter(text, start, end) === end;
}

export function addBracketAliases(
  text: string,
  mentions: Mention[],
  judge: NameJudge,
  segments: SegmentIndex,
): void {
  const byStart = new Map<number, Mention>();
  const byEnd = new Map<number, Mention>();
  const index = () => {
    byStart.clear();
    byEnd.clear();
    for (const m of mentions) {
      byStart.set(m.start, m);
      byEnd.set(m.end, m);
    }
  };
  index();
  const free = (s: number, e: number) => !mentions.some((m) => m.start < e && s < m.end);
  const merge = (keep: DocEntity, drop: DocEntity) => {
    if (keep === drop) return;
    for (const m of mentions) if (m.entity === drop) m.entity = keep;
    for (const n of drop.names) keep.names.add(n);
  };
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    // m followed by "(B)" (past the quote that closes a quoted name: 新会社「X」(FCRD))
    const open = skipSpaces(text, text[m.end] === '」' && text[m.start - 1] === '「' ? m.end + 1 : m.end, 1, 1);
    if (text[open] === '(') {
      let close = text.indexOf(')', open + 1);
      // (アーチオン、本社:東京都品川区): the name, then what the bracket goes on to say
      const comma = text.indexOf('、', open + 1);
      if (comma > open + 1 && comma < close && (BRACKET_GOES_ON.test(text.slice(comma + 1, close)) || BRACKET_PLACE.test(text.slice(comma + 1, close)))) close = comma;
      const nested = text.indexOf('(', open + 1);
      if (close > open && close - open <= 50 && (nested < 0 || nested > close)) {
        let s = skipSpaces(text, open + 1, 1);
        const e = skipSpaces(text, close, -1);
        // (「（現当社）」「（旧X工業）」: the other name starts after the word that dates it)
        const dated = RENAME_WORD.exec(text.slice(s, e));
        if (dated) s += dated[0].length;
        const inner = byStart.get(s);
        if (inner && inner.end === e) {
          // two names of one company: a discovered side joins the other side's company
          const keep = m.entity.discovered && !inner.entity.discovered ? inner.entity : m.entity;
          const drop = keep === m.entity ? inner.entity : m.entity;
          if (drop.discovered) merge(keep, drop);
        } else if (e > s && free(s, e) && isWholeRun(text, s, e) && !COUNTRY_AND_PLACE.test(text.slice(s, e)) && !STOCK_CODE.test(text.slice(s, e)) && !judge.reject(s, e, 'pair')) {
          const mention = { start: s, end: e, entity: m.entity, rule: 'bracket_alias' };
          if (m.entity.discovered) m.entity.names.add(text.slice(s, e));
          mentions.push(mention);
          index();
        }
      }
    }
    // "A(m)": m is the bracketed alias of the name before the bracket
    const before = skipSpaces(text, m.start, -1);
    if (text[before - 1] === '(' && text[skipSpaces(text, m.end, 1, 1)] === ')') {
      const e = skipSpaces(text, before - 1, -1, 1);
      if (byEnd.has(e)) continue;
      const seg = segments.at(e - 1);
      const limit = seg ? seg.start : lineStartOf(text, e);
      let s = jaRunStartBefore(text, e, limit);
      if (s === e) s = enRunStartBefore(text, e, limit);
      if (s === e) continue;
      const clean = judge.clean(s, e);
      if (clean.end !== e) continue;
      s = clean.start;
      if (free(s, e) && !judge.reject(s, e, 'pair')) {
        const mention = { start: s, end: e, entity: m.entity, rule: 'bracket_alias' };
        if (m.entity.discovered) m.entity.names.add(text.slice(s, e));
        mentions.push(mention);
        index();
      }
    }
  }
}

/**
 * The mentions (sorted by start) overlapping [s, e), found by binary search: filtering all of
 * them for every candidate made discovery quadratic in the length of a long document.
 */
export function overlapping<M extends { start: number; end: number }>(sorted: readonly M[], maxLength: number, s: number, e: number): M[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < e) lo = mid + 1;
    else hi = mid;
  }
  const hits: M[] = [];
  for (let i = lo - 1; i >= 0 && sorted[i]!.start > s - maxLength; i--) if (sorted[i]!.end > s) hits.push(sorted[i]!);
  return hits.reverse();
}
