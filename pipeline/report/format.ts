/**
 * Human-readable summaries of stored values: language mix, normalised mention values, dates.
 */
import type { MentionRow } from './data.ts';

/** `{"ja":0.606,"en":0.394}` → `ja 61% · en 39%` (largest share first). */
export function formatLanguageMix(json: string): string {
  let mix: Record<string, number>;
  try {
    mix = JSON.parse(json) as Record<string, number>;
  } catch {
    return json;
  }
  return Object.entries(mix)
    .filter(([, share]) => typeof share === 'number' && share > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([lang, share]) => `${lang} ${Math.round(share * 100)}%`)
    .join(' · ');
}

function dateRange(start: unknown, end: unknown): string {
  if (typeof start !== 'string') return '';
  return end && end !== start ? `${start} – ${String(end)}` : start;
}

function quantity(v: Record<string, unknown>): string {
  const unit = typeof v.unit === 'string' ? ` ${v.unit}` : '';
  const amount = v.value !== undefined && v.value !== null ? String(v.value) : `${v.min ?? '…'}–${v.max ?? '…'}`;
  const parts = [`${String(v.kind ?? 'quantity')}: ${v.mod ? `${String(v.mod)} ` : ''}${amount}${unit}`];
  if (v.perYear) parts.push('per year');
  return parts.join(', ');
}

/** The normalised value of a mention as one line. */
export function formatMentionValue(m: Pick<MentionRow, 'kind' | 'value' | 'canonical' | 'company_id'>): string {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(m.value) as Record<string, unknown>;
  } catch {
    return m.value;
  }
  if (m.kind === 'company') return `${m.canonical ?? String(v.canonical ?? '')}${v.discovered ? ' (discovered)' : ''}`;
  if (m.kind === 'date') {
    const extra = [v.granularity, v.mod].filter((x) => typeof x === 'string').join(', ');
    return `${dateRange(v.start, v.end)}${extra ? ` (${extra})` : ''}`;
  }
  return quantity(v);
}

export function formatDateSpan(start: string | null, end: string | null): string {
  return start ? dateRange(start, end) : '';
}
