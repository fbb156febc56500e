/**
 * The company extractor's view of one document (extract-document.ts): the companies seen in
 * it and their mentions before output.
 */
import type { CompanyLink, CompanyMention } from '../types.ts';
import { aliasKey } from './dictionary.ts';

/** A company as seen in this document. */
export interface DocEntity {
  id: string;
  canonical: string;
  discovered: boolean;
  /** Index into the dictionary, or -1 for a discovered company. */
  dictIndex: number;
  /** Surface names of a discovered company (without legal forms). */
  names: Set<string>;
  /** Parent / owners derived from the name (computed once, for discovered companies). */
  links?: CompanyLink[];
}

export interface Mention {
  start: number;
  end: number;
  entity: DocEntity;
  rule: string;
}

export interface DocumentResult {
  mentions: CompanyMention[];
  entities: DocEntity[];
  /** Proposals the discovery rules rejected (only when `debug` is set). */
  rejected?: { text: string; rule: string; reason: string }[];
}

/** "discovered:<key>": NFKC, case-folded, without spaces and name punctuation. */
export function discoveredKey(name: string): string {
  return aliasKey(name).replace(/[\s.,'’\-・()&]/g, '');
}

export interface ExtractOptions {
  /** Keep rejected discovery proposals in the result. */
  debug?: boolean;
}
