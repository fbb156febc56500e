/**
 * A package loaded on first use instead of at import. Worker threads import every stage, but
 * many runs never need some packages (compromise without English text, htmlparser2 without
 * HTML files, the YAML parsers when the main thread ships the parsed seed files), and each
 * adds to the start-up of every thread that loads it.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function lazyRequire<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
