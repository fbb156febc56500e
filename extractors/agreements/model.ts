/**
 * Internal data model of the agreement extractor.
 *
 *  Atom   — a named thing in the text that can stand for a party: a company mention (from the
 *           company extractor), a named non-company organisation (NITE, JARI; our own small
 *           recogniser), or an anaphor (両社, 同社, 弊社, the two companies).
 *  Unit   — an atom in a clause, with what follows it absorbed (社, a bracketed alias, a
 *           bracketed note) and its grammatical role read from the particle after it.
 *  CueHit — a wording that names an agreement type (提携, MOU, joint venture…).
 */
import type { AgreementParty, AgreementType, DateValue } from '../types.ts';
import type { NormRange } from '../../text/types.ts';
import type { AnaphorDef, CueDef } from './vocabulary.ts';

export interface Party extends AgreementParty {
  /** true for companies, false for plain organisations. */
  company: boolean;
  /** The dictionary's sector of the company, when known ("the automaker" is one of automaker / ev_maker). */
  sector?: string;
  /** The dictionary's country of the company, when known ("the British company" is one of GB). */
  country?: string;
}

export interface Atom {
  start: number;
  end: number;
  kind: 'company' | 'org' | 'anaphor';
  /** Company or organisation party (kind company/org). */
  party?: Party;
  /** Anaphor definition (kind anaphor). */
  anaphor?: AnaphorDef;
}

export interface CueHit {
  start: number;
  end: number;
  def: CueDef;
}

/**
 * Grammatical role of a unit in its clause.
 *  subject:    Aは / Aが / Aも (ja); the first party of an English clause
 *  partner:    Aと / Aとの / with A / between A and …
 *  target:     Aに / Aを / Aから / Aへ (ja): the other side of a directional cue
 *  possessive: Aの
 *  other:      anything else
 */
export type Role = 'subject' | 'partner' | 'target' | 'possessive' | 'other';

export interface Unit {
  atom: Atom;
  /** Start of the atom; end after 社, an alias bracket or a note bracket. */
  start: number;
  end: number;
  /** End of the name itself (atom end, plus 社). */
  nameEnd: number;
  /** The bracket after the name is an alias of it ("寧徳時代(CATL)"), skipped as a whole. */
  alias: boolean;
  role: Role;
  /** Coordinated with the next unit (AとB…, A、B…, A and B). */
  coordNext: boolean;
  /** Coordinated with the next unit past a kind of company ("A and oil company B"): where that kind is, left out of relations' flat text. */
  kindBeforeNext?: { start: number; end: number };
  /** Coordinated with the next unit as dated objects of one verb: 「22年2月にA、23年2月にはBを」. */
  datedNext?: boolean;
  /** Inside a bracketed note of another unit: "X(AとBの合弁)" → A, B. */
  inNote: boolean;
  /** Why this unit cannot be a party of the clause's own agreement (null: it can). */
  excluded: string | null;
  /** Removed by a relation pattern (its parties belong to that relation). */
  consumed: boolean;
  /**
   * Inside a relative clause that describes another name (「ホンダとの協議が不調に終わった日産は」,
   * 「トヨタが主催する展示会で」): a party only of a deal stated inside that range.
   */
  relative?: { start: number; end: number };
  /** Named as the issuer of shares (「SUBARU株を取得」「クルーズ株をGMに売却」). */
  shares?: boolean;
  /** Japanese: the agent of the act, before による / によって (「トヨタによるTOBで」). */
  agent?: boolean;
  /** Japanese: a partner named by とともに / と一緒に, who acts with the subject (「AはBとともにCに出資」). */
  together?: boolean;
  /** Japanese: a subject marked as the topic (は, も, では; not が), which carries over later clauses. */
  topic?: boolean;
  /** Japanese: named as the one a thing goes to, before 向け / への (「テスラ向けの電池」「トヨタへの供給」). */
  recipient?: boolean;
}

export interface RawAgreement {
  type: AgreementType;
  parties: Party[];
  date: DateValue | null;
  evidence: NormRange[];
  rule: string;
  /** Background description (no date expected), e.g. "X(AとBの合弁)". */
  background: boolean;
  /**
   * A later step told in the same sentence ("had an offtake agreement with A when it bought a
   * stake in A"): not one package with the other deals of the sentence (merge.ts).
   */
  step?: true;
}
