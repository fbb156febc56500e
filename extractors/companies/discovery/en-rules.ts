/**
 * Discovery rules for English text:
 *  - en_legal_form: capitalised name + legal form ("Acme Widgets Inc.", "Foo GmbH"); also run
 *    on Japanese segments, where Latin names appear too;
 *  - en_head: head noun + name ("Chinese EV maker NIO", "supplier Bosch");
 *  - en_apposition: name + ", a/an/the … head noun" ("NIO, a Chinese EV maker");
 *  - en_after:<id> / en_before:<id>: cue patterns ("McLaren's CEO", "partnership with McLaren");
 *  - compromise_org: compromise's organisation tagger, run only on English sentences where a
 *    capitalised word that is not yet a known company stands within three words of a cue
 *    word (never on a whole document).
 */
import nlp from 'compromise';
import type { Segment } from '../../../pipeline/types.ts';
import { enRunEndAfter, enRunStartBefore } from '../name-span.ts';
import { eachCue, eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';

/** Drop sentence-initial function words the run swallowed ("The Acme Corp." → "Acme Corp."). */
function dropLeadingStopwords(env: RuleEnv, start: number, end: number): number {
  const { text } = env;
  for (let guard = 0; guard < 3; guard++) {
    const sp = text.indexOf(' ', start);
    if (sp < 0 || sp >= end) break;
    const word = text.slice(start, sp);
    if (!env.tables.patterns.enLeadingStopwords.has(word)) break;
    start = sp + 1;
  }
  return start;
}

export function enLegalFormRule(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  eachMatch(env, tables.enSuffix, (m, seg) => {
    const nameEnd = m.index;
    let nameStart = enRunStartBefore(text, nameEnd, seg.start);
    if (nameStart === nameEnd) return;
    nameStart = dropLeadingStopwords(env, nameStart, nameEnd);
    const form = m[1]!;
    const strength = tables.legal.weakForDiscovery.has(form) ? 'cue' : 'strong';
    propose(env, out, nameStart, nameEnd, 'discovery:en_legal_form', strength, { start: nameEnd, end: m.index + m[0].length });
    tables.enSuffix.lastIndex = m.index + 1; // chained forms: "Holdings Inc."
  });
}

export function enContextRules(env: RuleEnv, out: Candidate[]): void {
  const { text, tables } = env;
  // head noun + name
  eachMatch(
    env,
    tables.enHead,
    (m, seg) => {
      const start = m.index + m[0].length;
      const end = enRunEndAfter(text, start, seg.end);
      propose(env, out, start, end, 'discovery:en_head', 'cue');
    },
    'en',
  );
  // apposition: "NIO, a Chinese EV maker"
  eachMatch(
    env,
    tables.enApposition,
    (m, seg) => {
      const after = m.index + m[0].length;
      const words = text.slice(after, Math.min(seg.end, after + 80)).split(/\s+/, 7);
      let ok = false;
      for (const w of words) {
        const bare = w.replace(/[.,;:!?)]+$/, '').toLowerCase();
        if (tables.patterns.enHeadNouns.has(bare)) {
          ok = true;
          break;
        }
        if (/[.,;:!?]$/.test(w)) break;
      }
      if (!ok) return;
      const nameStart = dropLeadingStopwords(env, enRunStartBefore(text, m.index, seg.start), m.index);
      propose(env, out, nameStart, m.index, 'discovery:en_apposition', 'cue');
    },
    'en',
  );
  // cues
  eachCue(
    env,
    tables.enAfter,
    (id, cueStart, _cueEnd, seg) => {
      const start = dropLeadingStopwords(env, enRunStartBefore(text, cueStart, seg.start), cueStart);
      propose(env, out, start, cueStart, `discovery:en_after:${tables.enAfter.cues[id]!.id}`, 'cue');
    },
    'en',
  );
  eachCue(
    env,
    tables.enBefore,
    (id, cueStart, cueEnd, seg) => {
      // the cue must start at a word boundary
      if (cueStart > 0 && /[\p{L}\p{N}]/u.test(text[cueStart - 1]!)) return;
      const end = enRunEndAfter(text, cueEnd, seg.end);
      propose(env, out, cueEnd, end, `discovery:en_before:${tables.enBefore.cues[id]!.id}`, 'cue');
    },
    'en',
  );
}

