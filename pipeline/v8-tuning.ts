/**
 * V8 settings for this workload, applied once per process when a worker pool starts (V8's
 * flags are process-wide, so they cover the main thread too).
 *
 * Every worker thread is a V8 isolate that optimises the same extractor code for itself. On
 * the 2-core benchmark machine the optimising compiler's threads took about half of all CPU
 * during the first two seconds of an ingest (measured per thread from /proc), which made a
 * 2 MB batch run at half the speed of a 20 MB one. Two flags cut that cost:
 *  - `--no-turbo-inlining`: optimised functions no longer inline their callees, which makes
 *    each optimising compile much cheaper;
 *  - `--interrupt-budget=528000` (about 8× V8's default of 67,584): a function must run
 *    longer before it is optimised, so lukewarm code stays in the baseline tiers instead of
 *    being compiled (4× and 16× measured worse on the 2 MB batch).
 * Measured with `npm run bench` inputs: 2 MB Japanese 2.5 s → 1.8 s, 20 MB Japanese ~10.0 s →
 * ~9.5 s, 5 MB English 3.9 s → 3.7 s (the same records either way: only compilation changes).
 * EV_V8_DEFAULTS=1 keeps V8's defaults.
 */
import v8 from 'node:v8';

const FLAGS = ['--no-turbo-inlining', '--interrupt-budget=528000'];
let applied = false;

export function tuneV8ForExtraction(): void {
  if (applied || process.env.EV_V8_DEFAULTS === '1') return;
  for (const flag of FLAGS) v8.setFlagsFromString(flag);
  applied = true;
}
