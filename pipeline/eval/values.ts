/**
 * When a matched date or quantity also has the right value (score.py date_value_ok,
 * qty_value_ok and num_eq). Values come from JSON files, so they are checked, not trusted.
 */

/** A company, date or quantity mention of a gold-format file (other fields are kept but unused). */
export interface Mention {
  text?: string | null;
  start: number;
  end: number;
  optional?: boolean;
  canonical?: string | null;
  value?: unknown;
  kind?: string | null;
  unit?: string | null;
  min?: unknown;
  max?: unknown;
}

type Fields = Record<string, unknown>;

const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON value as text, the way score.py's str() compares it: absent and null are one thing. */
function asText(v: unknown): string {
  if (v === undefined || v === null) return 'None';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Dates: start and end are the same when written out ("2025" and 2025 are). */
export function sameDateValue(gold: unknown, system: unknown): boolean {
  const g = isFields(gold) ? gold : {};
  const s = isFields(system) ? system : {};
  return asText(g.start) === asText(s.start) && asText(g.end) === asText(s.end);
}

/** A number, or a string holding one (as Python's float() reads it, roughly); undefined otherwise. */
function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

/** Equal within a relative tolerance of 1e-6 (absolute below 1); two absent values are equal. */
export function numEq(a: unknown, b: unknown): boolean {
  if (a == null || b == null) return a == null && b == null;
  const x = asNumber(a);
  const y = asNumber(b);
  if (x === undefined || y === undefined) return false;
  return Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
}

/**
 * Quantities: same kind and unit (absent = ""), and the same value — a number, a range
 * (value null with min and max), or an object {value, min, max} compared key by key; a gold
 * number also matches a system range whose min and max both equal it.
 */
export function sameQuantityValue(g: Mention, s: Mention): boolean {
  if ((g.kind ?? null) !== (s.kind ?? null)) return false;
  if ((g.unit || '') !== (s.unit || '')) return false;
  const gv = g.value ?? null;
  const sv = s.value ?? null;
  if (isFields(gv) || isFields(sv)) {
    const gf: Fields = isFields(gv) ? gv : { value: gv };
    const sf: Fields = isFields(sv) ? sv : { value: sv };
    return ['value', 'min', 'max'].every((k) => !(k in gf || k in sf) || numEq(gf[k], sf[k]));
  }
  if (gv === null) return numEq(g.min, s.min) && numEq(g.max, s.max);
  return numEq(gv, sv) || (sv === null && numEq(gv, s.min) && numEq(gv, s.max));
}
