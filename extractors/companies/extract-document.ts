/**
 * Company mentions of one document, in five passes over the normalised text:
 *
 *  1. dictionary (dictionary-pass.ts): automaton candidates → leftmost-longest selection →
 *     middle-dot compounds settled → ambiguous aliases need company context (ambiguity.ts) →
 *     legal forms join the span (株式会社, Inc., ホールディングス …);
 *  2. discovery: per segment, the Japanese / English / table rules propose names the
 *     dictionary lacks; they are cleaned, judged and filtered by the exclusions;
 *  3. bracket aliases: in "A(B)" where one side is a mention, the other side (if it reads as
 *     a name) is a mention of the same company; two discovered sides become one company;
 *     then repeats: every further occurrence of a discovered name is a mention too (and its
 *     brackets are read again) — further-names.ts; then a full name's head word used alone
 *     ("Mitsubishi" after "Mitsubishi Motors") — short-forms.ts;
 *  4. output: sorted, non-overlapping CompanyMention records with a rule id each.
 */
import type { CompanyMention, DocContext } from '../types.ts';
import { selectLeftmostLongest, type AliasMatch } from './alias-matcher.ts';
import { aliasKey } from './dictionary.ts';
import { dictionaryMentions } from './dictionary-pass.ts';
import { DocEntities } from './doc-entities.ts';
import type { CompanyResources } from './vocabulary.ts';
import { SegmentIndex } from './segments.ts';
import { isCurrencyBeforeAmount, NameJudge, type Strength } from './discovery/names.ts';
import { selectJudged, type Candidate, type RuleEnv } from './discovery/candidates.ts';
import {
  jaCompanySuffixRule,
  jaCounterRule,
  jaCountedListRule,
  jaAfterPatternRules,
  jaCueRules,
  jaNationalityRule,
  jaSubsidiaryRegionRule,
  jaLegalFormRules,
} from './discovery/ja-rules.ts';
import { jaHeadquartersRule } from './discovery/ja-headquarters-rule.ts';
import { jaParentCompoundRule } from './discovery/ja-parent-compound-rule.ts';
import { jaRegisteredNameRule } from './discovery/ja-registered-name-rule.ts';
import { enFollowUpRule } from './discovery/en-follow-up-rule.ts';
import { enHeadlineRule } from './discovery/en-headline-rule.ts';
import { jaFollowUpRule } from './discovery/ja-follow-up-rule.ts';
import { jaParallelRule } from './discovery/ja-parallel-rule.ts';
import { enAfterPatternRules, enBeforePatternRules, enContextRules, enLegalFormPrefixRule, enLegalFormRule, enPartnerOfKnownRule, enSubsidiaryRegionRule, enTickerRule } from './discovery/en-rules.ts';
import { isKanjiLike, isLatinWordChar } from '../../text/chars.ts';
import type { CompanyLink } from '../types.ts';
import { tableCellRule } from './discovery/table-rule.ts';
import { enListMemberRule } from './discovery/en-list-rule.ts';
import { enCompanyWordRule } from './discovery/en-company-word-rule.ts';
import { addAbbreviations, addBracketAliases, addRepeats, mergeEndingShortForms, mergeSharedNames, overlapping } from './further-names.ts';
import type { DocEntity, DocumentResult, ExtractOptions, Mention } from './model.ts';
import { joinRenamed } from './renames.ts';
import { addHeadShortForms } from './short-forms.ts';
import { preferEnglishNames } from './latin-canonical.ts';
import { isBeforePlaceFeature } from './place-features.ts';
import { mergeCrossScript, signatureEnv } from './cross-script.ts';
import { enCountryPossessiveRule } from './discovery/en-country-rule.ts';
import { jaPartnerOfKnownRule } from './discovery/ja-partner-rule.ts';
import { jaReadingBracketRule } from './discovery/ja-reading-rule.ts';
import { jaQuotedCountRule } from './discovery/ja-quoted-count-rule.ts';
import { finish, type Steps } from '../steps.ts';

