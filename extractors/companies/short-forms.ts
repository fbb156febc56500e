/**
 * Pass 3, last: the head word of a company's full name used alone after the document has named
 * the company in full ("Mitsubishi Motors … Mitsubishi builds the Navara", 「ボルボ・グループ…
 * ボルボが」). A reporter shortens a name once it is introduced; the head alone is then that
 * company — not nothing ("Mitsubishi" alone is in no dictionary: too many companies share it),
 * and not the company the dictionary reads a shared head as (ボルボ alone is Volvo Cars).
 *
 * The capitals that open a one-word name are a head too ("ST" of "STMicroelectronics"), and a name
 * that context alone found and that is exactly the head ("ST will hold 49%") joins the company.
 *
 * A head counts when it leads the full names of one company more often than those of all the
 * others together (six "Mitsubishi Motors" and one "Mitsubishi Corporation": Mitsubishi Motors).
 * A head must not be a word the exclusion lists name (a place, a nationality, "Global", "General":
 * company-exclusions.yaml), and a Latin head must not appear in lower case in the document
 * ("Lithium Americas" … "lithium"). (compromise's lexicon was tried for ordinary words: loading it
 * cost a run that needs it for nothing else ~0.1 s a thread.) An occurrence is
 * the head standing alone: not inside a longer name ("Mitsubishi Electric", "GAC Mitsubishi").
 * It becomes a mention when no mention covers it; a dictionary mention of exactly the head is
 * given to the document's company only when the head is merely a short name of a sibling (its
 * company's canonical name has more words and the same first word: Volvo Cars / Volvo Group),
 * that company is not named in full in the document, and the full name came first. "トヨタ"
 * stays Toyota in a document about Toyota Mobility Fund: it is Toyota's own name.
 */
import type { Exclusions } from './exclusions.ts';
import type { DocEntity, Mention } from './model.ts';

/** "Mitsubishi" of "Mitsubishi Motors", "Volvo" of "Volvo Group", "Sibanye" of "Sibanye-Stillwater" (a capitalised word before another). */
const LATIN_HEAD = /^(\p{Lu}\p{Ll}{3,})(?= (?:\p{Lu}|&)|-\p{Lu})/u;
/** "ST" of "STMicroelectronics": the capitals before a capitalised word run together with them. */
const CAPS_HEAD = /^(\p{Lu}{2,4})(?=\p{Lu}\p{Ll}{3,}$)/u;
/**
 * "XTC" of "XTC New Energy", "CNGR" of "CNGR Advanced Material": an acronym of three to five
 * capitals that opens a name of more words.
 */
const ACRONYM_HEAD = /^(\p{Lu}{3,5})(?= \p{Lu}\p{Ll})/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN = /\p{Script=Han}/u;
/** 「ボルボ」 of 「ボルボ・グループ」. */
const KATAKANA_HEAD = /^([\u30A1-\u30FA\u30FC]{2,})・(?=[\u30A1-\u30FA\u30FC\p{Script=Han}A-Za-z])/u;
const KATAKANA = /[\u30A1-\u30FA\u30FC・]/;
const LATIN_LETTER = /^\p{Script=Latin}/u;
/** A site or a brand after a Latin head ("Ultium plant"; not goods: "Factorial cells" are the company's). */
const SITE_OR_PRODUCT_AFTER = /^ (?:plants?|factory|factories|sites?|mines?|projects?|facility|facilities|platforms?|brand)\b/;
/** A place's division before or after a katakana word (州, 県, 市 …): the word is a place. */
const PLACE_BEFORE = /[州県市都省区郡町村]/;
const PLACE_AFTER = /[州県市都省区郡町村港湾]/;
/** A first line at most this long, with no sentence ending inside, is the document's title. */
const TITLE_MAX_LENGTH = 100;