interface CompromiseOrg {
  text: string;
  offset: { start: number; length: number };
}

const WINDOW = 30;

/**
 * A capitalised word, not yet known as a company and not excluded, within ~30 characters of a
 * cue word ("partnership with Foo", "Foo signed")? Returns the clause around it (compromise is
 * run on that window only), or null: then compromise is not worth running.
 */
function capitalisedNextToCue(env: RuleEnv, seg: Segment): { start: number; end: number } | null {
  const { text } = env;
  const segText = text.slice(seg.start, seg.end);
  const cues = env.tables.patterns.compromiseCuesGlobal;
  cues.lastIndex = 0;
  let m: RegExpExecArray | null;
  const word = /[\p{Lu}\d][\p{L}\p{N}&.\-]*/gu;
  while ((m = cues.exec(segText))) {
    const from = Math.max(0, m.index - WINDOW);
    const to = Math.min(segText.length, m.index + m[0].length + WINDOW);
    word.lastIndex = from;
    let w: RegExpExecArray | null;
    while ((w = word.exec(segText)) && w.index < to) {
      if (w.index === 0 || /[\p{L}\p{N}]/u.test(segText[w.index - 1]!)) continue;
      if (/^\d/.test(w[0]) || env.judge.isExcludedWord(w[0]) || env.tables.patterns.enLeadingStopwords.has(w[0])) continue;
      const start = seg.start + w.index;
      if (env.isKnown?.(start, start + w[0].length)) continue;
      // the clause around the cue: compromise is run on this window only
      let a = Math.max(0, Math.min(from, w.index) - 20);
      let b = Math.min(segText.length, Math.max(to, w.index + w[0].length) + 20);
      while (a > 0 && segText[a - 1] !== ' ') a--;
      while (b < segText.length && segText[b] !== ' ') b++;
      return { start: seg.start + a, end: seg.start + b };
    }
  }
  return null;
}

/**
 * "Monetization through Technical Services: Through a partnership …": a run-in heading before a
 * colon is title-cased, so compromise reads its words as a name. Returns the offset (within
 * the segment) where such a heading ends, or 0.
 */
function titleCaseHeadingEnd(segText: string): number {
  const colon = segText.indexOf(': ');
  if (colon < 0 || colon > 80) return 0;
  const head = segText.slice(0, colon).replace(/^[-*•\s]+/, '');
  const caps = head.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps >= 2 ? colon + 1 : 0;
}

export function compromiseRule(env: RuleEnv, seg: Segment, out: Candidate[]): void {
  const { text, tables } = env;
  if (!tables.patterns.compromiseCues.test(text.slice(seg.start, seg.end))) return;
  if (seg.kind === 'heading') return; // title case everywhere: compromise would tag anything
  const window = capitalisedNextToCue(env, seg);
  if (!window) return;
  const winText = text.slice(window.start, window.end);
  const headingEnd = seg.start + titleCaseHeadingEnd(text.slice(seg.start, seg.end));
  const orgs = nlp(winText).organizations().json({ offset: true }) as CompromiseOrg[];
  for (const o of orgs) {
    let start = window.start + o.offset.start;
    if (start < headingEnd) continue;
    let end = start + o.offset.length;
    while (end > start && /[\s.,;:!?"'’)\]]/.test(text[end - 1]!)) end--;
    while (start < end && /[\s"'‘(\[]/.test(text[start]!)) start++;
    // keep only the capitalised run compromise pointed at
    const runEnd = enRunEndAfter(text, start, end);
    if (runEnd <= start) continue;
    start = dropLeadingStopwords(env, start, runEnd);
    propose(env, out, start, runEnd, 'discovery:compromise_org', 'cue');
  }
}