/** The discovery rules over the whole text, in order (each proposes candidates; placeDiscovered chooses). */
const DISCOVERY_RULES: readonly ((env: RuleEnv, out: Candidate[]) => void)[] = [
  jaLegalFormRules,
  jaCounterRule,
  jaCountedListRule,
  jaQuotedCountRule,
  jaCueRules,
  jaAfterPatternRules,
  jaHeadquartersRule,
  jaSubsidiaryRegionRule,
  jaNationalityRule,
  jaRegisteredNameRule,
  jaParentCompoundRule,
  jaPartnerOfKnownRule,
  jaFollowUpRule,
  jaParallelRule,
  jaReadingBracketRule,
  enSubsidiaryRegionRule,
  enTickerRule,
  jaCompanySuffixRule,
  enLegalFormRule,
  enLegalFormPrefixRule,
  enContextRules,
  enBeforePatternRules,
  enAfterPatternRules,
  enPartnerOfKnownRule,
  enCompanyWordRule,
  enListMemberRule,
  enCountryPossessiveRule,
  enFollowUpRule,
  enHeadlineRule,
];

export function extractDocument(res: CompanyResources, ctx: DocContext, options: ExtractOptions = {}): DocumentResult {
  return finish(documentSteps(res, ctx, options));
}

/**
 * extractDocument in steps (extractors/steps.ts): the dictionary scan, the dictionary pass,
 * each discovery rule, placing (judging, which tokenises), and the further names each end a
 * step, so that over a batch each one's tables stay in the caches (CompanyExtractor.extractMany).
 */
export function* documentSteps(res: CompanyResources, ctx: DocContext, options: ExtractOptions = {}): Steps<DocumentResult> {
  const text = ctx.norm.text;
  const segments = new SegmentIndex(ctx);
  const entities = new DocEntities(res);

  // ---- 1. dictionary -------------------------------------------------------------------
  const allCandidates = res.matcher.candidates(text);
  yield;
  const mentions = dictionaryMentions(res, text, segments, allCandidates.filter((c) => !res.isKnownOrganisation(c.entity)), entities);
  yield;

  // ---- 2. discovery --------------------------------------------------------------------
  const judge = new NameJudge(ctx, res.patterns, res.exclusions, res.legal, segments);
  const env = discoveryEnv(res, ctx, judge, segments, mentions, options);
  const proposals: Candidate[] = [];
  for (const rule of DISCOVERY_RULES) {
    rule(env, proposals);
    yield;
  }
  for (const seg of ctx.segments) if (seg.kind === 'table_row') tableCellRule(env, seg, proposals);
  knownOrganisationProposals(env, allCandidates.filter((c) => res.isKnownOrganisation(c.entity)), proposals);
  yield;
  const discovered = placeDiscovered(mentions, proposals, text, (name) => entities.discovered(name), res);
  mentions.push(...discovered);
  mentions.sort((a, b) => a.start - b.start);
  yield;

  // ---- 3. bracket aliases, repeats of discovered names, then brackets of the repeats -------
  addBracketAliases(text, mentions, judge, segments);
  yield;
  if (addRepeats(res, text, mentions, entities.all())) addBracketAliases(text, mentions, judge, segments);
  yield;
  addAbbreviations(res, text, mentions);
  joinRenamed(text, mentions);
  mergeSharedNames(mentions);
  mergeEndingShortForms(mentions, (word) => res.patterns.enCompanyNameEndings.includes(word));
  addHeadShortForms(text, mentions, res.exclusions, {
    suffixes: res.patterns.kanjiSuffixes,
    katakanaSuffixes: res.patterns.hanHeadKatakanaSuffixes,
    places: res.patterns.registeredPlaces,
    ordinaryWord: (start, end) => segments.tokensOver(start, end).some((t) => t.start === start && t.end === end && t.pos === '名詞' && /^(?:一般|サ変接続|形容動詞語幹)/.test(t.detail)),
    countryBefore: (start) => res.patterns.nationalityPrefixes.some((p) => (p.length === 1 ? text[start - 1] === p : text.startsWith(`${p}の`, start - p.length - 1))),
  });
  yield;
  mergeCrossScript(mentions, signatureEnv(res));
  preferEnglishNames(text, mentions, (name) => res.legal.strip(name));

  // ---- 4. output -------------------------------------------------------------------------
  return documentResult(res, mentions, entities, env.rejected);
}

