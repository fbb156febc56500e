/**
 * An extractor's work on one document as STEPS: a generator that yields between its steps
 * (a scan, a group of rules, a judging pass) and returns the document's result. Run alone
 * (`finish`) it is the plain per-document function; over a batch (`stepAll`) each step runs on
 * every document before any document takes its next one, so that the step's tables, automata
 * and compiled regexes stay in the processor's caches instead of being evicted by the other
 * steps' for every document (Extractor.extractMany; pipeline/stages/extract.ts).
 */
import type { DocContext, Extractor, Found } from './types.ts';

export type Steps<T> = Generator<void, T, void>;

/** Run one document's steps to the end and return its result (or throw its error). */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Run several documents' steps in rounds: one step of each open document per round, in order.
 * Each document gets its result, or the error its steps threw (the others go on).
 */
export function stepAll<T>(all: readonly Steps<T>[]): (T | Error)[] {
  const out = new Array<T | Error>(all.length);
  let open: number[] = all.map((_, k) => k);
  while (open.length > 0) {
    const next: number[] = [];
    for (const k of open) {
      try {
        const r = all[k]!.next();
        if (r.done) out[k] = r.value;
        else next.push(k);
      } catch (e) {
        out[k] = e instanceof Error ? e : new Error(String(e));
      }
    }
    open = next;
  }
  return out;
}

/**
 * stepAll, then `use` each document's result (it adds it to the document's `found`): per
 * document null, or the error its steps threw — what Extractor.extractMany returns.
 */
export function stepEach<T>(all: readonly Steps<T>[], use: (result: T, k: number) => void): (Error | null)[] {
  return stepAll(all).map((r, k) => {
    if (r instanceof Error) return r;
    use(r, k);
    return null;
  });
}

/**
 * An extractor's `extract` and `extractMany`, both from its steps on one document (which add
 * what they found to `found` at their end): one document alone, or a batch step by step.
 */
export function fromSteps(steps: (ctx: DocContext, found: Found) => Steps<void>): Pick<Required<Extractor>, 'extract' | 'extractMany'> {
  return {
    extract: (ctx, found) => finish(steps(ctx, found)),
    extractMany: (ctxs, founds) =>
      stepEach(
        ctxs.map((ctx, k) => steps(ctx, founds[k]!)),
        () => {},
      ),
  };
}
