/**
 * What a prose sentence leaves for the sentences after it: the signing date of its paragraph
 * (carryParagraphDate) and the company its funding round was for (rememberRound).
 */
import type { DateMention } from '../types.ts';
import type { Lang, NormRange } from '../../text/types.ts';
import { lineStartOf } from '../../text/line-index.ts';
import { copyDate, isSigningDateCandidate } from './dates.ts';
import type { Party, RawAgreement } from './model.ts';
import { lowerBound } from './scan.ts';
import type { DocState } from './state.ts';

/** After a sentence's clauses are read: carry its date and its round on. */
export function afterSentence(state: DocState, sentence: NormRange, lang: Lang, records: RawAgreement[]): void {
  carryParagraphDate(state, sentence, lang, records);
  rememberRound(state, sentence, records);
}

export function paragraphStart(text: string, pos: number): number {
  return lineStartOf(text, pos);
}

/**
 * A deal reported without a date of its own in a paragraph whose earlier sentence gave the
 * signing date ("両社の協業が表に出たのは2024年4月25日。旭化成は…基本合意書を締結し…"):
 * that date. Only for a sentence that reports a signing (締結, signed, agreed …); background
 * descriptions and states (供給しており, counts X among its customers) keep null.
 */
function carryParagraphDate(state: DocState, sentence: NormRange, lang: Lang, records: RawAgreement[]): void {
  const para = paragraphStart(state.text, sentence.start);
  const last = state.paragraphDate;
  const i = lowerBound(state.signing, sentence.start);
  const signed = i < state.signing.length && state.signing[i]!.start < sentence.end;
  // Japanese; English only for a sentence that continues the one before ("It put the cost at …
  // under a licensing arrangement"): English paragraphs list deals, each dated in its own sentence
  const continues = lang !== 'en' ? signed : /^\s*(?:It|They|The (?:company|two|partners|deal|agreement))\b/.test(state.text.slice(sentence.start, sentence.start + 20));
  if (last && last.paragraph === para && continues) {
    for (const r of records) if (!r.date && !r.background) r.date = copyDate(last.date.value);
  }
  // the sentence's date: its first candidate in English ("On July 21, 2022, …"); in Japanese the
  // one nearest to its first signing verb
  const verb = signed && lang !== 'en' ? state.signing[i]!.start : null;
  let latest: DateMention | null = null;
  if (lang === 'en' && !signed) {
    if (last && last.paragraph !== para) state.paragraphDate = undefined;
    return;
  }
  for (let k = lowerBound(state.dates, sentence.start); k < state.dates.length && state.dates[k]!.start < sentence.end; k++) {
    const d = state.dates[k]!;
    if (!isSigningDateCandidate(state.text, d, sentence.start, state.documentDate)) continue;
    if (!latest || (verb !== null && Math.abs(d.start - verb) < Math.abs(latest.start - verb))) latest = d;
  }
  // (English: only a date of an announcement or signing, "unveiled the project on …")
  if (latest && (lang !== 'en' || signed)) state.paragraphDate = { paragraph: para, date: latest };
  else if (last && last.paragraph !== para) state.paragraphDate = undefined;
}

/** A funding round in a sentence (its words), so that "joined the round" / 同ラウンドに参加 after it is read as that round. */
const ROUND = /\b(?:round|Series [A-H]|funding|financing|raise)\b|ラウンド|シリーズ[A-H]|資金調達|増資/;

/**
 * "Fifth Wall led a $300 million Series B for Our Next Energy. BMW i Ventures also joined the
 * round.": the company the round was for, remembered from a sentence that reported an investment
 * in a round (relations.yaml `en.led_a_round`, `ja.joined_that_round` read it through implicitSubject).
 */
function rememberRound(state: DocState, sentence: NormRange, records: RawAgreement[]): void {
  const text = state.text.slice(sentence.start, sentence.end);
  // (or the subject of a sentence that says it raised money, its investors told after it: 「Xは、シリーズBで約3000万ドルを調達した。Aが主導し、…」)
  const raised = RAISED.test(text);
  const investee = records.find((r) => r.type === 'investment' && !r.background)?.parties.find((p) => p.role === 'investee') ?? (raised ? raiser(state, sentence) : undefined);
  if (investee && (raised || ROUND.test(text))) state.lastRound = { investee, end: sentence.end };
}
// (English: money raised is a round whatever it is called, "Battery Smart raised $65 million on Tuesday. LeapFrog Investments led the round")
const RAISED = /(?:シリーズ[A-H]|ラウンド|資金調達|増資)[^。]{0,40}?(?:調達|集め)(?:した|た|する|る|し、)|(?:資金調達|増資|ラウンド)を(?:完了|実施|終え)(?:した|た|する|し、)|\b(?:raised|raises|closed|secured)\b[^.;]{0,60}?\b(?:round|Series [A-H]|funding|financing)\b|\b(?:Series [A-H]|funding|financing) round\b[^.;]{0,40}?\b(?:raised|closed)\b|\b(?:raised|raises|has raised)\s+(?:about\s+|nearly\s+|some\s+|more\s+than\s+)?(?:US)?[$€£¥]\s?\d/;

/** The subject of the sentence's first clause (history.ts records it), or the one company it names ("Indian battery-swapping network Battery Smart raised …"). */
function raiser(state: DocState, sentence: NormRange): Party | undefined {
  const first = state.history.find((h) => h.end > sentence.start && h.end <= sentence.end);
  return first?.subjects.find((p) => p.company) ?? (first?.named.length === 1 && first.named[0]!.company ? first.named[0] : undefined);
}

/** The company of the funding round told just before (within 400 characters, or in the sentence right before when `next`), when not excluded. */
export function roundInvestee(state: DocState, start: number, exclude: ReadonlySet<string>, next = false): Party | null {
  const round = state.lastRound;
  if (!round || round.end > start || start - round.end >= 400 || exclude.has(round.investee.entityId)) return null;
  return next && /[。.!?](?:\s|$)|\n/.test(state.text.slice(round.end, start)) ? null : round.investee;
}