/**
 * What the discovery rules read of the document: besides the text and its segments, where the
 * dictionary mentions are, so that a rule does not propose what cannot be placed.
 */
function discoveryEnv(res: CompanyResources, ctx: DocContext, judge: NameJudge, segments: SegmentIndex, mentions: readonly Mention[], options: ExtractOptions): RuleEnv {
  const text = ctx.norm.text;
  const env: RuleEnv = {
    ctx,
    text,
    tables: res.tables,
    judge,
    segments,
    boundaries: res.boundaries,
    ...(options.debug ? { rejected: [] } : {}),
  };
  const dictCovered = new Uint8Array(text.length + 1);
  for (const m of mentions) dictCovered.fill(1, m.start, m.end);
  const maxMentionLength = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  env.cannotPlace = (s, e, strength) => {
    let any = false;
    for (let i = s; i < e; i++) if (dictCovered[i]) { any = true; break; }
    if (!any) return false;
    // placeDiscovered's rule (replacesMentions)
    const hits = overlapping(mentions, maxMentionLength, s, e);
    return !replacesMentions(hits, s, e, strength);
  };
  const dictEnds = new Set(mentions.map((m) => m.end));
  env.dictMentionEndsAt = (pos) => dictEnds.has(pos);
  const dictStarts = new Set(mentions.map((m) => m.start));
  env.dictMentionStartsAt = (pos) => dictStarts.has(pos);
  env.dictMentions = mentions;
  env.dictPrefix = (start, end) => {
    for (let k = end; k >= start + 2; k--) {
      if (isLatinWordChar(text.charCodeAt(k - 1)) && k < end && isLatinWordChar(text.charCodeAt(k))) continue;
      const entity = res.aliasIndex.get(aliasKey(text.slice(start, k)));
      if (entity !== undefined) return { end: k, entity };
    }
    return null;
  };
  return env;
}

/** The mentions in order, none overlapping an earlier one, each with its rule; and the companies they name. */
function documentResult(res: CompanyResources, mentions: Mention[], entities: DocEntities, rejected: RuleEnv['rejected']): DocumentResult {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: CompanyMention[] = [];
  let lastEnd = -1;
  for (const m of mentions) {
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    const links = m.entity.discovered ? linksOf(res, m.entity) : [];
    const entry = m.entity.dictIndex >= 0 ? res.dict.entities[m.entity.dictIndex]! : undefined;
    const sector = entry?.sector;
    const country = entry?.country;
    out.push({
      start: m.start,
      end: m.end,
      entityId: m.entity.id,
      canonical: m.entity.canonical,
      discovered: m.entity.discovered,
      rule: m.rule,
      ...(links.length ? { links } : {}),
      // (always set, undefined when unknown: one object shape for every mention)
      sector,
      country,
    });
  }
  const used = new Set(out.map((m) => m.entityId));
  return {
    mentions: out,
    entities: [...entities.all()].filter((e) => used.has(e.id)),
    ...(rejected ? { rejected } : {}),
  };
}

/**
 * A discovered company named after dictionary companies: one → its parent (Toyota Motor North
 * America, 東芝インフラシステムズ), two or more → its owners (Asahi Kasei Honda Battery Separator).
 */
function linksOf(res: CompanyResources, entity: DocEntity): CompanyLink[] {
  if (entity.links) return entity.links;
  const ids = new Set<string>();
  for (const name of [entity.canonical, ...entity.names]) {
    const found = selectLeftmostLongest(res.matcher.candidates(name).filter((c) => !res.isKnownOrganisation(c.entity) && !c.ambiguous));
    if (found.length && found.every((c) => c.end - c.start < name.length)) for (const c of found) ids.add(res.dict.entities[c.entity]!.id);
    if (ids.size) break;
  }
  const relation = ids.size > 1 ? 'owner' : 'parent';
  entity.links = [...ids].map((id) => ({ id, relation }));
  return entity.links;
}

