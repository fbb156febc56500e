/**
 * The extractors, in the order they run. Later extractors read what earlier ones found:
 * dates first (it also fixes the document date that anchors year-less dates), then
 * companies, quantities, and agreements last (it needs companies and dates).
 */
import type { Extractor, ExtractorOptions } from './types.ts';
import { createDateExtractor } from './dates/index.ts';
import { createCompanyExtractor } from './companies/index.ts';
import { createQuantityExtractor } from './quantities/index.ts';
import { createAgreementExtractor } from './agreements/index.ts';

export const EXTRACTOR_FACTORIES = [
  createDateExtractor,
  createCompanyExtractor,
  createQuantityExtractor,
  createAgreementExtractor,
] as const;

/** Build every extractor (loading and validating its seed files: a bad dictionary throws here, before any work). */
export function createExtractors(options: ExtractorOptions): Extractor[] {
  return EXTRACTOR_FACTORIES.map((factory) => factory(options));
}
