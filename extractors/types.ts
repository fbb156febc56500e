/**
 * The contract between the pipeline stages and the extractors.
 *
 * Coordinates: extractors work on the NORMALISED text (`ctx.norm.text`, a JS string) and
 * report half-open UTF-16 ranges of it (text/types.ts). The pipeline maps every range back to
 * the ORIGINAL text and stores half-open Unicode code-point offsets (see
 * ../shared/spec/RECORDS.md). Extractors never compute original offsets themselves.
 */
import type { NormRange, NormalizedText, Segment, Token } from '../text/types.ts';

export type DateGranularity =
  | 'century'
  | 'year'
  | 'fiscal_year'
  | 'half'
  | 'quarter'
  | 'month'
  | 'day';

export type DateMod = 'start' | 'mid' | 'end' | 'approx' | 'after' | 'before';

/** RECORDS.md §2: ISO-8601 prefixes at the expression's own granularity. */
export interface DateValue {
  start: string | null;
  end: string | null;
  granularity: DateGranularity;
  mod?: DateMod;
}

export interface CompanyMention extends NormRange {
  /** Stable entity id: the dictionary id, or "discovered:<key>" for a discovered company. */
  entityId: string;
  /** Canonical (English where known) name, the same for every alias of the entity. */
  canonical: string;
  discovered: boolean;
  /** Id of the pattern / rule that produced the mention, for provenance. */
  rule: string;
  /** A discovered company's parent (subsidiary of) or owners (JV founders), as found in the text. */
  links?: CompanyLink[];
  /** The dictionary's sector of the company (in memory only: "the automaker" resolves to one). */
  sector?: string;
  /** The dictionary's country of the company (in memory only: "the British company" resolves to one). */
  country?: string;
}

export interface CompanyLink {
  /** Company id of the parent / owner. */
  id: string;
  relation: 'parent' | 'owner';
}

export interface DateMention extends NormRange {
  /** null: a relative or anaphoric date with nothing to resolve it against (see `relative`). */
  value: DateValue | null;
  /** What a date with `value: null` is relative to (RECORDS.md §2), e.g. {unit: 'month', offset: 1}. */
  relative?: Record<string, unknown>;
  rule: string;
}

export const QUANTITY_KINDS = ['energy', 'energy_density', 'specific_capacity', 'power', 'money', 'percent', 'area'] as const;
export type QuantityKind = (typeof QUANTITY_KINDS)[number];

export const QUANTITY_MODS = ['approx', 'max', 'min', 'more_than', 'less_than'] as const;
export type QuantityMod = (typeof QUANTITY_MODS)[number];

export interface QuantityMention extends NormRange {
  kind: QuantityKind;
  /** Number in the normalised unit; null for ranges and vague amounts (then min/max). */
  value: number | null;
  min?: number;
  max?: number;
  /** Normalised unit: Wh, Wh/L, Wh/kg, mAh/g, W, %, m2, or an ISO 4217 code. */
  unit: string;
  mod?: QuantityMod;
  /** "/年", 年産, 年間 …: the quantity is a per-year rate. */
  perYear?: boolean;
  rule: string;
}

