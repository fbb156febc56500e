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
      throw failedOn(e, extractor, ctx);
    }
    if (timings) timings[extractor.id] = (timings[extractor.id] ?? 0) + performance.now() - t0;
  }
  return found;
}

function failedOn(e: unknown, extractor: Extractor, ctx: DocContext): Error {
  const err = e as Error;
  err.message = `extractor "${extractor.id}" failed on ${ctx.name}: ${err.message}`;
  return err;
}

/**
 * The extractors over several documents, extractor by extractor: each extractor runs on every
 * document before the next one starts. What each document gets is what runExtractors gives it
 * (an extractor reads only its own document's context and what earlier extractors found in
 * it), but one extractor's tables, automata and compiled code stay in the processor's caches
 * from one document to the next, instead of being evicted by the other three's for every
 * document. Measured in one process, alternating (.bench real-density corpora, batches of 16):
 * 0.62–0.87 of the per-document order's extraction time, records identical. An extractor with
 * extractMany goes further: each of its steps runs on every document before its next step
 * (extractors/steps.ts; 0.85 of the extractors' time again on real-density Japanese).
 *
 * A document on which an extractor throws gets that error (named as runExtractors names it)
 * and no further extractor; the other documents go on. `timings[k]` collects document k's
 * milliseconds by extractor (under extractMany, an equal share of the batch's).
 */
export function runExtractorsOver(ctxs: readonly DocContext[], extractors: readonly Extractor[], timings: readonly ExtractTimings[]): (Found | Error)[] {
  const out: (Found | Error)[] = ctxs.map(() => emptyFound());
  for (const extractor of extractors) {
    const live: number[] = [];
    for (let k = 0; k < ctxs.length; k++) if (!(out[k] instanceof Error)) live.push(k);
    if (extractor.extractMany && live.length > 1) {
      // step by step across the documents; each document is charged an equal share of the time
      const t0 = performance.now();
      let errors: (Error | null)[];
      try {
        errors = extractor.extractMany(
          live.map((k) => ctxs[k]!),
          live.map((k) => out[k] as Found),
        );
      } catch (e) {
        // every document fails with it (each with its own copy: failedOn names the document)
        const cause = e as Error;
        errors = live.map(() => Object.assign(new Error(cause.message), { name: cause.name, stack: cause.stack }));
      }
      const share = (performance.now() - t0) / live.length;
      live.forEach((k, i) => {
        const e = errors[i];
        if (e) out[k] = failedOn(e, extractor, ctxs[k]!);
        timings[k]![extractor.id] = (timings[k]![extractor.id] ?? 0) + share;
      });
      continue;
    }
    for (let k = 0; k < ctxs.length; k++) {
      const found = out[k]!;
      if (found instanceof Error) continue;
      const t0 = performance.now();
      try {
        extractor.extract(ctxs[k]!, found);
      } catch (e) {
        out[k] = failedOn(e, extractor, ctxs[k]!);
      }
      const ms = timings[k]!;
      ms[extractor.id] = (ms[extractor.id] ?? 0) + performance.now() - t0;
    }
  }
  return out;
}
