/**
 * A year-less month or month range in brackets right after a Japanese fiscal period names that
 * period's months (「2025年度上期（4〜9月）」, 「26年3月期（25年4月〜26年3月）」 keeps its own years):
 * April–December are in the fiscal year's first calendar year, January–March in the next.
 * Without this, the months would take the year of the reading closest to the document date.
 */
import type { Candidate, Point } from '../model.ts';

const FISCAL_KINDS = new Set(['fiscal_year', 'fiscal_half', 'fiscal_quarter']);
const OPENING = /^[ \t]?[(（][ \t]?$/;
/** April: the first month of a Japanese fiscal year (RECORDS.md §2, 年度 = April–March). */
const FISCAL_FIRST_MONTH = 4;

function glossed(p: Point, fiscalYear: number): void {
  if (p.month === undefined) return;
  p.year = p.month >= FISCAL_FIRST_MONTH ? fiscalYear : fiscalYear + 1;
}

export function yearFromFiscalGloss(cands: Candidate[], text: string): Candidate[] {
  for (let i = 1; i < cands.length; i++) {
    const c = cands[i]!;
    const prev = cands[i - 1]!;
    if (c.from.kind !== 'month' || c.from.year !== undefined || c.from.rel || c.from.sameYear || (c.to && (c.to.kind !== 'month' || c.to.year !== undefined))) continue;
    const fy = prev.from.year;
    if (prev.to || !FISCAL_KINDS.has(prev.from.kind) || fy === undefined || prev.from.rel || !OPENING.test(text.slice(prev.end, c.start))) continue;
    glossed(c.from, fy);
    if (c.to) glossed(c.to, fy);
  }
  return cands;
}
