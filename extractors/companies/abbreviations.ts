/**
 * Abbreviations a document defines for a company it has just named, and their later uses:
 *   国軒高科股份有限公司（本社:安徽省合肥市、以下国軒）, 日本電産（以下「ニデック」）,
 *   Toyota Motor North America ("TMNA"), Acme Corp. (hereafter "Acme"), (hereinafter Acme).
 * The short form is a mention of the long name's company (rule `abbreviation`), and so is
 * every later occurrence of it (`abbreviation:repeat`), with the alias boundary rules.
 */
import { AliasMatcher, selectLeftmostLongest } from './alias-matcher.ts';
import type { Boundaries } from './boundaries.ts';
import { skipSpaces } from '../../text/chars.ts';

export interface Span {
  start: number;
  end: number;
}

/** Japanese: 以下 / 以後 + optional 、 + optional quotes + the short form (+ と略す / という). */
// (and the polite forms of a disclosure: 「（以下「テックス社」といいます。）」, the counter 社 no part of it)
const JA_DEFINITION = /(?:以下|以後|略称)[、,:]?\s?([「『"“]?)([^「」『』"“”、,()]{1,20}?)社?([」』"”]?)(?:と(?:いう|いいます|称する|称します|略す|略します|略する|表記(?:する|します)?))?。?$/u;
/** English: hereafter / hereinafter (referred to as) + optional quotes + the short form; or just a quoted name. */
const EN_DEFINITION = /^(?:(?:the\s+)?(?:here(?:in)?after|henceforth)(?:\s+referred\s+to\s+as)?[,:]?\s+(?:the\s+)?)?(["“']?)([\p{Lu}\d][\p{L}\p{N}&.\- ]{0,28}?)(["”']?)$/u;

const HAS_LETTER = /[\p{L}]/u;
const ONLY_HIRAGANA = /^[\u3041-\u309f]+$/u;

/** The short form defined in the brackets right after [start, end), or null. */
export function definedAbbreviation(text: string, end: number): Span | null {
  const open = skipSpaces(text, end, 1, 1);
  if (text[open] !== '(') return null;
  const close = text.indexOf(')', open + 1);
  if (close < 0 || close - open > 80) return null;
  const nested = text.indexOf('(', open + 1);
  if (nested >= 0 && nested < close) return null;
  const inner = text.slice(open + 1, close);
  // the definition is the last part of the bracket: （本社:安徽省合肥市、以下国軒）
  const parts = inner.split(/[、,;]/);
  const last = parts[parts.length - 1]!;
  const lastStart = close - last.length;
  const ja = JA_DEFINITION.exec(last);
  let m: RegExpExecArray | null = ja;
  let quotedOnly = false;
  if (!m) {
    m = EN_DEFINITION.exec(last.trim());
    if (!m) return null;
    const explicit = /here(?:in)?after|henceforth/.test(m[0]);
    // a bare quoted name is a definition only when it is the whole bracket: ("TMNA")
    quotedOnly = !explicit;
    if (quotedOnly && (parts.length > 1 || !m[1] || !m[3])) return null;
  }
  if ((m[1] ?? '') !== '' && (m[3] ?? '') === '') return null;
  const short = m[2]!.trim();
  if (!HAS_LETTER.test(short) || ONLY_HIRAGANA.test(short) || short.length < 2) return null;
  const base = ja ? lastStart : lastStart + last.indexOf(last.trim());
  const at = text.indexOf(short, base + m.index);
  if (at < 0 || at + short.length > close) return null;
  return { start: at, end: at + short.length };
}

/** Every later occurrence of `short` in [from, text.length) that stands as a word. */
export function laterUses(text: string, short: string, from: number, boundaries: Boundaries): Span[] {
  const matcher = new AliasMatcher([{ text: short, entity: 0, ambiguous: false }], boundaries);
  return selectLeftmostLongest(matcher.candidates(text, from)).filter((c) => c.left !== 'nakaguro' && c.right !== 'nakaguro');
}
