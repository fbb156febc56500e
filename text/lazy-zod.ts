/**
 * zod, loaded and its schemas built only when something is validated. A run whose seed files
 * come from the start-up cache (the main thread) or from the main thread (a worker) validates
 * nothing, and importing zod cost every thread ~50 ms of its start (~25 ms bundled).
 */
import type { z } from 'zod';
import { lazyRequire } from './lazy-require.ts';

const zodModule = lazyRequire<{ z: typeof z }>('zod');

/** zod's `z`, loaded now. */
export function zod(): typeof z {
  return zodModule().z;
}

/**
 * The schemas `build` makes, built together (zod loaded) at the first call of the function
 * returned: a module's schemas refer to one another, so they are made in one go.
 */
export function lazySchemas<T>(build: (zod: typeof z) => T): () => T {
  let built: T | undefined;
  return () => (built ??= build(zod()));
}
