/**
 * Document-level scans: each kind of cue is found with one pass of a precompiled global
 * regex over the normalised text (a word-led one only where its first words start:
 * text/word-scan.ts). Results are sorted by start so that clauses can pick
 * theirs with a binary search.
 */
import { forEachMatch } from '../../text/regex.ts';
import { forEachWordLedMatch } from '../../text/word-scan.ts';
import type { CompanyMention } from '../types.ts';
import type { Atom, CueHit } from './model.ts';
import { WIDE } from './pattern-facts.ts';
import { ASTRAL } from '../../text/chars.ts';
import { lookupWord, type WordMatcher } from './vocabulary-compile.ts';
import type { AgreementVocabulary, AnaphorDef } from './vocabulary.ts';

export interface Hit {
  start: number;
  end: number;
}

/** `wide`: the text holds a CJK character (WIDE); without one, only the words that need none are tried. */
function scanWords<T>(text: string, m: WordMatcher<T>, wide: boolean, visit: (start: number, end: number, value: T) => void): void {
  const re = wide ? m.regex : m.narrow;
  if (!re) return;
  forEachWordLedMatch(re, text, (match) => {
    const value = lookupWord(m, match[0]);
    if (value !== undefined) visit(match.index, match.index + match[0].length, value);
  });
}

function isExcepted(text: string, start: number, hit: CueHit): boolean {
  for (const ex of hit.def.excepts) {
    const s = start - ex.offset;
    if (s < 0) continue;
    const slice = text.slice(s, s + ex.text.length);
    if (slice === ex.text || slice.toLowerCase() === ex.text) return true;
  }
  return false;
}

