/**
 * Which units of a clause are the parties of its agreement, for one cue type.
 *
 * Japanese: the subject (Aは/Aが), the partners (Bと/Bとの), coordinated lists (AとB, A、B)
 * and, for directional types (investment, acquisition, supply, licensing, technical
 * service), the targets (Bに/Bを/Bから/Bの) — a directional type without a target gives
 * nothing. English: every eligible named party of the clause; a directional cue needs a
 * party within reach after it, or a "with B" partner. A lone partner gets the implicit
 * subject. Non-company organisations are parties only as partners (or as subject with a
 * company partner) and only for types that allow them.
 */
import type { Party, Unit, CueHit } from './model.ts';
import { implicitSubject, resolveUnit, type ClauseScope } from './parties.ts';
import { EN_FROM_BEFORE, SELLING, withRoles } from './roles.ts';
import { distinctParties, type DocState } from './state.ts';
import { perListedPartner, perRecipient } from './per-party.ts';
import { JA_EACH, jointOrSourcesDeal } from './co-subjects.ts';

function isCoordinated(units: readonly Unit[], i: number): boolean {
  return units[i]!.coordNext || (i > 0 && units[i - 1]!.coordNext);
}

/** Subjects that act each on their own before the cue: "A and B have each signed …", "… will each buy …". */
const EACH_SUBJECT_BEFORE_CUE = /\b(?:have|had|will|would)\s+each\s+[a-z]+\b[^.;]{0,40}$/;
/** How far after an English directional cue its target may be ("invest $3.5 billion in X"). */
const EN_TARGET_REACH = 60;
/** After a joint venture named with its founders: the one goods come from or a deal is made with (「Xから受注」「Xと契約」). */
const JV_AS_COUNTERPARTY = /^(?:から|より|と(?![し、])|に(?=(?:追加)?出資))/;
/** Shares sold to a buyer the text does not name (「APB株を福岡の新興に売却」): the company of the shares is still no party. */
const JA_UNNAMED_BUYER = /株(?:式)?(?:の[^、。]{0,10}?)?を、?[^、。\uE000-\uF8FF]{0,20}?(?:新興|新興企業|企業|会社|ファンド|投資会社|メーカー|大手)に(?:売却|譲渡|売り渡)/;
/** Before a second recipient of the goods: "… and to B". */
const EN_AND_TO = /\band\s+(?:also\s+)?to\s+(?:the\s+)?$/;
/** "to B", "to Finnish port operator B": the buyer after "to", a description of its kind between. */
const EN_TO_BUYER = /,?\s\bto\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+|[a-z][\w-]*\s+){0,3}?(?:operator|maker|company|firm|carmaker|automaker|utility|developer|producer|group|start-?up|manufacturer|supplier|retailer|airline|railway|builder)\s+)?$/;
const EN_HANDING_CUE = /^(?:supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|ship|ships|shipped|shipping)$/i;
/** A clause that opens with a common noun for its subject: "The startup raised …" (case-sensitive). */
const EN_UNNAMED_OPENING = /^[\s,]*(?:The|the|A|a|An|an|Its|its|Their|their)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+(?:has\s+|had\s+|have\s+|will\s+|also\s+)?[a-z]+(?:ed|s)?\b/;
/**
 * An English clause that opens with its verb, its subject named before a relative clause
 * ("Vulcan Energy Resources, which plans to …, has signed offtake agreements with …").
 */
