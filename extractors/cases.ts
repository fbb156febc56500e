/**
 * Case tables (issue #15): each extractor folder has a `cases.ts` beside its code, a list of
 * texts per language with the records the text MUST give (`expect`) and the surfaces it must
 * NOT give as that kind (`reject`), in the manner of chrono's per-language case lists and
 * textlint's rule tester tables. The cases are data only; `test/case-tester.ts` runs each text
 * through the library's `createExtractor` (the `extract-text` path, so the records are exactly
 * the public ones, RECORDS.md) and `extractors/cases.test.ts` runs every table.
 *
 * Matching: an `expect` entry matches a record of the kind with the same `text` (agreements:
 * the same party set) and every other field given equal — objects compared on the keys given
 * (a key given as `undefined` must be absent), arrays of strings as sets, numbers to 1e-9
 * relative. A `reject` entry (a surface string, or fields as in `expect`) must match no record.
 * Add a case here when you fix a bug.
 */

export type CaseLang = 'ja' | 'en';

/** The record kinds of the public output (`TextRecords` of pipeline/library.ts). */
export type CaseKind = 'companies' | 'dates' | 'quantities' | 'agreements';

/** A date value as in RECORDS.md §2; only the keys given are compared. */
export interface CaseDateValue {
  start?: string | null;
  end?: string | null;
  granularity?: string;
  mod?: string;
}

/** A mention that must (or must not) be found: its exact surface text plus any fields to check. */
export interface MentionExpectation {
  text: string;
  [field: string]: unknown;
}

export interface DateExpectation extends MentionExpectation {
  value?: CaseDateValue | null;
  relative?: Record<string, unknown>;
}

export interface CompanyExpectation extends MentionExpectation {
  company_id?: string | null;
  canonical?: string;
  discovered?: boolean;
}

export interface QuantityExpectation extends MentionExpectation {
  kind?: string;
  value?: number | null;
  unit?: string;
  min?: number;
  max?: number;
  mod?: string;
  per?: 'year';
}

/** An agreement: matched by its party set (canonical names, any order) plus the fields given. */
export interface AgreementExpectation {
  parties: string[];
  type?: string;
  date?: CaseDateValue | null;
  roles?: Record<string, string[]>;
  [field: string]: unknown;
}

export interface Case<E> {
  /** Shown in the test list; defaults to the text. */
  name?: string;
  /** The language of `text` (defaults to the list the case is in). */
  lang?: CaseLang;
  text: string;
  /** extract-text's reference_date ("YYYY-MM-DD") for relative and year-less dates. */
  referenceDate?: string;
  /** Records that must be found. */
  expect: E[];
  /** Records that must not be found as this kind: a surface text, or fields as in `expect`. */
  reject?: (string | Partial<E>)[];
}

/** A cases file: its per-language lists (`export const ja = …; export const en = …`). */
export interface CaseTable<E> {
  ja: readonly Case<E>[];
  en: readonly Case<E>[];
}

export type DateCases = CaseTable<DateExpectation>;
export type CompanyCases = CaseTable<CompanyExpectation>;
export type QuantityCases = CaseTable<QuantityExpectation>;
export type AgreementCases = CaseTable<AgreementExpectation>;
