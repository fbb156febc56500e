/**
 * Types of the text layer: the normalised text with its offset map, segments and tokens.
 *
 * Coordinates: extractors work on the NORMALISED text (`NormalizedText.text`, a JS string) and
 * report half-open UTF-16 ranges of it (NormRange). The pipeline maps every range back to the
 * ORIGINAL text and stores half-open Unicode code-point offsets (CpSpan; see
 * ../shared/spec/RECORDS.md).
 */

export type Lang = 'ja' | 'en' | 'other';

/** A half-open UTF-16 range of the normalised text. */
export interface NormRange {
  start: number;
  end: number;
}

/** A half-open code-point range of the original (stored) text. */
export interface CpSpan {
  start: number;
  end: number;
}

export interface NormalizedText {
  /** Decoded document text exactly as stored in the database. */
  readonly original: string;
  /** NFKC + Japanese rules (see text/normalise.ts). */
  readonly text: string;
  /** Map a UTF-16 range of `text` to the code-point range of `original` that produced it. */
  toOriginal(start: number, end: number): CpSpan;
  /** UTF-16 index in `text` of the first normalised unit produced from original code point `cp` (inverse map, for evidence spans given in original coordinates). */
  fromOriginal(cp: number): number;
}

export type SegmentKind = 'heading' | 'sentence' | 'table_header' | 'table_row' | 'list_item';

export interface TableInfo {
  /** Index of the table within the document (0-based). */
  table: number;
  /** Row index within the table (0 = first data row). */
  row: number;
  /** Header cell texts (normalised), e.g. ["No.", "協業発表日", "外資系企業", "協業相手", "協業概要"]. */
  header: string[];
  /**
   * Cells of the row as UTF-16 ranges of the normalised text. Split on tabs when the row has
   * tabs, else on runs of spaces of the FIRST line; continuation lines (a cell that wraps) are
   * appended as further ranges flagged `continuation`.
   */
  cells: (NormRange & { continuation?: boolean })[];
  /** The cells were split on a delimiter (tabs, or the bars of a pipe table), not on spaces. */
  delimited?: boolean;
}

export interface Segment extends NormRange {
  index: number;
  kind: SegmentKind;
  /** Paragraph number (blank-line or structure separated block). */
  paragraph: number;
  lang: Lang;
  table?: TableInfo;
}

export interface Token extends NormRange {
  surface: string;
  /** kuromoji: 品詞 (名詞, 助詞, …); compromise: first tag (Noun, Verb, …). */
  pos: string;
  /** kuromoji: 品詞細分類1..3 joined by ',' (e.g. "固有名詞,組織,*"); compromise: all tags joined by ','. */
  detail: string;
  basic?: string;
}