const EN_AND_CO_SUBJECT = /^[\s,]*and\s+(?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*(?:,[^,;]{1,80},)?\s+(?:have|will|plan|are|were|jointly|together|agreed|signed|formed|struck|inked|teamed|partnered|set)\b/;
// (and the sentence's subject as a pronoun after "when": "…, when it bought a stake in …"; a deal turned into another: "… and turned it into a binding offtake contract")
// (or with the report of its subject: "…, said on Thursday it would also provide cells to A and B")
const EN_VERB_OPENING = /^[\s,]*(?:(?:said|says|announced|added)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+)?(?:that\s+)?(?:it|they)\s+|(?:it|they)\s+)?(?:(?:has|have|had|will|would|also|then|later|recently|is|was|were|are)\s+){0,2}(?:signed|agreed|struck|reached|inked|entered|formed|won|secured|announced|set\s+up|teamed\s+up|partnered|invested|acquired|bought|turned|converted|upgraded|firmed\s+up|provide|supply|deliver|sell|ship|buy|source|license|licence|invest|acquire|build|make)\b/;
/** Words that make co-actors one party to a deal: a consortium, 共同で, together. */
const JA_ACTING_TOGETHER = /企業連合|連合|コンソーシアム|共同(?:で|出資)|ともに|共に|一緒に|と組んで|と組み/;
/** A Japanese passive after a cue: 供給される, 採用された. */
const JA_PASSIVE_CUE_AFTER = /^さ/;
/** A cue of buying shares (株式を…買い取り, 取得, 譲り受け). */
const JA_BUYING_SHARES = /(?:株|権益)[^。、]{0,20}?(?:取得|買い取|買い増|譲り受け)/;
/** From a maker to the first one its goods go to: 「の(リチウムイオン電池用)セパレーターが、」 (the goods the subject, no other name between). */
const JA_MAKER_OF_SUBJECT = /^の[^、。「」\uE000-\uF8FF]{1,30}?(?:が|は)、?(?:[^、。]{0,12}?[、・])?$/;
/** A clause that opens with a relative pronoun: its subject is the name before it (", which …"). */
const RELATIVE_OPENING = /^[\s,]*(?:which|who|that)\b/i;

/**
 * Party sets of the clause for one type, or null when its grammar is not satisfied. One set
 * normally; for a directional type with several actors or several targets, one set per
 * (actor, target) pair ("AはBとCに出資" = two investments).
 */
export function partiesForType(state: DocState, scope: ClauseScope, units: readonly Unit[], cue: CueHit): Party[][] | null {
  const actors = new Set<string>();
  // (the maker of the goods of a passive acts: not the passive's subject, who would be the one supplied)
  const acts = { maker: false };
  const sets = partySets(state, scope, units, cue, actors, acts);
  return sets ? withRoles(state, cue, units, perListedPartner(state.text, perRecipient(sets, units, cue), units, cue), actors, acts.maker) : null;
}

