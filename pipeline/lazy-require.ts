/**
 * A package loaded on first use instead of at import. Worker threads import every stage, but
 * many runs never need some packages (compromise without English text, htmlparser2 without
 * HTML files, the YAML parsers when the main thread ships the parsed seed files); each costs
 * 20–230 ms of start-up per thread.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
