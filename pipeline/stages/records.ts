/**
 * Turn what the extractors found (normalised UTF-16 ranges) into records with code-point
 * spans of the original text and their exact surface text. This is the only place where
 * coordinates are converted; `surface` is always cut from the original, so
 * substr(text, start + 1, end - start) = surface holds by construction.
 */
import { CodePointIndex } from '../../text/normalise.ts';
import type { AgreementType, CompanyLink, DateValue, DocContext, Extractor, Found } from '../../extractors/types.ts';
import type { NormRange, Segment } from '../../text/types.ts';

export type MentionKind = 'company' | 'date' | 'quantity';

export interface MentionRecord {
  kind: MentionKind;
  start: number;
  end: number;
  surface: string;
  value: Record<string, unknown>;
  companyId: string | null;
  extractor: string;
  extractorVersion: string;
  rule: string;
}

export interface AgreementRecordOut {
  type: AgreementType;
  date: DateValue | null;
  parties: { companyId: string | null; name: string; role?: string }[];
  evidence: { start: number; end: number; surface: string }[];
  extractor: string;
  extractorVersion: string;
  rule: string;
}

export interface SegmentRecord {
  idx: number;
  kind: string;
  paragraph: number;
  lang: string;
  start: number;
  end: number;
  table: number | null;
  row: number | null;
}

export interface DiscoveredCompany {
  id: string;
  canonical: string;
  aliases: string[];
  /** Parent / owners found in this document (company_links). */
  links: CompanyLink[];
}

export interface DocumentRecords {
  segments: SegmentRecord[];
  mentions: MentionRecord[];
  agreements: AgreementRecordOut[];
  discovered: DiscoveredCompany[];
  documentDate: { value: string; source: string } | null;
  languageMix: Record<string, number>;
}

export function toRecords(ctx: DocContext, found: Found, extractors: readonly Extractor[]): DocumentRecords {
  const { norm } = ctx;
  const cps = new CodePointIndex(norm.original);
  const versionOf = new Map(extractors.map((e) => [e.id, e.version]));
  const span = (r: NormRange) => {
    const o = norm.toOriginal(r.start, r.end);
    return { start: o.start, end: o.end, surface: cps.slice(o.start, o.end) };
  };
  const mentions: MentionRecord[] = [];
  const push = (kind: MentionKind, extractor: string, r: NormRange, value: Record<string, unknown>, rule: string, companyId: string | null = null) => {
    const s = span(r);
    if (s.end <= s.start) return;
    mentions.push({ kind, ...s, value, companyId, extractor, extractorVersion: versionOf.get(extractor) ?? '?', rule });
  };
  const discovered = new Map<string, DiscoveredCompany>();
  for (const c of found.companies) {
    push('company', 'companies', c, { canonical: c.canonical, discovered: c.discovered }, c.rule, c.entityId);
    if (c.discovered) {
      const d = discovered.get(c.entityId) ?? { id: c.entityId, canonical: c.canonical, aliases: [], links: [] };
      const surface = norm.text.slice(c.start, c.end);
      if (!d.aliases.includes(surface)) d.aliases.push(surface);
      for (const l of c.links ?? []) if (!d.links.some((x) => x.id === l.id && x.relation === l.relation)) d.links.push(l);
      discovered.set(c.entityId, d);
    }
  }
  for (const d of found.dates) push('date', 'dates', d, d.value ? { ...d.value } : { unresolved: true, relative: d.relative ?? null }, d.rule);
  for (const q of found.quantities) {
    const value: Record<string, unknown> = { kind: q.kind, value: q.value, unit: q.unit };
    if (q.min !== undefined) value.min = q.min;
    if (q.max !== undefined) value.max = q.max;
    if (q.mod) value.mod = q.mod;
    if (q.perYear) value.perYear = true;
    push('quantity', 'quantities', q, value, q.rule);
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const agreements: AgreementRecordOut[] = found.agreements.map((a) => ({
    type: a.type,
    date: a.date,
    parties: a.parties.map((p) => ({ companyId: p.entityId.startsWith('plain:') ? null : p.entityId, name: p.name, ...(p.role ? { role: p.role } : {}) })),
    evidence: a.evidence.map(span),
    extractor: 'agreements',
    extractorVersion: versionOf.get('agreements') ?? '?',
    rule: a.rule,
  }));
  const segments = ctx.segments.map((s: Segment) => {
    const o = norm.toOriginal(s.start, s.end);
    return {
      idx: s.index,
      kind: s.kind,
      paragraph: s.paragraph,
      lang: s.lang,
      start: o.start,
      end: o.end,
      table: s.table?.table ?? null,
      row: s.table?.row ?? null,
    };
  });
  return {
    segments,
    mentions,
    agreements,
    discovered: [...discovered.values()],
    documentDate: found.documentDate ? { value: found.documentDate.value, source: found.documentDate.source } : null,
    languageMix: languageMix(ctx),
  };
}

function languageMix(ctx: DocContext): Record<string, number> {
  const chars: Record<string, number> = { ja: 0, en: 0, other: 0 };
  let total = 0;
  for (const s of ctx.segments) {
    chars[s.lang] = (chars[s.lang] ?? 0) + (s.end - s.start);
    total += s.end - s.start;
  }
  const mix: Record<string, number> = {};
  for (const [k, v] of Object.entries(chars)) if (v > 0) mix[k] = Math.round((v / Math.max(1, total)) * 1000) / 1000;
  return mix;
}
