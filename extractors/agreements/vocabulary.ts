/**
 * seeds/agreements/*.yaml: schemas, loading, validation and compilation into matchers.
 *
 * Every wording lives in the YAML files (the user edits data, not code); this module only
 * checks it (zod + semantic checks, errors name file:line) and compiles it into a few
 * precompiled global regexes so that the extractor scans a document once per kind of cue.
 */
import { registerWordLed } from '../../text/word-scan.ts';
import type { Lang } from '../../text/types.ts';
import path from 'node:path';
import { descriptiveReferences, type AnaphorDef } from './descriptive-anaphora.ts';
import { FOLD_LIMIT } from '../../text/chars.ts';
import { loadYaml, ResourceError } from '../../text/seed-files.ts';
import { bmpVariant, literalWeight, requiredLiteralLists, requiredLiterals, requiresWide } from './pattern-facts.ts';
import { alternativesRegex, buildWordMatcher, clauseBreakRegexes, compileRegex, compileRelationPattern, nfkc, withWordPairGroups, type WordMatcher } from './vocabulary-compile.ts';
import { AGREEMENT_TYPES, type AgreementType } from '../types.ts';
import { derived } from '../../text/derived-cache.ts';
import {
  anaphoraSchema,
  cueSchema,
  type MarkerLangData,
  markersSchema,
  orgSchema,
  relationSchema,
  signingSchema,
  tablesSchema,
  typesSchema,
} from './vocabulary-schema.ts';

/** Seed files, relative to the seeds directory (the extractor's `resources`). */
export const AGREEMENT_RESOURCES = [
  'agreements/types.yaml',
  'agreements/cues.ja.yaml',
  'agreements/cues.en.yaml',
  'agreements/relations.yaml',
  'agreements/signing-verbs.yaml',
  'agreements/anaphora.yaml',
  'agreements/markers.yaml',
  'agreements/organisations.yaml',
  'agreements/tables.yaml',
] as const;

// ---------------------------------------------------------------------------------------
// Compiled forms

export interface TypeInfo {
  priority: number;
  direction: 'bilateral' | 'directional';
  plainParties: boolean;
}

export interface CueDef {
  type: AgreementType;
  priority: number;
  /** Grammar of this wording (the type's, unless the entry overrides it: 供給契約 is bilateral). */
  direction: 'bilateral' | 'directional';
  needsSigning: boolean;
  /** Except strings with the offset of the cue inside them. */
  excepts: { text: string; offset: number }[];
  source: string;
}

export interface PatternCue {
  regex: RegExp;
  def: CueDef;
  /** Every match holds a CJK character (see WIDE): no match in a text without one. */
  wide: boolean;
  /** The regex without the `u` flag, for a text without astral characters (see bmpVariant). */
  bmp: RegExp | null;
}

export interface CompiledRelation {
  id: string;
  lang: 'ja' | 'en';
  type: AgreementType;
  regex: RegExp;
  /** The regex without the `u` flag, for a text without astral characters (see bmpVariant). */
  bmp: RegExp | null;
  /**
   * Lists of lower-cased literals such that every match contains one literal of each list
   * (requiredLiteralLists: the best list, then up to three more of literals of three characters
   * or more), or null: a clause whose flat text, Latin case folded, lacks every literal of one
   * list cannot match. (Folding maps a run of characters that matches a literal, with or without
   * `i`, onto the lower-cased literal; a list with a cased letter the fold does not reach, Greek
   * or Cyrillic, is left out.)
   */
  needs: string[][] | null;
  /** Names of the capture groups in slot order. */
  slots: ('A' | 'B')[];
  perPair: boolean;
  implicitSubject: boolean;
  /** The implicit subject is only the company of the funding round just told (`implicit_subject: round`). */
  roundSubject: boolean;
  minParties: number;
  namedOnly: boolean;
  /** Slot A is a closed set: a list joined by や (some of many: 「AやBが出資するC」) does not fill it. */
  closedList: boolean;
  background: boolean;
  consume: 'A' | 'B' | 'both' | null;
  /** Informative roles of the two slots (investor / investee …). */
  roles: { A: string; B: string } | null;
}