/** What the short forms of names in kanji are read with (company-discovery.yaml lists, kuromoji). */
export interface HanHeads {
  /** Business words a name ends with (`kanji_company_suffixes`), longest first. */
  suffixes: readonly string[];
  /** Katakana words a name in kanji may end with (`han_head_katakana_suffixes`: コバルト, リチウム). */
  katakanaSuffixes?: readonly string[];
  /** Provinces a registered name opens with (`registered_names.places`). */
  places: readonly string[];
  /** Whether the kanji at [start, end) are an ordinary word there (kuromoji: a common noun), not a name. */
  ordinaryWord(start: number, end: number): boolean;
  /** Whether a country's word ends at `start` (「カナダの」, 「米」). */
  countryBefore(start: number): boolean;
}

/**
 * What a Chinese company's name in kanji is called for short: 「当升」 of 「北京当升材料科技」,
 * 「中偉」 of 「中偉新材料」 — the name without its business words and its province; null when
 * nothing is left to strip or 2–3 kanji do not remain.
 */
function hanHead(surface: string, han: HanHeads): string | null {
  // (「浙江華友コバルト」: the kanji before a katakana business word)
  const kana = han.katakanaSuffixes?.find((w) => surface.endsWith(w) && HAN_ONLY.test(surface.slice(0, -w.length)));
  const kanji = kana ? surface.slice(0, -kana.length) : surface;
  if ((!kana && surface.length < 4) || !HAN_ONLY.test(kanji)) return null;
  let core = kanji;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const w of han.suffixes) {
      if (core.length - w.length >= 2 && core.endsWith(w)) {
        core = core.slice(0, -w.length);
        stripped = true;
        break;
      }
    }
  }
  if (core === surface) return null;
  const place = han.places.find((p) => core.length - p.length >= 2 && core.startsWith(p));
  if (place) core = core.slice(place.length);
  return core.length >= 2 && core.length <= 3 ? core : null;
}

/** Whether the occurrence of `head` at `i` stands alone (not a part of a longer word or name). */
function standsAlone(text: string, i: number, head: string, latin: boolean): boolean {
  const end = i + head.length;
  const before = text[i - 1] ?? '';
  const after = text[end] ?? '';
  // (kanji: no kanji either side, 「寧波杉杉」 is another name than 「杉杉」)
  if (HAN.test(head[0]!)) return !HAN.test(before) && !HAN.test(after) && !KATAKANA.test(before) && !KATAKANA.test(after);
  if (latin) {
    // (a Japanese particle may follow: 「Rêverを」)
    if (/[\p{Script=Latin}\p{N}&]/u.test(before) || /[\p{Script=Latin}\p{N}&-]/u.test(after)) return false;
    // a longer name: "Mitsubishi Electric", "GAC Mitsubishi"
    if (/^ (?:[A-Z]|& )/.test(text.slice(end, end + 3))) return false;
    // (nor after an initial, "William C. Ford"; but after a sentence's last word: "… in Dunkirk. XTC will hold")
    if (/(?:[A-Z][\w&.-]*[\w&-]|\b[A-Z]\.) $/.test(text.slice(Math.max(0, i - 24), i))) return false;
    // (a site named after the company: "a third Ultium plant")
    return !SITE_OR_PRODUCT_AFTER.test(text.slice(end, end + 16));
  }
  // (nor a place: 「オハイオ州シンシナティ」 beside 「シンシナティ・サザン鉄道」)
  return !KATAKANA.test(before) && !KATAKANA.test(after) && !PLACE_BEFORE.test(before) && !PLACE_AFTER.test(after);
}

