/**
 * Stage "extract": run the extractors of extractors/index.ts in their explicit order.
 * Each extractor reads what earlier ones found (agreements read companies and dates).
 */
import type { DocContext, Extractor, Found } from '../../extractors/types.ts';

export function emptyFound(): Found {
  return { documentDate: null, companies: [], dates: [], quantities: [], agreements: [] };
}

export interface ExtractTimings {
  [extractorId: string]: number;
}

export function runExtractors(ctx: DocContext, extractors: readonly Extractor[], timings?: ExtractTimings): Found {
  const found = emptyFound();
  for (const extractor of extractors) {
    const t0 = timings ? performance.now() : 0;
    try {
      extractor.extract(ctx, found);
    } catch (e) {
      const err = e as Error;
      err.message = `extractor "${extractor.id}" failed on ${ctx.name}: ${err.message}`;
      throw err;
    }
    if (timings) timings[extractor.id] = (timings[extractor.id] ?? 0) + performance.now() - t0;
  }
  return found;
}