export type { AnaphorDef } from './descriptive-anaphora.ts';

export interface OrgDef {
  name: string;
  kind: string;
}

export interface MarkerLists {
  exampleList: string[];
  parentDescriptors: string[];
  jvCompany: string[];
  /** A partner named by a common noun ("自動車メーカーとの", "with several automakers"). */
  unnamedPartner: RegExp | null;
  /** One global regex of the clause breaks (a clause ends at the end of a match), or null. */
  clauseBreaks: RegExp | null;
  /**
   * The clause breaks anchored at the sentence's start ('^…': an opening phrase, "As Tesla cut
   * prices, "), as one regex tried there once: in the global one, each such alternative was tried
   * at every position (four of them doubled the time of the English breaks).
   */
  clauseOpenings: RegExp | null;
  /** One global regex of inserted clauses (cut out at both ends), or null. */
  insertedClauses: RegExp | null;
  /** One regex of phrases that refer back to the deal just reported ("signed a similar deal"), or null. */
  sameDeal: RegExp | null;
  termination: WordMatcher<true>;
  tentative: WordMatcher<true>;
  /** One regex of reports the clause calls untrue (markers.yaml denied_reports), or null. */
  deniedReports: RegExp | null;
  /**
   * One sticky regex of what may follow a name to report the name's own act ("said it had",
   * "announced on Monday that they would"), or null: relation patterns read the name as the
   * subject of what follows (relations.ts flatten).
   */
  reportedSelf: RegExp | null;
}

export interface AgreementVocabulary {
  types: Map<AgreementType, TypeInfo>;
  cueWords: WordMatcher<CueDef>[];
  cuePatterns: PatternCue[];
  relations: CompiledRelation[];
  /** The relation patterns a clause of each language runs ('other': all of them). */
  relationsByLang: Record<Lang, CompiledRelation[]>;
  signing: WordMatcher<true>[];
  anaphora: WordMatcher<AnaphorDef>[];
  /** English descriptive references to one company: "the (up to three words) carmaker". */
  descriptiveAnaphora: RegExp | null;
  /** The anaphor a descriptive reference makes ("the Japanese automaker"), with the sectors of its head noun. */
  descriptiveHeadDef(match: string): AnaphorDef;
  orgWords: WordMatcher<OrgDef>[];
  /**
   * `wide`: every match holds a CJK character (see WIDE); `required`: a regex that every
   * match contains a match of (requiredLiterals), or null.
   */
  orgPatterns: { regex: RegExp; lang: 'ja' | 'en'; wide: boolean; required: RegExp | null }[];
  orgNameFromAbbreviation: boolean;
  markers: { ja: MarkerLists; en: MarkerLists };
  tableRoles: { id: string[]; date: string[]; party: string[]; description: string[]; descriptionFallback: string[]; partyTypes: { type: AgreementType; words: string[] }[]; dealParties: string[] };
}

/** CompiledRelation.needs of a relation's regex. */
function relationNeeds(regex: RegExp): string[][] | null {
  const lists = requiredLiteralLists(regex.source);
  if (!lists) return null;
  // (a list of short literals or of function words is in most clauses: it filters little, and
  // its occurrences cost the scan; the best list is kept whatever it is, as it always was)
  const chosen = [lists[0]!, ...lists.slice(1).filter((l) => literalWeight(l) >= 3)]
    .filter((l) => l.every((w) => [...w].every((ch) => ch.charCodeAt(0) < FOLD_LIMIT || ch.toLowerCase() === ch.toUpperCase())))
    .slice(0, 4)
    .map((l) => l.map((w) => w.toLowerCase()));
  return chosen.length > 0 ? chosen : null;
}

