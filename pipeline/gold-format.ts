/**
 * The export format of ../shared/spec/RECORDS.md (one JSON object per document), built from
 * stored rows or from freshly extracted records — the same function for both, so `export`
 * and `extract-text` cannot drift apart.
 */
import type { AgreementRecordOut, MentionRecord } from '../extractors/types.ts';

export interface GoldDocument {
  doc: string;
  companies: Record<string, unknown>[];
  dates: Record<string, unknown>[];
  quantities: Record<string, unknown>[];
  agreements: Record<string, unknown>[];
}

type MentionLike = Pick<MentionRecord, 'kind' | 'start' | 'end' | 'surface' | 'value' | 'companyId'>;
type AgreementLike = Pick<AgreementRecordOut, 'type' | 'date' | 'parties' | 'evidence'>;

export function toGold(doc: string, mentions: readonly MentionLike[], agreements: readonly AgreementLike[]): GoldDocument {
  const out: GoldDocument = { doc, companies: [], dates: [], quantities: [], agreements: [] };
  for (const m of mentions) {
    const base = { text: m.surface, start: m.start, end: m.end };
    if (m.kind === 'company') out.companies.push({ ...base, canonical: m.value.canonical, company_id: m.companyId, discovered: m.value.discovered === true });
    else if (m.kind === 'date') {
      // a relative date with nothing to count from: value null and what it is relative to (RECORDS.md §2)
      if (m.value?.unresolved) out.dates.push({ ...base, value: null, relative: m.value.relative });
      else out.dates.push({ ...base, value: m.value });
    }
    else {
      const { kind, value, unit, min, max, mod, perYear } = m.value as Record<string, unknown>;
      const q: Record<string, unknown> = { ...base, kind, value, unit };
      if (min !== undefined) q.min = min;
      if (max !== undefined) q.max = max;
      if (mod !== undefined) q.mod = mod;
      if (perYear) q.per = 'year'; // RECORDS.md §3: the rate, informative
      out.quantities.push(q);
    }
  }
  for (const a of agreements) {
    // informative roles (RECORDS.md §4): {"supplier": [..], "customer": [..]}
    const roles: Record<string, string[]> = {};
    for (const p of a.parties) if (p.role) (roles[p.role] ??= []).push(p.name);
    out.agreements.push({
      parties: a.parties.map((p) => p.name),
      type: a.type,
      date: a.date,
      ...(Object.keys(roles).length > 0 ? { roles } : {}),
      evidence: a.evidence.map((e) => ({ text: e.surface, start: e.start, end: e.end })),
    });
  }
  return out;
}