export const AGREEMENT_TYPES = [
  'joint_venture',
  'strategic_partnership',
  'mou',
  'loi',
  'co_development',
  'supply',
  'licensing',
  'investment',
  'acquisition',
  'technical_service',
  'partnership',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export interface AgreementParty {
  /** Company entity id, or "plain:<name>" for a non-company party (e.g. a government agency). */
  entityId: string;
  /** Canonical company name, or the plain name. */
  name: string;
  /**
   * Informative role where the text states the direction (RECORDS.md §4): supplier / customer,
   * investor / investee, acquirer / target, licensor / licensee, provider / client, founder.
   */
  role?: string;
}

export interface AgreementRecord {
  type: AgreementType;
  parties: AgreementParty[];
  date: DateValue | null;
  /** Sentence(s) or table row(s) that state the agreement, as normalised ranges. */
  evidence: NormRange[];
  rule: string;
}

export interface DocumentDate {
  /** "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when only that is known). */
  value: string;
  /** Where it was found; null when it came from outside the text (file metadata). */
  range: NormRange | null;
  source: 'metadata' | 'dateline' | 'header' | 'first_date';
}

/** Everything found so far in one document; later extractors read earlier results. */
export interface Found {
  documentDate: DocumentDate | null;
  companies: CompanyMention[];
  dates: DateMention[];
  quantities: QuantityMention[];
  agreements: AgreementRecord[];
}

export interface DocContext {
  /** File name (basename) or external id. */
  name: string;
  norm: NormalizedText;
  segments: Segment[];
  /** Tokens per segment index (Japanese: kuromoji; English: compromise), computed on first use. */
  tokens: Map<number, Token[]>;
  /**
   * Tokens overlapping [start, end): the segment's tokens when it is already tokenised, else
   * the tokens of a small window around the range only (cheap; for weak signals about a
   * candidate name). Absent when the context was built without tokens.
   */
  tokensAround?: (start: number, end: number) => Token[];
  /** Document date from file metadata (HTML <meta>, front matter), if any. */
  metadataDate: string | null;
}

/** A company entity as the dictionary (or discovery) knows it, for the companies tables. */
export interface CompanyEntity {
  id: string;
  canonical: string;
  country?: string;
  sector?: string;
  wikidata?: string;
  parents: string[];
  aliases: { alias: string; lang: 'en' | 'ja' | 'zh' }[];
  /** Aliases (as listed in `aliases`) accepted only with company context. */
  ambiguous?: string[];
}

export interface Extractor {
  /** Stable id, e.g. "companies". */
  readonly id: string;
  /** Bump when the extractor's behaviour changes: reextract redoes documents it touched. */
  readonly version: string;
  /** Seed files (paths relative to the seeds directory) whose content the extractor depends on. */
  readonly resources: readonly string[];
  /** Add what this extractor finds to `found` (mutating it). Must be deterministic and synchronous. */
  extract(ctx: DocContext, found: Found): void;
  /**
   * Optional: what `extract` does, on several documents at once and step by step across them
   * (extractors/steps.ts: each step on every document before the next step), so that each
   * step's tables and compiled code stay in the processor's caches. Each document must get
   * exactly what `extract` gives it. Returns per document null, or the error `extract` would
   * have thrown on it (its `found` then left as it was).
   */
  extractMany?(ctxs: readonly DocContext[], founds: readonly Found[]): (Error | null)[];
  /** Company extractor only: every dictionary entity, to fill the companies/company_aliases tables. */
  entities?(): CompanyEntity[];
  /**
   * Write what this extractor added to `found` as rows (its records.ts): mentions, agreements,
   * discovered companies. The pipeline calls it for each extractor in order
   * (pipeline/stages/records.ts) and stamps each row with the extractor's id and version.
   */
  records?(found: Found, out: RecordWriter): void;
}

/** Options given to every extractor factory. */
export interface ExtractorOptions {
  /** Absolute path of the seeds directory (dictionaries, unit tables, vocabularies). */
  seedsDir: string;
  /** Keep caches derived from kuromoji's dictionary on disk (the `kuromojiCache` run option; default true). */
  kuromojiCache?: boolean;
}

export type ExtractorFactory = (options: ExtractorOptions) => Extractor;

// Rows: what the store keeps of a document's findings, in code-point spans of the original text.

export type MentionKind = 'company' | 'date' | 'quantity';

/** A code-point span of the original text and the text it covers. */
export interface OriginalSpan {
  start: number;
  end: number;
  surface: string;
}

export interface MentionRecord {
  kind: MentionKind;
  start: number;
  end: number;
  surface: string;
  value: Record<string, unknown>;
  /**
   * `value` as the JSON text the database stores, made where the record is made (a worker
   * thread when there are workers), so the single writer does not stringify it again.
   */
  valueJson?: string;
  companyId: string | null;
  extractor: string;
  extractorVersion: string;
  rule: string;
}

export interface AgreementRecordOut {
  type: AgreementType;
  date: DateValue | null;
  parties: { companyId: string | null; name: string; role?: string }[];
  evidence: OriginalSpan[];
  extractor: string;
  extractorVersion: string;
  rule: string;
}

export interface DiscoveredCompany {
  id: string;
  canonical: string;
  aliases: string[];
  /** Parent / owners found in this document (company_links). */
  links: CompanyLink[];
}

/**
 * Where an extractor's `records` writes its rows. The writer converts normalised ranges to
 * spans of the original text and adds the extractor's id and version to each row.
 */
export interface RecordWriter {
  /** The normalised text the ranges refer to. */
  readonly text: string;
  /** The original span and surface of a normalised range. */
  readonly span: (r: NormRange) => OriginalSpan;
  /**
   * A mention of a normalised range (dropped when it covers no original character). `valueJson`:
   * JSON.stringify(value), when the extractor has it already (a value shared by many mentions).
   */
  mention(kind: MentionKind, r: NormRange, value: Record<string, unknown>, rule: string, companyId?: string | null, valueJson?: string): void;
  agreement(row: Omit<AgreementRecordOut, 'extractor' | 'extractorVersion'>): void;
  discovered(company: DiscoveredCompany): void;
}