export function loadAgreementVocabulary(seedsDir: string): AgreementVocabulary {
  const f = (rel: string) => path.join(seedsDir, rel);

  // types
  const typesFile = f('agreements/types.yaml');
  const typesY = loadYaml(typesFile, typesSchema);
  const types = new Map<AgreementType, TypeInfo>();
  typesY.data.types.forEach((t, i) => {
    if (types.has(t.type)) throw new ResourceError(typesFile, typesY.lineOf(['types', i, 'type']), `type "${t.type}" is listed twice`);
    types.set(t.type, { priority: t.priority, direction: t.direction, plainParties: t.plain_parties });
  });
  for (const t of AGREEMENT_TYPES) {
    if (!types.has(t)) throw new ResourceError(typesFile, null, `type "${t}" is missing`);
  }

  // signing verbs (needed before cues only for documentation; compiled independently)
  const signY = loadYaml(f('agreements/signing-verbs.yaml'), signingSchema);
  const signing = [
    buildWordMatcher(signY.data.ja.map((word) => ({ word, value: true as const })), false),
    buildWordMatcher(signY.data.en.map((word) => ({ word, value: true as const })), true),
  ];

  // cues
  const cueWordEntries: { ja: { word: string; value: CueDef }[]; en: { word: string; value: CueDef }[]; enCase: { word: string; value: CueDef }[] } = { ja: [], en: [], enCase: [] };
  const cuePatterns: PatternCue[] = [];
  for (const lang of ['ja', 'en'] as const) {
    const file = f(`agreements/cues.${lang}.yaml`);
    const y = loadYaml(file, cueSchema);
    y.data.cues.forEach((c, i) => {
      if (!c.words?.length && !c.patterns?.length) throw new ResourceError(file, y.lineOf(['cues', i]), 'a cue needs words or patterns');
      const info = types.get(c.type)!;
      const words = (c.words ?? []).map(nfkc);
      const excepts: CueDef['excepts'] = [];
      for (const ex of (c.except ?? []).map(nfkc)) {
        const exFold = lang === 'en' ? ex.toLowerCase() : ex;
        let found = false;
        for (const w of words) {
          const wf = lang === 'en' ? w.toLowerCase() : w;
          let at = exFold.indexOf(wf);
          while (at >= 0) {
            excepts.push({ text: exFold, offset: at });
            found = true;
            at = exFold.indexOf(wf, at + 1);
          }
        }
        if (!found && words.length > 0) throw new ResourceError(file, y.lineOf(['cues', i, 'except']), `except "${ex}" contains none of the entry's words`);
      }
      const def = (source: string): CueDef => ({
        type: c.type,
        priority: c.priority ?? info.priority,
        direction: c.direction ?? info.direction,
        needsSigning: c.needs_signing ?? false,
        excepts,
        source,
      });
      for (const w of words) {
        const target = lang === 'ja' ? cueWordEntries.ja : c.case_sensitive ? cueWordEntries.enCase : cueWordEntries.en;
        target.push({ word: w, value: def(`${lang}:${w}`) });
      }
      (c.patterns ?? []).forEach((p, j) => {
        const regex = compileRegex(file, () => y.lineOf(['cues', i, 'patterns', j]), nfkc(p), lang === 'en' && !c.case_sensitive ? 'giu' : 'gu');
        cuePatterns.push({ regex, def: def(`${lang}:/${p}/`), wide: requiresWide(nfkc(p)), bmp: bmpVariant(regex) });
      });
    });
  }
  const cueWords = [
    buildWordMatcher(cueWordEntries.ja, false),
    buildWordMatcher(cueWordEntries.en, true),
    buildWordMatcher(cueWordEntries.enCase, false),
  ];

  // relations
  const relFile = f('agreements/relations.yaml');
  const relY = loadYaml(relFile, relationSchema);
  const ids = new Set<string>();
  const relations: CompiledRelation[] = relY.data.relations.map((r, i) => {
    const line = () => relY.lineOf(['relations', i]);
    if (ids.has(r.id)) throw new ResourceError(relFile, line(), `relation id "${r.id}" is used twice`);
    ids.add(r.id);
    const { regex, slots } = compileRelationPattern(relFile, () => relY.lineOf(['relations', i, 'pattern']), r.lang, r.pattern);
    if (r.consume && r.consume !== 'both' && !slots.includes(r.consume)) throw new ResourceError(relFile, line(), `consume: ${r.consume} but the pattern has no {${r.consume}} slot`);
    // per_pair pairs A with B; with an implicit subject and no {A}, the subject is A
    if (r.records === 'per_pair' && !(slots.includes('B') && (slots.includes('A') || r.implicit_subject))) {
      throw new ResourceError(relFile, line(), 'records: per_pair needs a {B} slot and an {A} slot (or implicit_subject: true)');
    }
    return {
      id: r.id,
      lang: r.lang,
      type: r.type,
      regex,
      bmp: bmpVariant(regex),
      needs: derived('relation-needs', `${regex.source}/${regex.flags}`, () => relationNeeds(regex)),
      slots,
      perPair: r.records === 'per_pair',
      implicitSubject: !!r.implicit_subject,
      roundSubject: r.implicit_subject === 'round',
      minParties: r.min_parties ?? 1,
      namedOnly: r.named_only ?? false,
      closedList: r.closed_list ?? false,
      background: r.background ?? false,
      consume: r.consume ?? null,
      roles: r.roles ?? null,
    };
  });

  // anaphora
  const anaY = loadYaml(f('agreements/anaphora.yaml'), anaphoraSchema);
  const anaphora = (['ja', 'en'] as const).map((lang) => {
    const d = anaY.data[lang];
    const entries: { word: string; value: AnaphorDef }[] = [];
    for (const g of d.group) for (const w of g.words) entries.push({ word: w, value: { kind: 'group', count: g.count, ...(g.of ? { of: g.of } : {}), ...(g.plural ? { plural: true } : {}) } });
    for (const w of d.single) entries.push({ word: w, value: { kind: 'single', count: 1 } });
    for (const w of d.self) entries.push({ word: w, value: { kind: 'self', count: 1 } });
    return buildWordMatcher(entries, lang === 'en');
  });
  const { descriptiveAnaphora, descriptiveHeadDef } = descriptiveReferences(anaY.data.en);

  // markers
  const mkFile = f('agreements/markers.yaml');
  const mkY = loadYaml(mkFile, markersSchema);
  const toLists = (lang: 'ja' | 'en', m: MarkerLangData): MarkerLists => {
    m.clause_breaks.forEach((b, i) => compileRegex(mkFile, () => mkY.lineOf([lang, 'clause_breaks', i]), nfkc(b), 'u'));
    m.inserted_clauses.forEach((b, i) => compileRegex(mkFile, () => mkY.lineOf([lang, 'inserted_clauses', i]), nfkc(b), 'u'));
    (m.unnamed_partner ?? []).forEach((b, i) => compileRegex(mkFile, () => mkY.lineOf([lang, 'unnamed_partner', i]), nfkc(b), 'u'));
    m.reported_self.forEach((b, i) => compileRegex(mkFile, () => mkY.lineOf([lang, 'reported_self', i]), nfkc(b), 'u'));
    m.same_deal.forEach((b, i) => compileRegex(mkFile, () => mkY.lineOf([lang, 'same_deal', i]), nfkc(b), 'u'));
    m.denied_reports.forEach((b, i) => compileRegex(mkFile, () => mkY.lineOf([lang, 'denied_reports', i]), nfkc(b), 'u'));
    return {
      exampleList: m.example_list.map(nfkc),
      parentDescriptors: m.parent_descriptors.map(nfkc),
      jvCompany: m.jv_company.map(nfkc),
      unnamedPartner: m.unnamed_partner?.length ? alternativesRegex(m.unnamed_partner, 'u') : null,
      ...clauseBreakRegexes(m.clause_breaks),
      insertedClauses: m.inserted_clauses.length ? alternativesRegex(m.inserted_clauses, 'gu') : null,
      sameDeal: m.same_deal.length ? alternativesRegex(m.same_deal, lang === 'en' ? 'iu' : 'u') : null,
      // ended, denied (negated_signing) or only expected (speculative): all read the same way
      termination: withWordPairGroups(
        buildWordMatcher(
          [...m.termination, ...(m.negated_signing?.words ?? []), ...(m.speculative?.words ?? [])].map((word) => ({ word, value: true as const })),
          lang === 'en',
        ),
        [
          { first: m.negated_signing?.first ?? [], then: m.negated_signing?.then ?? [] },
          { first: m.speculative?.first ?? [], then: m.speculative?.then ?? [] },
        ],
        lang === 'en',
      ),
      tentative: buildWordMatcher(m.tentative.map((word) => ({ word, value: true as const })), lang === 'en'),
      deniedReports: m.denied_reports.length ? alternativesRegex(m.denied_reports, lang === 'en' ? 'iu' : 'u') : null,
      reportedSelf: m.reported_self.length ? alternativesRegex(m.reported_self, 'uy') : null,
    };
  };
  const markers = { ja: toLists('ja', mkY.data.ja), en: toLists('en', mkY.data.en) };

  // organisations
  const orgFile = f('agreements/organisations.yaml');
  const orgY = loadYaml(orgFile, orgSchema);
  const orgJa: { word: string; value: OrgDef }[] = [];
  const orgEn: { word: string; value: OrgDef }[] = [];
  const seenOrg = new Map<string, string>();
  orgY.data.organisations.forEach((o, i) => {
    const def: OrgDef = { name: nfkc(o.name), kind: o.kind };
    for (const w of [o.name, ...o.aliases].map(nfkc)) {
      const prev = seenOrg.get(w);
      if (prev && prev !== def.name) throw new ResourceError(orgFile, orgY.lineOf(['organisations', i]), `alias "${w}" is claimed by "${prev}" and "${def.name}"`);
      seenOrg.set(w, def.name);
      (/^[\x20-\x7e]+$/.test(w) ? orgEn : orgJa).push({ word: w, value: def });
    }
  });
  const orgWords = [buildWordMatcher(orgJa, false), buildWordMatcher(orgEn, false)];
  const orgPatterns = (['ja', 'en'] as const).flatMap((lang) =>
    orgY.data.patterns[lang].map((p, j) => {
      const regex = compileRegex(orgFile, () => orgY.lineOf(['patterns', lang, j]), nfkc(p), 'gu');
      return { regex, lang, wide: requiresWide(nfkc(p)), required: requiredLiterals(nfkc(p), regex.flags) };
    }),
  );

  // tables
  const tabY = loadYaml(f('agreements/tables.yaml'), tablesSchema);
  const lower = (a: string[]) => a.map((s) => nfkc(s).toLowerCase());
  const tableRoles = {
    id: lower(tabY.data.roles.id),
    date: lower(tabY.data.roles.date),
    party: lower(tabY.data.roles.party),
    description: lower(tabY.data.roles.description),
    descriptionFallback: lower(tabY.data.roles.description_fallback),
    partyTypes: tabY.data.party_types.map((t) => ({ type: t.type, words: lower(t.words) })),
    dealParties: lower(tabY.data.deal_party_headers),
  };

  // the word-led ones are scanned by their first words (scan.ts): read them now, not on the first text
  registerWordLed([
    ...[...cueWords, ...signing, ...anaphora, ...orgWords].flatMap((m) => [m.regex, m.narrow]),
    ...cuePatterns.flatMap((p) => [p.regex, p.bmp]),
    ...orgPatterns.map((p) => p.regex),
    descriptiveAnaphora,
  ]);

  return {
    types,
    cueWords,
    cuePatterns,
    relations,
    relationsByLang: { ja: relations.filter((r) => r.lang === 'ja'), en: relations.filter((r) => r.lang === 'en'), other: relations },
    signing,
    anaphora,
    descriptiveAnaphora,
    descriptiveHeadDef,
    orgWords,
    orgPatterns,
    orgNameFromAbbreviation: orgY.data.name_from_abbreviation,
    markers,
    tableRoles,
  };
}