function partySets(state: DocState, scope: ClauseScope, units: readonly Unit[], cue: CueHit, actorIds: Set<string>, acts: { maker: boolean }): Party[][] | null {
  const type = cue.def.type;
  // a name with its JV apposition ("from Ultium Cells, the joint venture of GM and LGES") is no founder of a joint venture, but a party to a deal of another type
  // (a joint venture named with its founders is a party of another kind of deal it is the other side of: 「AとBの電池合弁会社Xから正極材を受注した」)
  // (and the venture as the topic of a deal of its own once its founders are read as its own relation:
  // 「三菱ケミカルとUBEが出資する合弁会社Xは…Cに…ライセンス供与した」)
  const foundersRead = units.some((u) => u.consumed);
  const outOfDeal = (u: Unit) => u.excluded !== null && !((u.excluded === 'jv_apposition' || (u.excluded === 'jv_company' && scope.lang !== 'en' && (JV_AS_COUNTERPARTY.test(state.text.slice(u.end, u.end + 3)) || (foundersRead && /^は/.test(state.text.slice(u.end, u.end + 1)))))) && type !== 'joint_venture');
  const info = state.vocab.types.get(type)!;
  const directional = cue.def.direction === 'directional';
  const ja = scope.lang !== 'en';
  const companyPartner = units.some((u) => u.atom.kind === 'company' && u.role === 'partner' && !u.inNote && !outOfDeal(u) && !u.consumed);
  const actors: Party[] = [];
  const targets: Party[] = [];
  let structure = !directional;
  let subjectSeen = false;
  let joint = false;
  const soleRoles: string[] = [];
  let coActor = false;
  const jaTargetNamed = ja && directional && units.some((u) => (u.role === 'target' || (u.role === 'possessive' && u.shares)) && !u.inNote && !outOfDeal(u) && !u.consumed && u.atom.kind === 'company');
  const jaAgentNamed = ja && directional && units.some((u) => u.agent && !u.inNote && !outOfDeal(u) && u.atom.kind === 'company');
  // 「東レのセパレーターが、A、B、Cに採用された」: the maker of the subject's goods acts in a passive
  // (it supplies each of those named by に), not one more of them
  const jaPassiveCue = ja && directional && (JA_PASSIVE_CUE_AFTER.test(state.text.slice(cue.end, cue.end + 2)) || /され$/.test(state.text.slice(cue.start, cue.end)));
  const goodsMaker = jaPassiveCue ? units.find((u, i) => u.role === 'possessive' && !u.shares && u.end < cue.start && units[i + 1]?.role === 'target' && JA_MAKER_OF_SUBJECT.test(state.text.slice(u.end, units[i + 1]!.start))) : undefined;
  const targetRoleParties: Party[] = [];
  let targetsAllFrom = true;
  /** Parties named as targets by a particle (Bに, Bを, Bから), not by の. */
  let targetsByParticle = 0;
  const targetUnits: Unit[] = [];
  /** Actors named as such, not through a group (「自動車2社」 in a table row stands for the row's parties). */
  const namedActors = new Set<string>();
  // Selling shares to a buyer: the company whose shares are sold is the object, not a party.
  const selling = SELLING.test(state.text.slice(cue.start, cue.end));
  // (and so when the buyer is named, or told by its kind only: 「APB株を福岡の新興に売却」)
  const sharesObjectOut = selling && units.some((u) => u.shares) && (units.some((u) => !u.shares && u.role === 'target' && !u.inNote && !outOfDeal(u)) || JA_UNNAMED_BUYER.test(state.text.slice(scope.start, scope.end)));
  const buyingFromSeller = ja && type !== 'joint_venture' && JA_BUYING_SHARES.test(state.text.slice(scope.start, scope.end)) && units.some((u) => !u.shares && u.role === 'target' && !u.inNote && !outOfDeal(u) && /^(?:から|より)/.test(state.text.slice(u.end, u.end + 2)));
  // English: the target of a directional cue is the party right after it ("a stake in X");
  // a "with X" partner elsewhere in the clause is the target only when there is none.
  const enTargetAfterCue = !ja && directional && units.some((u) => !u.inNote && !outOfDeal(u) && !u.consumed && u.start >= cue.start && u.start - cue.end <= EN_TARGET_REACH);
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.inNote || outOfDeal(u) || u.consumed) continue;
    // (a cue that ends inside the relative clause reads it too: 「Aが75%、Bが25%を出資する合弁会社」)
    if (u.relative && !(cue.end > u.relative.start && cue.end <= u.relative.end && (cue.start >= u.relative.start || cue.end - cue.start > 8))) continue;
    if (u.shares && sharesObjectOut) continue;
    // 「子会社のXを日本電産に譲り渡す」「XをBなどから買収する」: what changes hands (を) is no party when the other side is named (buyer に, へ; seller から)
    if (ja && (selling || type === 'acquisition') && u.role === 'target' && /^を/.test(state.text.slice(u.end, u.end + 1)) && units.some((o) => o !== u && o.role === 'target' && !o.inNote && !outOfDeal(o) && (selling ? /^(?:に|へ)/ : /^(?:など)?(?:から|より)/).test(state.text.slice(o.end, o.end + 4)))) continue;
    // 「AはBからCの株式を買い取り」: a stake bought from its seller is a deal of buyer and seller (RECORDS.md §4)
    if (u.shares && buyingFromSeller) continue;
    if (ja) {
      // (「AはB向けの電池の供給契約を結んだ」: the one supplied is the other party of a supply
      // contract, unless the clause names the party it is made with: 「AはBと、C向け電池の…」)
      if (!directional && u.role === 'target' && !(u.recipient && type === 'supply' && !companyPartner)) continue;
      if (!directional && u.role === 'possessive' && !isCoordinated(units, i) && u.atom.kind !== 'anaphor') continue;
    }
    if (u.atom.kind === 'org') {
      if (!info.plainParties) continue;
      // (a partner, or a subject beside a company: 「トヨタと京都大学は…共同研究契約を結んだ」)
      const besideCompany = (j: number) => units[j]?.atom.kind === 'company' && units[j]!.role === u.role;
      if (!(u.role === 'partner' || (u.role === 'subject' && (companyPartner || (u.coordNext && besideCompany(i + 1)) || (i > 0 && units[i - 1]!.coordNext && besideCompany(i - 1)))))) continue;
    }
    const resolved = resolveUnit(state, scope, u, units).filter((p) => p.company || info.plainParties);
    if (resolved.length === 0) continue;
    const group = u.atom.kind === 'anaphor' && u.atom.anaphor!.kind === 'group';
    let isTarget = false;
    if (directional) {
      const afterCue = u.start >= cue.start && u.start - cue.end <= EN_TARGET_REACH;
      // (a group as the subject, 「A、B、Cの3社が出資し」, is who acts, not whom)
      if (group) isTarget = !ja || u.role !== 'subject';
      // 「AはBと共同でCに出資」: with a target of its own, a partner is a co-actor
      // 「XはAによるTOBで非上場化される」: with the agent named by による, the topic undergoes the act
      else if (ja) isTarget = (u.role === 'partner' && !jaTargetNamed && !u.together) || u.role === 'target' || (u.role === 'possessive' && u !== goodsMaker) || (u.role === 'subject' && jaAgentNamed);
      else if (afterCue) isTarget = true;
      // (the rest of a list that starts within reach: "to Renesas Electronics Corp. and Infineon Technologies")
      else if (i > 0 && units[i - 1]!.coordNext && targetUnits.includes(units[i - 1]!)) isTarget = true;
      // "transfer its interest in X, the venture it set up with B in 2015, to Y": the buyer
      // (and goods supplied past the reach: "supply about 43.8 trillion won ($33.6 billion) of … to B")
      // (and what is licensed past the reach: "license its electric powertrain and battery-management technology to B")
      else if ((selling || (type === 'supply' && EN_HANDING_CUE.test(state.text.slice(cue.start, cue.end))) || type === 'licensing') && u.start > cue.end && EN_TO_BUYER.test(state.text.slice(Math.max(cue.end, u.start - 60), u.start))) isTarget = true;
      // "supply … to Panasonic for its Kansas plant and to Toyota for its …": a second recipient
      else if (targetUnits.length > 0 && u.start > cue.end && EN_AND_TO.test(state.text.slice(Math.max(cue.end, u.start - 12), u.start))) isTarget = true;
      else if (u.role === 'partner') {
        if (enTargetAfterCue) continue;
        isTarget = true;
      }
      // English: a name after the cue and out of its reach that is neither the subject nor a
      // partner is a circumstance ("from its plants in Georgia and Kentucky"), not an actor.
      if (!ja && !isTarget && u.start > cue.end && u.role !== 'subject') continue;
      if (isTarget) structure = true;
    }
    // 両社は/3社で… make one joint deal; 「A、B、Cの3社に供給」 names the targets (one each).
    // (not "…, as both carmakers expand": a group named after an English directional cue)
    if (group && !(directional && (ja ? u.role === 'target' : u.start > cue.end))) joint = true;
    if ((u.role === 'subject' && !isTarget) || group) subjectSeen = true;
    soleRoles.push(isTarget && u.role !== 'partner' ? 'target' : u.role);
    if (ja && directional && u.role === 'partner') coActor = true;
    if (ja && directional && (u.role === 'target' || (u.role === 'possessive' && u.shares))) targetRoleParties.push(...resolved);
    if (isTarget && !ja) {
      // (the head of a coordinated list: "from Panasonic and CATL")
      let head = i;
      while (head > 0 && units[head - 1]!.coordNext) head--;
      const at = units[head]!.start;
      if (!EN_FROM_BEFORE.test(state.text.slice(Math.max(0, at - 12), at))) targetsAllFrom = false;
    }
    if (isTarget && u.role === 'target') targetsByParticle += resolved.length;
    if (u === goodsMaker && !isTarget) acts.maker = true;
    (isTarget ? targets : actors).push(...resolved);
    if (!isTarget && !group) for (const p of resolved) namedActors.add(p.entityId);
    if (isTarget) targetUnits.push(u);
  }
  // "The startup raised $100 million in a round led by A and received funding from B": money
  // from B to an unnamed subject; A and B are co-investors, not each other's deal
  if (!ja && directional && targets.length > 0 && targetsAllFrom && !subjectSeen && EN_UNNAMED_OPENING.test(state.text.slice(scope.start, scope.start + 40))) return null;
  /** The subject taken from the clause before (below: it signs with each partner of a list). */
  let inheritedActors: Party[] | null = null;
  // Japanese: no subject of its own → the subject of the clause before in the sentence; English
  // too when the clause opens with its verb after a relative clause
  if ((ja || EN_VERB_OPENING.test(state.text.slice(scope.start, scope.start + 60))) && !subjectSeen && scope.inheritedSubject && scope.inheritedSubject.length > 0 && !units.some((u) => u.role === 'subject' && !u.inNote)) {
    const inherited = scope.inheritedSubject.filter((p) => !actors.some((a) => a.entityId === p.entityId) && !targets.some((t) => t.entityId === p.entityId));
    // (a venture the clause founds, named by its kind, with the founders before: 「AとBが出資し、新会社「X」を設立した」)
    if (inherited.length > 0 && (actors.length > 0 || targets.length > 0 || (type === 'joint_venture' && inherited.length >= 2))) {
      actors.unshift(...inherited);
      subjectSeen = true;
      inheritedActors = inherited;
    }
  }
  // ("A, which buys cells from …, and B have signed …": the name before the aside acts with B)
  if (!ja && scope.inheritedSubject?.length && EN_AND_CO_SUBJECT.test(state.text.slice(scope.start, scope.start + 140))) actors.unshift(...scope.inheritedSubject.filter((p) => !actors.some((a) => a.entityId === p.entityId) && !targets.some((t) => t.entityId === p.entityId)));
  // (a table row's description that names only who invests: 「…東京電力HDと中部電力も増資に応じた」 — the row's party not named as one is the investee)
  const rowTarget = !structure && type === 'investment' && ja && scope.row && actors.length > 0 ? scope.row.parties.find((p) => !namedActors.has(p.entityId)) : undefined;
  if (rowTarget) {
    targets.push(rowTarget);
    structure = true;
  }
  if (!structure) return null;
  // a Japanese passive (供給される, 納入された) and the maker named as the が-subject of the
  // relative clause before its topic (「Aが生産する電池は、…」, before any other)
  const passive = ja && JA_PASSIVE_CUE_AFTER.test(state.text.slice(cue.end, cue.end + 4));
  const passiveMaker = () => units.find((u) => u.relative && u.atom.kind === 'company' && u.atom.party && !outOfDeal(u) && !u.inNote && /^が/.test(state.text.slice(u.end, u.end + 1)));
  let all = distinctParties([...actors, ...targets]);
  if (all.length === 1 && !subjectSeen && soleRoles.length > 0) {
    const lone = soleRoles.every((r) => r === 'partner' || (directional && (r === 'target' || r === 'possessive')));
    if (lone) {
      // (one target of a passive: the maker of the relative clause, 「Aが生産する正極材は、Bへ納入される」,
      // not the subject of the sentence before)
      const maker = passive && directional ? passiveMaker()?.atom.party : undefined;
      if (maker) acts.maker = true;
      const implicit = maker ?? implicitSubject(state, scope, new Set([all[0]!.entityId]));
      if (implicit) {
        all = [implicit, ...all];
        actors.unshift(implicit);
      }
    }
  }
  // 「Aが生産する電池は、BやCに供給される」: a passive with only targets (the maker sits in a
  // relative clause, or is left out): they are not each other's counterparties. The implicit
  // subject acts; without one, no record.
  // (so too a list of partners with no subject: 「マツダ、スバルと相次いで供給の枠組みを固め」,
  // 「米ルーシッド・グループや米ハービンジャーとも供給契約を結んでいる」)
  // (not a headline's 「ホンダ、GSユアサと新電池会社」: a first name that opens its line is the subject)
  const partnerList = targetUnits.length >= 2 && targetUnits.every((u) => u.role === 'partner') && targetUnits.slice(0, -1).every((u) => u.coordNext) && !units.some((u) => u.role === 'subject' && !u.inNote) && !opensLine(state.text, targetUnits[0]!.start);
  // (and customers named by 向け with no supplier: 「…は、独BMWや独メルセデス・ベンツ向けの供給拠点となる」)
  // (only a cue that names the supply itself, not production for them: 「マツダ、スバル向けの量産」)
  // (not a headline's 「パナソニックエナジー、マツダにEV電池供給」: its first name supplies)
  const recipientsOnly = targetUnits.length >= 2 && targetUnits.every((u) => u.role === 'target' && u.recipient) && !opensLine(state.text, targetUnits[0]!.start);
  const suppliedRecipients = recipientsOnly && /供給|納入/.test(state.text.slice(cue.start, cue.end));
  // (two companies bought, the buyer left out and not guessed, are no deal of each other's: 「Bから事業を買い取り、
  // Cを傘下に収めた」; not a line's subject and its comma: 「UBE、米Group14に出資」「2019年11月：ボッシュ、…を取得」)
  const jaNoActor = ja && directional && actors.length === 0 && !subjectSeen && !joint;
  if (jaNoActor && !passive && (type === 'acquisition' || type === 'investment') && targetsByParticle >= 2 && targetUnits.every((u) => u.role === 'target') && !opensLine(state.text, targetUnits[0]!.start) && state.text[targetUnits[0]!.end] !== '、') return null;
  if (jaNoActor && ((targetsByParticle >= 2 && (passive || sourceList(state.text, targetUnits))) || partnerList || suppliedRecipients)) {
    const maker = passiveMaker();
    if (maker?.atom.party) acts.maker = true;
    const implicit = maker?.atom.party ?? implicitSubject(state, scope, new Set(all.map((p) => p.entityId)));
    if (!implicit) return null;
    all = [implicit, ...all];
    actors.unshift(implicit);
  }
  // customers only, named by 向け, and no supplier found: no deal between them
  if (ja && directional && actors.length === 0 && recipientsOnly) return null;
  // ", which buys cells from A and B": no subject of its own, several named → the antecedent
  // before the comma acts (not a deal between A and B)
  const relative = !ja && !subjectSeen && all.length >= 2 ? RELATIVE_OPENING.exec(state.text.slice(scope.start, scope.start + 12)) : null;
  // (not ", which GM co-owns with B": a name right after the pronoun is the relative clause's subject)
  let relativeSubject: Party | null = null;
  if (relative && !units.some((u) => u.start <= scope.start + relative[0].length + 1)) {
    relativeSubject = implicitSubject(state, scope, new Set(all.map((p) => p.entityId)));
    if (relativeSubject) {
      all = [relativeSubject, ...all];
      actors.unshift(relativeSubject);
    }
  }
  // 「CATLは9日、…合弁契約にも調印した」: the subject alone signs "also" this deal — with the
  // partner of the deal just told (the record before, which names the subject)
  // (so too the definitive contract after a memorandum: 「同社は24年2月、正式な供給契約を結んだ」)
  if (ja && all.length === 1 && subjectSeen && (JA_ALSO_AFTER_CUE.test(state.text.slice(cue.end, cue.end + 6)) || JA_DEFINITIVE_BEFORE_CUE.test(state.text.slice(Math.max(0, cue.start - 4), cue.start)))) {
    const partners = lastPartners(state, scope, all[0]!);
    if (partners) {
      all = [...all, ...partners];
      targets.push(...partners);
    }
  }
  if (all.length < 2 || !all.some((p) => p.company)) return null;
  const A = distinctParties(actors);
  const T = distinctParties(targets);
  const targetIds = new Set(T.map((p) => p.entityId));
  if (directional) for (const p of A) if (!targetIds.has(p.entityId)) actorIds.add(p.entityId);
  // "A and B have each signed lease contracts with C": several deals, one per subject; so 「AはBとX、CとYの…覚書を
  // それぞれ交わした」, one per partner.
  if (!joint && (ja ? JA_EACH.test(state.text.slice(scope.start, scope.end)) : EACH_SUBJECT_BEFORE_CUE.test(state.text.slice(scope.start, cue.start)))) {
    const subj = distinctParties(units.filter((u) => u.role === 'subject' && !u.inNote && !outOfDeal(u) && !u.consumed).flatMap((u) => resolveUnit(state, scope, u, units)));
    const partners = distinctParties(units.filter((u) => u.role === 'partner' && !u.inNote && !outOfDeal(u) && !u.consumed && u.atom.party).map((u) => u.atom.party!));
    if (subj.length >= 2 && partners.length === 1 && !subj.some((p) => p.entityId === partners[0]!.entityId)) return subj.map((p) => [p, partners[0]!]);
    if (ja && subj.length === 1 && partners.length >= 2 && !partners.some((p) => p.entityId === subj[0]!.entityId)) return partners.map((p) => [subj[0]!, p]);
  }
  // "X signed cooperation agreements with A and B": several deals, one per partner.
  if (!ja && !joint && /^[\w -]{0,30}?\b(?:agreements|deals|contracts|partnerships|MOUs|memoranda|memorandums|pacts|alliances|joint ventures|ventures|JVs)\b/i.test(state.text.slice(cue.start, Math.min(scope.end, cue.start + 40)))) {
    const own = relativeSubject ? [relativeSubject] : distinctParties(units.filter((u) => u.role === 'subject' && !u.inNote && !outOfDeal(u) && !u.consumed).flatMap((u) => resolveUnit(state, scope, u, units)));
    const subj = own.length === 0 && inheritedActors ? inheritedActors : own;
    const partners = distinctParties(units.filter((u) => u.role === 'partner' && !u.inNote && !outOfDeal(u) && !u.consumed && u.atom.kind !== 'anaphor').flatMap((u) => (u.atom.party ? [u.atom.party] : [])));
    if (subj.length === 1 && partners.length >= 2 && !partners.some((p) => p.entityId === subj[0]!.entityId)) {
      actorIds.add(subj[0]!.entityId);
      return partners.map((p) => [subj[0]!, p]);
    }
  }
  // A one-sided type stated with a bilateral wording ("A signed supply agreements with B and
  // C", 「AはB、Cと供給契約」): one supplier, several customers → one record per customer.
  // 「AはB、Cの2社と供給契約」: the group names the customers.
  const groupSubject = units.some((u) => u.atom.kind === 'anaphor' && u.atom.anaphor!.kind === 'group' && u.role === 'subject');
  if (!directional && info.direction === 'directional' && !groupSubject) {
    // (同社 / "the company" as the subject: the one company it stands for — 「同社はサムスンSDIおよびBMWと長期供給契約」)
    const own = distinctParties(
      units
        .filter((u) => u.role === 'subject' && !u.inNote && !outOfDeal(u) && !u.consumed && (u.atom.kind !== 'anaphor' || u.atom.anaphor!.kind === 'single'))
        .flatMap((u) => (u.atom.kind === 'anaphor' ? resolveUnit(state, scope, u, units) : u.atom.party ? [u.atom.party] : [])),
    );
    const subj = own.length === 0 && inheritedActors ? inheritedActors : own;
    const partners = distinctParties(units.filter((u) => u.role === 'partner' && !u.inNote && !outOfDeal(u) && !u.consumed && (u.atom.kind !== 'anaphor' || u.atom.anaphor!.kind === 'group')).flatMap((u) => resolveUnit(state, scope, u, units)));
    if (subj.length === 1 && partners.length >= 2 && !partners.some((p) => p.entityId === subj[0]!.entityId)) {
      actorIds.add(subj[0]!.entityId);
      return partners.map((p) => [subj[0]!, p]);
    }
    // 「マツダ、スバルと相次いで供給の枠組みを固め」 with no subject: the company the text goes on
    // about signed with each (not a deal of the two partners)
    if (ja && subj.length === 0 && partners.length >= 2 && !units.some((u) => u.role === 'subject' && !u.inNote)) {
      const implicit = implicitSubject(state, scope, new Set(partners.map((p) => p.entityId)));
      if (implicit) {
        actorIds.add(implicit.entityId);
        return partners.map((p) => [implicit, p]);
      }
    }
    // several subjects and one partner ("A and B signed a supply agreement with C", 「AとBはCと
    // 供給契約」): a supply deal is between a supplier and a customer, never between the
    // subjects (RECORDS.md §4), so one record each; which side supplies the wording leaves open.
    // Co-investors or co-licensees with one partner stay one deal.
    if (type === 'supply' && subj.length >= 2 && partners.length === 1 && !subj.some((p) => p.entityId === partners[0]!.entityId)) {
      return subj.map((p) => [p, partners[0]!]);
    }
    // one supplier and one customer named together with a bilateral wording ("AはBと供給契約"): the subject acts when the other is its partner (or the one goods go to: 「AはBに…供給する契約」)
    const other = partners.length > 0 ? partners : distinctParties(units.filter((u) => u.role === 'target' && u.recipient && !u.inNote && !outOfDeal(u) && !u.consumed && u.atom.party).map((u) => u.atom.party!));
    if (subj.length === 1 && other.length === 1 && other[0]!.entityId !== subj[0]!.entityId) actorIds.add(subj[0]!.entityId);
  }
  // 「Xと回収で、Yと充電網の整備で、それぞれ覚書を交わした」 with no subject: the company the text goes on
  // about signed with each partner, not the partners with each other
  if (ja && !directional && !units.some((u) => u.role === 'subject' && !u.inNote) && JA_EACH.test(state.text.slice(scope.start, scope.end))) {
    const partners = distinctParties(units.filter((u) => u.role === 'partner' && !u.inNote && !outOfDeal(u) && !u.consumed && u.atom.kind === 'company').flatMap((u) => resolveUnit(state, scope, u, units)));
    const implicit = partners.length >= 2 && partners.length === all.length ? implicitSubject(state, scope, new Set(partners.map((p) => p.entityId))) : null;
    if (implicit) return partners.map((p) => [implicit, p]);
  }
  // 「AはB、Cとの企業連合でD株を取得」: co-investors with one target make one deal.
  // (only when the text says they act together: 「スズキと、ダイハツ工業もCJPTに出資し」 are two investments)
  const actingTogether = ja && JA_ACTING_TOGETHER.test(state.text.slice(scope.start, scope.end));
  if (coActor && distinctParties(targetRoleParties).length === 1 && all.length >= 3 && actingTogether) return [all];
  const shared = jointOrSourcesDeal(state, scope, units, type, directional, all, A, T, (u) => !outOfDeal(u) && !u.consumed);
  if (shared) return shared;
  // (investors named as a group each invest: 「…を含む国内8社がラピダスに出資した」, one record per investor)
  const eachInvests = ja && type === 'investment' && !actingTogether;
  if (directional && (!joint || eachInvests) && A.length >= 1 && T.length >= 1 && (A.length > 1 || T.length > 1)) {
    const sets: Party[][] = [];
    for (const a of A) for (const t of T) if (a.entityId !== t.entityId && (a.company || t.company)) sets.push([a, t]);
    return sets.length > 0 ? sets : null;
  }
  return [all];
}