/** Whether `word` occurs in `text` as a whole word (no letter or digit on either side). */
function occursAsWord(text: string, word: string): boolean {
  // (indexOf, not a RegExp built per head: compiling one per document cost ~0.1 s of an English run)
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!WORD_CHAR.test(text[i - 1] ?? '') && !WORD_CHAR.test(text[i + word.length] ?? '')) return true;
  }
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Short forms of the document's full names (see the file comment); mentions stay sorted by start. */
export function addHeadShortForms(text: string, mentions: Mention[], exclusions: Exclusions, han?: HanHeads): void {
  const heads = new Map<string, Map<DocEntity, number>>();
  const firstFull = new Map<string, number>();
  const surfaces = new Map<DocEntity, Set<string>>();
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    let names = surfaces.get(m.entity);
    if (!names) surfaces.set(m.entity, (names = new Set()));
    names.add(surface);
    const head = (LATIN_HEAD.exec(surface) ?? CAPS_HEAD.exec(surface) ?? ACRONYM_HEAD.exec(surface) ?? KATAKANA_HEAD.exec(surface))?.[1] ?? (han ? hanHead(surface, han) : null);
    if (!head) continue;
    let counts = heads.get(head);
    if (!counts) heads.set(head, (counts = new Map()));
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (!firstFull.has(head)) firstFull.set(head, m.start);
  }
  if (heads.size === 0) return;
  const titleEnd = titleLineEnd(text);
  const added: Mention[] = [];
  for (const [head, counts] of heads) {
    let best: DocEntity | null = null;
    let bestCount = 0;
    let total = 0;
    for (const [e, n] of counts) {
      total += n;
      if (n > bestCount) [best, bestCount] = [e, n];
    }
    if (!best || bestCount * 2 <= total) continue;
    const latin = LATIN_LETTER.test(head);
    // (a head the document itself gives the company — ("Piedmont" or the "Company") — counts even
    // when it also names a place; it is then taken from the document's start)
    const ownName = surfaces.get(best)?.has(head) ?? false;
    // (a kanji head cut from a full name is a name whatever it starts or ends with: 「当升」 is no 当社)
    const reason = exclusions.reason(head);
    if (!ownName && reason !== null && !(HAN.test(head[0]!) && (reason === 'non_company_prefix' || reason === 'non_company_suffix'))) continue;
    if (latin && occursAsWord(text, head.toLowerCase())) continue;
    const from = ownName ? 0 : firstFull.get(head)!;
    // (before the full name only a name context alone found is taken, and the head in the
    // document's title line after a country: a headline shortens the names its story gives in full, 「カナダのバラードに出資」)
    for (let i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + head.length)) {
      if (!standsAlone(text, i, head, latin)) continue;
      const end = i + head.length;
      if (han && HAN.test(head[0]!) && han.ordinaryWord(i, end)) continue;
      const covering = mentions.find((m) => m.start < end && i < m.end);
      if (!covering) {
        if (i >= from || (i < titleEnd && han?.countryBefore(i))) added.push({ start: i, end, entity: best, rule: 'short_form' });
        continue;
      }
      const other = covering.entity;
      if (covering.start !== i || covering.end !== end || other === best) continue;
      // a name found only by its context, and that name is the head itself ("ST will hold 49%")
      if (other.discovered) {
        if (other.canonical === head) {
          covering.entity = best;
          covering.rule = `${covering.rule}+short_form`;
        }
        continue;
      }
      if (i < from) continue;
      // a sibling's short name (Volvo Cars / Volvo Group), that sibling not named in full here
      const words = other.canonical.split(' ');
      const siblings = words.length > 1 && words[0] === best.canonical.split(' ')[0];
      const namedInFull = [...(surfaces.get(other) ?? [])].some((s) => s !== head);
      if (siblings && !namedInFull) {
        covering.entity = best;
        covering.rule = `${covering.rule}+short_form`;
      }
    }
  }
  if (added.length === 0) return;
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}

/** Where the document's first line ends when it is a title (short, no sentence end inside, a body after it), else 0. */
function titleLineEnd(text: string): number {
  const end = text.indexOf('\n');
  if (end < 0) return 0;
  const line = text.slice(0, end);
  return line.length <= TITLE_MAX_LENGTH && !/[。.!?](?=\s|$)/.test(line.trimEnd().slice(0, -1)) ? line.length : 0;
}