/**
 * IPADIC's known organisations matched by the alias automaton (boundaries already checked)
 * become discovery proposals: they never displace a dictionary mention, and a longer name
 * found by a cue or a legal form wins over them.
 */
function knownOrganisationProposals(env: RuleEnv, matches: readonly AliasMatch[], out: Candidate[]): void {
  for (const m of matches) {
    if (m.left === 'nakaguro' || m.right === 'nakaguro') continue;
    const seg = env.segments.at(m.start);
    if (!seg || m.end > seg.end) continue;
    if (env.cannotPlace?.(m.start, m.end, 'cue')) continue;
    if (env.tables.patterns.knownOrganisationNotBefore.some((w) => env.text.startsWith(w, m.end))) continue;
    // (a product's name in quotes after its kind: 「いすゞ自動車の小型トラック「エルフ」」 names the truck)
    if (env.text[m.start - 1] === '「' && env.text[m.end] === '」' && env.tables.patterns.knownOrganisationProductHeads.some((w) => env.text.startsWith(w, m.start - 1 - w.length))) continue;
    // ("for NOK 78 million": IPADIC knows NOK, the company, but here it is the krone)
    if (isCurrencyBeforeAmount(env.text, m.end, env.text.slice(m.start, m.end))) continue;
    // 「日本電気協会」, 「アマゾン川」: an organisation or a place named after it, as for a dictionary alias
    if (isBeforePlaceFeature(env.text, m.end, env.tables.patterns)) continue;
    // followed by kanji (九州電力東京支社): kuromoji must end a word there (not 姫路工|場)
    if (isKanjiLike(env.text.charCodeAt(m.end)) && !env.segments.tokensOver(m.end - 1, m.end + 1).some((t) => t.end === m.end)) continue;
    out.push({ start: m.start, end: m.end, nameStart: m.start, nameEnd: m.end, rule: 'discovery:known_org', strength: 'cue' });
  }
}

/**
 * "a supply deal with Electra Battery Materials": an ambiguous alias (Electra, a charging
 * company; accepted here by the cue) that only opens a longer name found by a cue is that name's
 * first word, not the company: the longer name wins even as a cue candidate, and so over any alias
 * inside it ("GIB EnergyX Slovakia", EnergyX another company's name).
 */
function opensWithAmbiguousAlias(hits: readonly Mention[], start: number): boolean {
  return hits.length > 0 && hits[0]!.start === start && hits[0]!.rule.startsWith('dict:ambiguous');
}

/** Whether a discovered candidate over [start, end) replaces the dictionary mentions it overlaps (`hits`, at least one). */
function replacesMentions(hits: readonly Mention[], start: number, end: number, strength: Strength): boolean {
  const strictlyInside = hits.every((m) => m.start >= start && m.end <= end && m.end - m.start < end - start);
  return strictlyInside && (strength === 'strong' || opensWithAmbiguousAlias(hits, start));
}

/**
 * Keep the proposals that do not collide with dictionary mentions. A strong proposal (a
 * legal form is part of it) that strictly contains dictionary mentions replaces them:
 * トヨタ紡織株式会社 is not トヨタ.
 */
function placeDiscovered(
  mentions: Mention[],
  proposals: Candidate[],
  text: string,
  entityOf: (name: string) => DocEntity,
  res: CompanyResources,
): Mention[] {
  const out: Mention[] = [];
  const chosen = selectJudged(proposals);
  const maxLength = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  for (const p of chosen) {
    const hits = overlapping(mentions, maxLength, p.start, p.end);
    if (hits.length > 0) {
      if (!replacesMentions(hits, p.start, p.end, p.strength)) continue;
      for (const h of hits) mentions.splice(mentions.indexOf(h), 1);
    }
    const name = res.legal.strip(text.slice(p.nameStart, p.nameEnd)).replace(/[\s・]+$/u, '');
    // a stray legal form is no name: 「ホールディングス株式会社」 alone
    if (!name || res.legal.isOnlyForms(name)) continue;
    out.push({ start: p.start, end: p.end, entity: entityOf(name), rule: p.rule });
  }
  return out;
}