/**
 * 「LFP電池はAとBの2社から調達する」, 「Aに加え、Bにも供給する」: the targets are one list of sources
 * (から/より) or of customers added one to another, with no subject of their own: the suppliers or
 * customers of someone left unsaid, not each other's partners.
 */
function sourceList(text: string, targetUnits: readonly Unit[]): boolean {
  if (targetUnits.length < 2) return false;
  for (let k = 0; k < targetUnits.length - 1; k++) {
    const u = targetUnits[k]!;
    // (「テスラに加え、ルーシッドにも供給する」: one more customer of the same supplier)
    if (!u.coordNext && !(JA_IN_ADDITION.test(text.slice(u.end, u.end + 8)) && targetUnits[k + 1]!.start - u.end <= 12)) return false;
  }
  const last = targetUnits[targetUnits.length - 1]!;
  const after = text.slice(last.end, last.end + 24);
  if (/^(?:の[^、。\uE000-\uF8FF]{0,4}?)?(?:から|より)|^にも/.test(after)) return true;
  // the customers of a supply (「BMWのほか、メルセデス、ボルボに供給する」), not a headline's
  // 「パナソニックエナジー、マツダにEV電池供給」 (the first name opens the line: it supplies)
  return !opensLine(text, targetUnits[0]!.start) && /^(?:向けに|に(?:対し、?)?)(?:[^、。\uE000-\uF8FF]{0,12}?)(?:供給|納入|納め|出荷|販売)/.test(after);
}

