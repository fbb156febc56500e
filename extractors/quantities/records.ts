/** How the quantity extractor's findings become rows: one quantity mention each (RECORDS.md §3). */
import type { Found, RecordWriter } from '../types.ts';

export function quantityRecords(found: Found, out: RecordWriter): void {
  for (const q of found.quantities) {
    const value: Record<string, unknown> = { kind: q.kind, value: q.value, unit: q.unit };
    if (q.min !== undefined) value.min = q.min;
    if (q.max !== undefined) value.max = q.max;
    if (q.mod) value.mod = q.mod;
    if (q.perYear) value.perYear = true;
    out.mention('quantity', q, value, q.rule);
  }
}
