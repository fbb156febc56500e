/**
 * Former and future names: one company under two names (SOURCES.md, the former-name rule).
 *
 *   "E-Materials Canada Corporation, the future Asahi Kasei Honda Battery Separator Corporation"
 *   "Acme Corp. (formerly Foo Inc.)", "Foo, now Bar", "Foo, which was renamed Bar"
 *   「A（旧B）」「A（現・B）」「A（旧社名：B）」
 *   「Aは1996年、B株式会社として設立された」「Aは1日、社名をB株式会社に改めた」「AはBに商号変更した」
 *
 * The first two kinds join two adjacent mentions; the third joins a mention followed by a
 * founding/renaming verb to the topic (「Aは」) that opens its sentence.
 */

export interface NamedSpan {
  start: number;
  end: number;
}

/** Between two names: the second is the first one's other name. */
const BETWEEN = new RegExp(
  [
    // English: ", the future", ", formerly (known as)", ", now", ", later renamed", ", which was renamed (to)"
    String.raw`^\s?,\s?(?:the\s+future|formerly(?:\s+known\s+as)?|now\s+(?:called|known\s+as|renamed)|later\s+renamed(?:\s+(?:to|as))?|(?:which|that)\s+(?:was|is|will\s+be)\s+(?:later\s+)?renamed(?:\s+(?:to|as))?|to\s+be\s+renamed(?:\s+(?:to|as))?|renamed(?:\s+(?:to|as))?)\s+$`,
    // English in brackets: "(formerly Foo", "(now Bar", "(the future Bar"
    String.raw`^\s?\(\s?(?:the\s+future|formerly(?:\s+known\s+as)?|now|later|renamed(?:\s+(?:to|as))?)\s+$`,
    // Japanese in brackets: （旧B）（現・B）（旧社名：B）（現社名B）
    String.raw`^\s?\((?:旧|現|旧社名|現社名|旧称|新社名)[・:、]?\s?$`,
  ].join('|'),
  'u',
);

/** After the second name, in a sentence whose topic is the first: founded as / renamed to. */
const AFTER_JA = /^\s?(?:として(?:設立|発足|創業|創立|誕生)|に(?:社名|商号)?(?:を)?(?:変更|改め|改称|改名)|へ(?:社名|商号)?(?:を)?(?:変更|改め|改称|改名)|に(?:社名|商号)変更)/u;
/** Between the topic and the second name (same sentence): no sentence end, no new topic company. */
const TOPIC = /^\s?は/u;
const SENTENCE_END = /[。\n!?！？]/u;

/**
 * Pairs [keep, other] of indices into `spans` (sorted by start) naming one company under two
 * names. The caller joins them when one side is a discovered company.
 */
export function renamePairs(text: string, spans: readonly NamedSpan[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (b.start < a.end || b.start - a.end > 40) continue;
    if (BETWEEN.test(text.slice(a.end, b.start))) pairs.push([i, i + 1]);
  }
  for (let j = 0; j < spans.length; j++) {
    const b = spans[j]!;
    if (!AFTER_JA.test(text.slice(b.end, b.end + 12))) continue;
    // the sentence's topic: the first span of the sentence, followed by は
    let i = j - 1;
    let topic = -1;
    while (i >= 0 && !SENTENCE_END.test(text.slice(spans[i]!.end, spans[i + 1]!.start))) {
      if (TOPIC.test(text.slice(spans[i]!.end, spans[i]!.end + 2))) topic = i;
      i--;
    }
    if (topic < 0) continue;
    if (!opensSentence(text, spans[topic]!.start)) continue;
    pairs.push([topic, j]);
  }
  return pairs;
}

/** Only white space stands between `pos` and the last 。 or line break before it (or the text start). */
function opensSentence(text: string, pos: number): boolean {
  // (walks back over the white space only: slicing the text before `pos` cost its whole length per call)
  let k = pos - 1;
  while (k >= 0 && text[k] !== '\n' && /\s/.test(text[k]!)) k--;
  return k < 0 || text[k] === '。' || text[k] === '\n';
}

export interface RenamableEntity {
  discovered: boolean;
  names: Set<string>;
}

/**
 * Joins the two names of each rename pair into one company: a discovered side joins a
 * dictionary side (パナソニックEVエナジー → Primearth EV Energy); of two discovered sides the
 * later joins the earlier. Two dictionary companies are never joined (松下グループ（現パナソニックHD）
 * already share an entry, or the dictionary keeps them apart on purpose).
 */
export function joinRenamed<E extends RenamableEntity>(text: string, mentions: Array<{ start: number; end: number; entity: E }>): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: typeof sorted = [];
  for (const m of sorted) if (!spans.length || m.start >= spans[spans.length - 1]!.end) spans.push(m);
  for (const [i, j] of renamePairs(text, spans)) {
    const a = spans[i]!.entity;
    const b = spans[j]!.entity;
    if (a === b || (!a.discovered && !b.discovered)) continue;
    const keep = a.discovered && !b.discovered ? b : a;
    const drop = keep === a ? b : a;
    for (const m of mentions) if (m.entity === drop) m.entity = keep;
    if (keep.discovered) for (const n of drop.names) keep.names.add(n);
  }
}