/** Only a bracket or spaces stand between the line start and `pos`: a headline's or a list line's first name. */
function opensLine(text: string, pos: number): boolean {
  // (after a list mark and a date that opens a timeline line too: 「2024年10月　スズキ、トヨタにEVを…供給」)
  return /(?:^|\n)[\s【［\[]*(?:[-・●■*•]\s*)?(?:(?:\d{4}年|\d{2}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?[\s：:]*$/.test(text.slice(Math.max(0, pos - 24), pos));
}

const JA_IN_ADDITION = /^に加え(?:て)?、/;


/** 「合弁契約にも」「覚書も」: the cue's deal is one more, after another. */
const JA_ALSO_AFTER_CUE = /^(?:契約|合意|協定|事業|会社)?書?(?:に|で)?も/;
const JA_DEFINITIVE_BEFORE_CUE = /(?:正式な?|最終的な?|最終|本)$/;

/** The other parties of the last record told (within a few clauses and 400 characters) that names `party`. */
function lastPartners(state: DocState, scope: ClauseScope, party: Party): Party[] | null {
  for (let i = state.history.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const h = state.history[i]!;
    if (scope.start - h.end > 400) return null;
    const rec = h.recordParties;
    if (!rec || !rec.some((p) => p.entityId === party.entityId)) continue;
    const others = rec.filter((p) => p.entityId !== party.entityId);
    return others.length > 0 ? others : null;
  }
  return null;
}
