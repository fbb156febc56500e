/**
 * Pass 1 of extract-document.ts: the dictionary's mentions in one document, from the alias
 * automaton's candidates — leftmost-longest selection, middle-dot compounds settled, persons and
 * places set aside, ambiguous aliases kept only in company context (ambiguity.ts), legal forms
 * joined to the span (株式会社, Inc., ホールディングス …).
 */
import { selectLeftmostLongest, type AliasMatch } from './alias-matcher.ts';
import { ruledOutByWordBefore, ambiguousContext, listedWithCompany, standsAlone, type AmbiguityEnv } from './ambiguity.ts';
import type { DocEntities } from './doc-entities.ts';
import type { Mention } from './model.ts';
import { isBeforePersonTitle, isPersonSurname } from './person-names.ts';
import { isBeforePlaceFeature } from './place-features.ts';
import type { SegmentIndex } from './segments.ts';
import type { CompanyResources } from './vocabulary.ts';

/** The dictionary mentions of `text`, in order of start, from the automaton's candidates (known organisations left out). */
export function dictionaryMentions(res: CompanyResources, text: string, segments: SegmentIndex, candidates: readonly AliasMatch[], entities: DocEntities): Mention[] {
  const selected = settleCompounds(candidates);
  const ambEnv = ambiguityEnv(res, text, segments, candidates);
  const mentions: Mention[] = [];
  const pendingAmbiguous: { m: AliasMatch; start: number; end: number }[] = [];
  const confirmed = new Set<number>();
  for (let i = 0; i < selected.length; i++) {
    const m = selected[i]!;
    // "Mr. Honda", "Henry Ford's", 「フォード大統領」: a person's name, not the company;
    // 「アマゾン川」, "Amazon rainforest": a place
    if (isPersonSurname(text, m.start, res.patterns) || isBeforePersonTitle(text, m.end, res.patterns) || isBeforePlaceFeature(text, m.end, res.patterns)) continue;
    const prevEnd = mentions.length ? mentions[mentions.length - 1]!.end : 0;
    const nextStart = i + 1 < selected.length ? selected[i + 1]!.start : text.length;
    let { start, end, legalForm } = res.legal.extend(text, m.start, m.end);
    if (start < prevEnd || end > nextStart) ({ start, end, legalForm } = { start: m.start, end: m.end, legalForm: false });
    if (m.ambiguous) {
      if (ruledOutByWordBefore(text, m.start)) continue;
      const why = ambiguousContext(ambEnv, m.start, m.end, m.entity, legalForm);
      if (!why) {
        pendingAmbiguous.push({ m, start, end });
        continue;
      }
      confirmed.add(m.entity);
      mentions.push({ start, end, entity: entities.dictionary(m.entity), rule: `dict:ambiguous:${why}` });
      continue;
    }
    confirmed.add(m.entity);
    mentions.push({ start, end, entity: entities.dictionary(m.entity), rule: legalForm ? 'dict+legal_form' : 'dict' });
  }
  const accepted = mentions.length;
  for (const p of pendingAmbiguous) {
    if (!standsAlone(text, p.end, res.patterns.attachedAfterKanji)) continue;
    const why = confirmed.has(p.m.entity) ? 'confirmed' : listedWithCompany(text, mentions, accepted, p.start, p.end) ? 'listed' : null;
    if (!why) continue;
    mentions.push({ start: p.start, end: p.end, entity: entities.dictionary(p.m.entity), rule: `dict:ambiguous:${why}` });
    // (one listed with a company confirms the later ones: "Iveco and Nikola formed …; Iveco bought Nikola's stake")
    confirmed.add(p.m.entity);
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/**
 * The leftmost-longest candidates, where a name glued by ・ to more katakana is part of a
 * compound (メルセデス・ベンツ) unless the other side is a company too (トヨタ・ホンダ): such a
 * candidate is rejected and the selection made again (three rounds at most).
 */
function settleCompounds(candidates: readonly AliasMatch[]): AliasMatch[] {
  let selected = selectLeftmostLongest(candidates);
  if (!selected.some((m) => m.left === 'nakaguro' || m.right === 'nakaguro')) return selected;
  const rejected = new Set<AliasMatch>();
  for (let round = 0; round < 3; round++) {
    if (round > 0) selected = selectLeftmostLongest(candidates.filter((c) => !rejected.has(c)));
    const starts = new Set(selected.map((m) => m.start));
    const ends = new Set(selected.map((m) => m.end));
    let changed = false;
    for (const m of selected) {
      const leftOk = m.left !== 'nakaguro' || ends.has(m.start - 1);
      const rightOk = m.right !== 'nakaguro' || starts.has(m.end + 1);
      if (!leftOk || !rightOk) {
        rejected.add(m);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return selected.filter((m) => !rejected.has(m));
}

/** What ambiguity.ts reads of the document; the candidates by span and by end are indexed at its first question. */
function ambiguityEnv(res: CompanyResources, text: string, segments: SegmentIndex, candidates: readonly AliasMatch[]): AmbiguityEnv {
  let bySpan: Map<number, AliasMatch[]> | null = null;
  let byEnd: Map<number, AliasMatch[]> | null = null;
  const index = (): void => {
    bySpan = new Map();
    byEnd = new Map();
    for (const c of candidates) {
      const k = c.start * 0x100000 + c.end;
      (bySpan.get(k) ?? bySpan.set(k, []).get(k)!).push(c);
      (byEnd.get(c.end) ?? byEnd.set(c.end, []).get(c.end)!).push(c);
    }
  };
  return {
    text,
    legal: res.legal,
    patterns: res.patterns,
    tables: res.tables,
    segmentAt: (pos) => segments.at(pos),
    isAliasOf: (s, e, entity) => {
      if (!bySpan) index();
      return (bySpan!.get(s * 0x100000 + e) ?? []).some((c) => c.entity === entity);
    },
    aliasEndingAt: (end, entity) => {
      if (!byEnd) index();
      const list = (byEnd!.get(end) ?? []).filter((c) => c.entity === entity);
      return list.length ? Math.min(...list.map((c) => c.start)) : -1;
    },
  };
}