export function scanCues(text: string, vocab: AgreementVocabulary, wide = WIDE.test(text)): CueHit[] {
  const hits: CueHit[] = [];
  for (const m of vocab.cueWords) {
    scanWords(text, m, wide, (start, end, def) => {
      const hit = { start, end, def };
      if (!isExcepted(text, start, hit)) hits.push(hit);
    });
  }
  const astral = ASTRAL.test(text);
  for (const p of vocab.cuePatterns) {
    if (p.wide && !wide) continue;
    forEachWordLedMatch(p.bmp && !astral ? p.bmp : p.regex, text, (match) => hits.push({ start: match.index, end: match.index + match[0].length, def: p.def }));
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits;
}

/**
 * The cues outside company names: "Partnership" in "Commercial Japan Partnership Technologies", or
 * 「提携」 in a name, is the company's, not a deal's word. Both lists are in text order.
 */
export function withoutCuesInNames(cues: CueHit[], atoms: readonly Atom[]): CueHit[] {
  const out: CueHit[] = [];
  let k = 0;
  for (const c of cues) {
    while (k < atoms.length && atoms[k]!.end <= c.start) k++;
    let inside = false;
    for (let j = k; j < atoms.length && atoms[j]!.start <= c.start; j++) {
      const a = atoms[j]!;
      if (a.kind === 'company' && a.start <= c.start && c.end <= a.end) inside = true;
    }
    if (!inside) out.push(c);
  }
  return out;
}

export function scanSigning(text: string, vocab: AgreementVocabulary, wide = WIDE.test(text)): Hit[] {
  const hits: Hit[] = [];
  for (const m of vocab.signing) scanWords(text, m, wide, (start, end) => hits.push({ start, end }));
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

// (lower-case after a date adverbial only as the source of reported speech or the maker of a deal: "On July 21, 2022, it said …",
// "In December 2021 it signed a letter of intent with …";
// and as the partner of a deal: "signed a joint development agreement with it a year later")
// The pronoun first and what must precede it in a lookbehind: with the sentence boundary
// first, a run of n blank lines cost O(n²) (each of its positions tried \n\s* to its end).
const SENTENCE_IT =
  /It(?<=(?:^|[.!?]\s+|\n\s*)It)(?=\s+(?!is\b|was\b|seems\b|remains\b)[a-z])|it(?<=(?:^|[.!?]\s+|\n\s*)(?:On|In|By|Later|Then|Earlier)\b[^.;]{0,30}?,?\s+it)(?=\s+(?:said|says|announced|told|signed|agreed|struck|inked|formed|bought|acquired|invested|sold|won)\b)|it(?<=\b(?:agreement|deal|contract|partnership|pact|memorandum|MOU|venture)s? with it)(?=[\s.,;]|$)/g;

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** A verb right after a reference: it is a subject ("The three said", "the Nordic companies signed"). */
const VERB_AFTER_SUBJECT = String.raw`(?=,?\s+(?:said|say|says|will|would|have|had|has|are|were|plan|plans|planned|signed|agreed|also|later|then|jointly|together|announced|expect|expects|intend|aim|formed|set|established|struck|inked|began|started|did|could|may|must|previously|already|first|each|formally|officially|recently|finally|initially|now|soon|launched|unveiled|created|teamed|partnered|committed|invested|own|owned|co-own|co-owned)\b)`;
const BARE_NUMBER_GROUP = new RegExp(String.raw`\b(?:[Tt]he|[Aa]ll) (two|three|four|five)\b` + VERB_AFTER_SUBJECT, 'g');

/**
 * "The Nordic companies signed …", "the South Korean firms will …": a plural head after a
 * capitalised description, as a subject only (VERB_AFTER_SUBJECT): the
 * companies named before, however many (at least two).
 */
const DESCRIBED_GROUP = new RegExp(String.raw`\b[Tt]he (?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) (?:companies|firms|groups|carmakers|automakers|partners)\b` + VERB_AFTER_SUBJECT, 'g');

function scanAnaphora(text: string, vocab: AgreementVocabulary, companyEnds: ReadonlySet<number>, wide: boolean): Atom[] {
  const atoms: Atom[] = [];
  for (const m of vocab.anaphora) {
    scanWords(text, m, wide, (start, end, def: AnaphorDef) => {
      const surface = text.slice(start, end);
      // "US" is the country, not "us"; "WE" in capitals is rarely the pronoun either.
      if (/^[A-Z]{2,3}$/.test(surface)) return;
      atoms.push({ start, end, kind: 'anaphor', anaphor: def });
    });
  }
  // "The three said", "all four will …": a bare number of companies, as a subject only (a verb
  // follows), so that "the three plants" is no reference
  forEachMatch(BARE_NUMBER_GROUP, text, (m) => {
    atoms.push({ start: m.index, end: m.index + m[0].length, kind: 'anaphor', anaphor: { kind: 'group', count: NUMBER_WORDS[m[1]!.toLowerCase()]! } });
  });
  forEachMatch(DESCRIBED_GROUP, text, (m) => {
    atoms.push({ start: m.index, end: m.index + m[0].length, kind: 'anaphor', anaphor: { kind: 'group', count: 2, plural: true } });
  });
  // "It" opening a sentence ("It also holds a stake in X"): the company named before
  forEachMatch(SENTENCE_IT, text, (m) => {
    atoms.push({ start: m.index, end: m.index + 2, kind: 'anaphor', anaphor: { kind: 'single', count: 1 } });
  });
  const re = vocab.descriptiveAnaphora;
  if (re) {
    forEachWordLedMatch(re, text, (m) => {
      // "the two companies" is a group (matched above); a plural is not one company
      if (/\b(?:two|three|four|both|all)\b/i.test(m[0])) return;
      // "VinFast, the carmaker of …": an apposition describing the name before, not a reference
      // "GM is the latest carmaker to …": a predicate, not a reference
      if (/\b(?:is|was|are|were|be|been|become|became|becomes|remains|as)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
      const comma = /,\s*$/.exec(text.slice(Math.max(0, m.index - 3), m.index));
      if (comma && companyEnds.has(m.index - comma[0].length)) return;
      atoms.push({ start: m.index, end: m.index + m[0].length, kind: 'anaphor', anaphor: vocab.descriptiveHeadDef(m[0]) });
    });
  }
  return atoms;
}

const ABBREVIATION = /^\(([A-Z][A-Za-z0-9&\-]{1,11})\)/;

function scanOrganisations(text: string, vocab: AgreementVocabulary, wide: boolean): Atom[] {
  const atoms: Atom[] = [];
  for (const m of vocab.orgWords) {
    scanWords(text, m, wide, (start, end, def) => {
      atoms.push({ start, end, kind: 'org', party: { entityId: `plain:${def.name}`, name: def.name, company: false } });
    });
  }
  atoms.sort((a, b) => a.start - b.start);
  const listed = atoms.slice();
  let li = 0;
  for (const p of vocab.orgPatterns) {
    if ((p.wide && !wide) || (p.required && !p.required.test(text))) continue;
    forEachWordLedMatch(p.regex, text, (match) => {
      const start = match.index;
      const end = start + match[0].length;
      while (li < listed.length && listed[li]!.end <= start) li++;
      if (li < listed.length && listed[li]!.start < end) return; // a listed organisation wins
      let name = match[0].trim();
      const abbr = vocab.orgNameFromAbbreviation ? ABBREVIATION.exec(text.slice(end, end + 16)) : null;
      if (abbr) name = abbr[1]!;
      atoms.push({ start, end, kind: 'org', party: { entityId: `plain:${name}`, name, company: false } });
    });
    li = 0;
  }
  return atoms;
}

/**
 * All atoms of the document, sorted and without overlaps: company mentions win over
 * organisations, which win over anaphora.
 */
export function scanAtoms(text: string, companies: readonly CompanyMention[], vocab: AgreementVocabulary, wide = WIDE.test(text)): Atom[] {
  const rank = { company: 0, org: 1, anaphor: 2 } as const;
  const all: Atom[] = companies.map((c) => ({
    start: c.start,
    end: c.end,
    kind: 'company' as const,
    party: { entityId: c.entityId, name: c.canonical, company: true, sector: c.sector, country: c.country },
  }));
  all.push(...scanOrganisations(text, vocab, wide), ...scanAnaphora(text, vocab, new Set(companies.map((c) => c.end)), wide));
  all.sort((a, b) => a.start - b.start || rank[a.kind] - rank[b.kind] || b.end - a.end);
  const out: Atom[] = [];
  for (const a of all) {
    // Drop an atom overlapping a kept one of higher rank; replace a kept one of lower rank.
    let keep = true;
    while (out.length > 0) {
      const last = out[out.length - 1]!;
      if (last.end <= a.start) break;
      if (rank[last.kind] <= rank[a.kind]) {
        keep = false;
        break;
      }
      out.pop();
    }
    if (keep) out.push(a);
  }
  // "the French startup Tiamat": an English description ("the/a …") right before a name
  // describes that name (an apposition), it does not point back to an earlier one
  return out.filter((a, i) => !(a.kind === 'anaphor' && out[i + 1]?.kind === 'company' && /^[ \t]+$/.test(text.slice(a.end, out[i + 1]!.start)) && /^(?:the|a|an)\b/i.test(text.slice(a.start, a.end))));
}

/** Index of the first element with start >= pos (elements sorted by start). */
export function lowerBound(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Elements lying entirely inside [start, end). */
export function within<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, start); i < items.length && items[i]!.start < end; i++) {
    if (items[i]!.end <= end) out.push(items[i]!);
  }
  return out;
}
