/** How the date extractor's findings become rows: one date mention each (RECORDS.md §2). */
import type { Found, RecordWriter } from '../types.ts';

export function dateRecords(found: Found, out: RecordWriter): void {
  for (const d of found.dates) out.mention('date', d, d.value ? { ...d.value } : { unresolved: true, relative: d.relative ?? null }, d.rule);
}
