/**
 * The roles of the named parties of an English clause (units.ts builds the units): subject,
 * partner, target, and the names that only describe another (an owner, a competitor, an
 * adviser, a person's employer, a stake's object).
 */
import { EN_DATELINE } from './dateline.ts';
import { escapeRegex } from '../../text/regex.ts';
import type { Unit } from './model.ts';
import type { MarkerLists } from './vocabulary.ts';

const EN_COORD = /^(?:,?\s+and\s+to\s+|,?\s+and\s+by\s+|\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,?\s+and\s+to\s+|,?\s+and\s+|,?\s+as\s+well\s+as\s+to\s+|,?\s+as\s+well\s+as\s+|,\s+(?:together|along)\s+with\s+|,\s*|\s*\/\s*|\s+&\s+|\s+or\s+|\s+nor\s+)/;
const EN_PLACE_POSSESSIVE = /^[A-Z][a-z]+['’]s\s+$/;
/** A kind of company before the next member of a list ("as well as to Indian bus maker Olectra Greentech"). */
const EN_KIND_BEFORE_MEMBER = /^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}(?:maker|builder|carmaker|automaker|supplier|producer|manufacturer|operator|start-up|startup|company|firm|miner|group|giant|major)\s+$/;
const EN_PARTNER_BEFORE = /\b(?:with|between|alongside|and partner|partnering with|partnered with)\s+(?:(?:its|the|both|fellow|[A-Z][\w.-]*'s|[a-z]+(?:-[a-z]+)?)\s+){0,3}$/i;

const enRegexCache = new WeakMap<MarkerLists, { example: RegExp; parentAfter: RegExp; parentBare: RegExp; parentBefore: RegExp; jv: RegExp; jvAfter: RegExp }>();

function enRegexes(m: MarkerLists) {
  let r = enRegexCache.get(m);
  if (!r) {
    const alt = (a: string[]) => a.map(escapeRegex).join('|');
    r = {
      example: new RegExp(`\\b(?:${alt(m.exampleList)})\\s*,?\\s*$`, 'i'),
      parentAfter: new RegExp(`^'s?\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(m.parentDescriptors)})\\b`, 'i'),
      // ("the Volkswagen battery unit": no possessive, after "the" only — not "BYD's FinDreams Battery unit")
      parentBare: new RegExp(`^\\s+(?:[\\w-]+\\s+)?(?:${alt(m.parentDescriptors)})\\b`, 'i'),
      parentBefore: new RegExp(`\\b(?:${alt(m.parentDescriptors)})\\s+of\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?$`, 'i'), // (past a place's possessive: "the energy company of South Korea's SK Group")
      // (also after where it is: "A and B's joint venture in Ohio, L-H Battery")
      // ("co-owns the Polar Semiconductor foundry": the JV after "the" too)
      // (its name in quotes or in brackets: "a cathode venture (IONWAY)")
      jv: new RegExp(`\\b(?:${alt(m.jvCompany)})(?:\\s+the)?(?:\\s+(?:in|at|based in|near)\\s+(?:[A-Z][\\w.-]*\\s*){1,3}?,)?\\s*,?\\s*["“'(]?$`, 'i'),
      // the JV company in apposition: "formed Sony Honda Mobility, a joint venture to …"
      jvAfter: new RegExp(`^["”']?\\s*,\\s*(?:a|an|the|their|its|(?:[A-Z][\\w.&-]*\\s+){0,3}[A-Z][\\w.&-]*['’]s?)\\s+(?:[\\w:.%$€£¥-]+\\s+){0,5}?(?:${alt(m.jvCompany)})\\b`, 'i'),
    };
    enRegexCache.set(m, r);
  }
  return r;
}

const EN_POSSESSIVE_BEFORE = /\b(?:its|their|whose)\s+$|\b(?:in|of|at|from)\s+the\s+$/i;
const EN_JV_NOUN_AFTER = /^\s+(?:battery\s+)?(?:joint\s+)?(?:venture|JV)\b/;
/** "Rêver Automotive, part of the Siam Motors group": the group a name in an apposition belongs to. */
// (and any name in such an apposition: "…'s planned mill, part of the $21 billion investment pledge Hyundai Motor Group made")
// (not one of a deal: "…, part of a deal with Toyota")
const EN_PART_OF_APPOSITION = /,\s+(?:itself\s+)?(?:now\s+)?(?:part|a\s+member|a\s+unit|a\s+division)\s+of\s+(?:the\s+)?(?:(?:(?!deals?\b|agreements?\b|contracts?\b|partnerships?\b|ventures?\b|alliances?\b|orders?\b|pacts?\b|tie-ups?\b|memorand)[^,;]){0,60}?\s+)?$/i;
const EN_APPOSITION_OF = /,\s+(?:the|a|an)\s+(?:(?!(?:joint\s+)?venture|JV|partnership)[\w-]+\s+){1,3}?(?<!\b(?:shareholder|investor|backer|supplier|customer|partner|licensee|licensor)s?\s+)of\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$/;

const EN_COMPETITOR_BEFORE = /(?:(?<!['’]s\s(?:[\w-]+\s)?)\b(?:compete|competes|competing|competed|rivals?|rivalling|rivaling)\s+(?:with\s+|against\s+)?|\b(?:rival|competing)\s+(?:[\w-]+\s+){0,2}?(?:makers?|automakers?|carmakers?|suppliers?|firms?|company|companies|groups?|manufacturers?|producers?|operators?|developers?)\s+|\ba\s+rival\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:run|operated|owned|built|made)\s+by\s+|of\s+)?|\b(?:beating|beat|beats|outbidding|outbid|outbids|edging\s+out|edged\s+out)\s+(?:rivals?\s+|out\s+)?(?:(?:rival|competing)\s+)?(?:(?:bids?|offers?|proposals?|tenders?)\s+(?:from|by)\s+)?(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2},?\s+(?:and\s+)?){0,3}|\b(?:rival|competing)\s+(?:bids?|offers?|proposals?|tenders?)\s+(?:from|by)\s+|\b(?:clos(?:e|es|ed|ing)|narrow(?:s|ed|ing)?)\s+(?:the\s+)?gap\s+(?:with|to|on)\s+(?:rival\s+)?|\bcatch(?:es|ing)?\s+up\s+(?:with|to|on)\s+(?:rival\s+)?|\bcaught\s+up\s+(?:with|to|on)\s+(?:rival\s+)?|\b(?:than|unlike|against)\s+|\bahead\s+of\s+(?:rivals?\s+)?|(?<!\b(?:take|takes|took|taken|taking)\s)\bover\s+|\bmatch(?:es|ed|ing)?\s+(?:the\s+)?(?:prices?|costs?|range)\s+of\s+|\bcompared\s+(?:with|to)\s+|\b(?:race|competition|rivalry|battle|contest|price\s+war|fight)\s+(?:with|against)\s+(?:the\s+)?(?:(?:rival|fellow|larger|smaller|bigger|local|domestic|foreign|Chinese|Japanese|Korean|U\.S\.|European|German)\s+){0,2}(?:[a-z][\w-]*\s+){0,2}?|\b(?:overtook|overtakes|overtake|overtaken|overtaking|surpassed|surpasses|outsold|outsells|outsell)\s+(?:by\s+)?(?:rival\s+)?|\b(?:able|ready|built|designed|big\s+enough|strong\s+enough)\s+to\s+(?:take\s+on|challenge|compete\s+with|rival)\s+|\b(?:largest|biggest|greatest|leading|top|second|third|second-largest|third-largest|No\.\s?[2-9])\s+(?:(?!(?:came|comes|was|is|were|are|deal|order|contract)\b)[\w-]+\s+){1,4}?(?:after|behind|second\s+only\s+to|trailing)\s+)$/i;
/** A clause opened by a rival as its subject: "Rival BP …", "Rival carmaker BYD …". */
const RIVAL_OPENING = /^[\s"“]*(?:(?:while|whereas|but|and)\s+)?(?:[Rr]ival|[Cc]ompetitor|[Cc]ompeting)\s+(?:[\w-]+\s+){0,2}$/;
/** After a name: it was set up as the venture ("set Hydrovolt up in 2020 as a 50/50 joint venture"): the JV, no founder. */
const EN_SET_UP_AS_JV = /^\s+(?:up\s+)?(?:in\s+\d{4}\s+)?as\s+(?:a|an|their|the)\s+(?:[\w:./%-]+\s+){0,3}?(?:joint\s+venture|venture|JV)\b/i;
/** Before and after a company formed with a partner: "which formed Hydrovolt with Northvolt" (the company formed is no founder). */
const EN_FORMED_OBJECT_BEFORE = /\b(?:formed|forms|forming|set\s+up|sets\s+up|setting\s+up|established|establishes|establishing|created|creates|creating|founded|co-founded)\s+$/i;
/** Between the last of the subjects and the company they formed: " formed ", " have jointly set up ". */
const EN_SUBJECTS_FORMED_BETWEEN = /^\s+(?:(?:have|has|had|will|would|jointly|later|then|also|first|together)\s+)*(?:formed|set\s+up|established|founded|created|co-founded|launched)\s+$/i;
const EN_WITH_PARTNER_AFTER = /^\s+(?:together\s+|jointly\s+)?with\s+$/i;
/** After a name: an asset of its that a stake is bought in ("Nickel Industries' Indonesian HPAL project"). */
const EN_ASSET_OF_OWNER_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:project|projects|mine|mines|plant|deposit|assets?|operations)\b/i;
/** Before a name: a person of it ("the chief executive of ", "a spokesperson for "). */
const EN_PERSON_OF_BEFORE = /\b(?:chief executive|chief executive officer|CEO|chairman|chairwoman|chairperson|president|chief financial officer|CFO|chief operating officer|COO|founder|spokesperson|spokesman|spokeswoman)\s+(?:of|for|at)\s+(?:the\s+)?$/i;
/** The last word of EN_PERSON_OF_BEFORE's match, before the name and its space (a cheap test first). */
const PERSON_OF_LAST_WORDS = ['of', 'for', 'at', 'the'];

/** Does the text before `pos` end with one of `words` and a space? */
function endsWithWord(text: string, pos: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, pos - w.length - 1) && text.charCodeAt(pos - 1) === 32);
}
/** Before a name: its role as an adviser ("Advised by "). */
const EN_ADVISED_BY_BEFORE = /\b(?:[Aa]dvised|[Cc]ounsell?ed|[Rr]epresented)\s+by\s+$/;
/** Before a name: a stake in it being bought ("to buy a 24% stake in Chilean producer "). */
const EN_STAKE_BOUGHT_IN = /\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|take|takes|took)\s+(?:an?\s+|the\s+|its\s+)?(?:(?:[\w.%-]+\s+){0,3}?(?:stake|interest|shares|holding)\s+(?:in|of)|\d[\d.]*\s?(?:%|percent)\s+of)\s+(?:[\w.-]+\s+){0,4}?$/i;
/** After it: the holder it is bought from (" from Canadian fertilizer group Nutrien"). */
// (or the purchase told after a comma: ", buying the shares from General Motors")
const EN_FROM_HOLDER_AFTER = /^(?:,[^.;,]{0,70},|,\s+(?:buying|acquiring|purchasing)\s+(?:the|those|these|its|their)\s+(?:shares|stake|stakes|holding)\s+(?=from\b))?[^.;,]{0,30}?\bfrom\s+(?!(?:the\s+)?(?:market|public|open|investors|shareholders|government)\b)(?:[\w.-]+\s+){0,4}?[A-Z]/;
/** After a name: its own figure set against another's ("to Tesla's roughly 484,500"): a comparison, no party. */
const EN_FIGURE_COMPARED_AFTER = /^['’]s?\s+(?:roughly|about|around|nearly|some|approximately|almost|just\s+over|just\s+under)\s+[$€£¥]?\d(?![\d.,]*\s?(?:%|percent))/i;
/** A reference to a part of the company named next ("the silicon carbide unit of "). */
/** Before a reference: a stake taken in it. */
const EN_STAKE_IN_BEFORE = /\b(?:stake|interest|shares|holding)\s+in\s+$/i;
const EN_UNIT_OF = /\b(?:unit|units|arm|division|business|businesses|subsidiary|operations)\s+of\s+(?:the\s+)?$/i;
const EN_PERSON_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:co-founder|founder|chief executive|chief financial officer|chief technology officer|CEO|CFO|CTO|chairman|chairwoman|president|spokesperson|spokesman|spokeswoman|executive|executives|official|officials|engineers?|analysts?|economists?|strategists?)\b/i;

/**
 * "Panasonic's stake in PPES", "Toda's 34% interest in BTBM": the company whose shares change
 * hands after a named holder's stake is the object of the deal, not a party (the holder is).
 */
const EN_NAMED_STAKE_IN = /^['’]s?\s+(?:entire\s+|whole\s+|remaining\s+|full\s+|minority\s+|majority\s+)?(?:\d[\d.]*\s?%\s+(?:(?:share|shares|stake|stakes|holding|holdings|interest|interests)\s+)?|(?:share|shares|stake|stakes|holding|holdings|interest|interests)\s+)(?:in|of)\s+(?:the\s+)?$/i;

const EN_OBJECT_APPOSITION = /^[^,;.]{0,20}?,\s+(?:the|a|an)\s[^,;]{3,120}?,/;

/** "sold its stake in X (to Y)", "transfer its entire interest in X", "sold part of its stake in X", "offloads its stake in X": X changes hands. */
const EN_OWN_STAKE_SOLD = /\b(?:sell|sells|sold|selling|transfer|transfers|transferred|transferring|divest|divests|divested|divesting|offload|offloads|offloaded|offloading|unload|unloads|unloaded|unloading)\s+(?:(?:(?:part|some|half|most|a\s+portion|a\s+part)\s+of\s+)?(?:its|their)\s+(?:entire\s+|whole\s+|remaining\s+|full\s+)?(?:\d[\d.]*\s?%\s+)?(?:share|shares|stake|holding|holdings|interest)\s+in\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:plant|factory|facility|site|mine|project|venture|unit|business)\s+of\s+)?|(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+|a\s+)?\d[\d.]*\s?(?:%|percent)\s+(?:stake\s+)?(?:of|in)\s+(?:the\s+)?)$/i;

const EN_THROUGH_VEHICLE_BETWEEN = /^\s*,\s+(?:through|via)\s+(?:(?:its|their|a)\s+(?:[\w-]+\s+){0,3}?)?$/i;
const EN_MANAGER_APPOSITION = /,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:fund|vehicle|unit|arm|subsidiary|affiliate|entity)\s+(?:managed|run|owned|controlled|advised|operated)\s+by\s+(?:[\w-]+\s+){0,3}?$/i;
const EN_OWNER_APPOSITION_BEFORE = /^,\s+(?:the\s+)?$/;
const EN_OWNER_APPOSITION_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:company|business|maker|brand|venture|subsidiary|unit|arm|division|affiliate|carmaker|automaker|partner|ally|rival|competitor|customer|supplier)\s*(?:[,.;]|$)/i;

/** A source after the deal it tells: ", Volkswagen said", ", Audi's parent Volkswagen said on Friday". */
const EN_REPORTER_BEFORE = /,\s+(?:[\w'’.-]+\s+){0,3}$/;
const EN_REPORTER_AFTER = /^\s+(?:said|says|announced|confirmed|added|reported)\b(?=\s*(?:[.,;]|$|on\s|in\s+a\s))/;
/** A commentator's kind before its name ("consultancy Benchmark …", "analysts at Bernstein"). */
const EN_COMMENTATOR_BEFORE = /\b(?:consultancy|consultancies|consultant|consulting firm|research firm|research house|data provider|analysts? at|brokerage|rating agency|price reporting agency)\s+$/i;
const EN_ADVISER_AFTER = /^,?\s+(?:acting|acted|acts|served|serving|serves)\s+as\s+(?:[\w'’.-]+\s+){0,4}?(?:advis[eo]rs?|counsel|arrangers?|underwriters?|bookrunners?|brokers?)\b/i;
// (or an owner's event: "on the sidelines of CATL's Tech Day")
/** Right before a company bought: "is buying embedded-software company ", "bought ". */
const EN_BOUGHT_OBJECT_BEFORE = /\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing)\s+(?:[a-z][\w-]*\s+){0,3}$/;
/** Between the company bought and its seller: " from private equity firm ". */
const EN_FROM_OWNER_BETWEEN = /^(?:,[^.;,]{0,60},)?[^.;,]{0,20}?\bfrom\s+(?:[a-z][\w-]*\s+){0,4}$/;
/** Between a seller paid and what it is paid for: " €6.2 billion for ". */
const EN_PAID_FOR = /^\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?(?:[$€£¥]|[A-Z]{1,2}\$)\s?[\d.,]+\s*(?:billion|million|bn|mn|m)?\s+for\s+(?:the\s+)?$/;
const EN_NAME_AS_MODIFIER = /^\s+(?:dealerships?|dealers?|showrooms?|stores?)\b|^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:Day|event|conference|summit|expo|show|forum|fair)\b/;
/** A site a relative clause describes, right before its subject ("a factory that Nissan vacated"). */
const EN_OWNERS_PARTNER_BETWEEN = /^['’]s?\s+(?:(?:long-?time|longtime|long-standing|long-term|former|closest|fiercest|top|alliance|joint[- ]venture|JV|local|Chinese|Japanese|Korean|German|French|American|U\.S\.|European|Indian|main|key|biggest|largest|strategic|technology|battery)\s+){0,2}(?:partner|ally|affiliate|sister\s+company|rival|competitor|customer|client|supplier)(?:,\s+|\s+)$/;
/** "Mazda, a long-time partner of Toyota", "Vehicle Energy Japan, once part of Hitachi": the company the name before is described by. */
const EN_RELATED_OF_APPOSITION = /^,\s+(?:(?:once|formerly|previously|now|still|long)\s+)?(?:part\s+of|(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:partner|ally|rival|competitor|supplier|customer|client|unit|subsidiary|affiliate|arm|parent|division)\s+of)\s+(?:the\s+)?$/i;
const EN_MADE_BY_PARENT_BEFORE = /^,\s+the\s+(?:[\w-]+\s+){0,3}?(?:business|unit|arm|subsidiary|division|company|venture|spin-?off)\s+(?:that\s+|which\s+)?$/i;
const EN_MADE_BY_PARENT_AFTER = /^\s+(?:carved|spun|set\s+up|created|formed|split|founded|launched)\b/;
/** "the Company's wholly owned subsidiary QuantumScape Battery": the owner names the subsidiary after it. */
// ("Geely's premium EV maker Zeekr", "Daimler Truck subsidiary Thomas Built Buses": the owner describes the name after it)
const EN_OWNERS_SUBSIDIARY_BETWEEN = /^(?:['’]s?\s+(?:(?:wholly[- ]owned|fully[- ]owned|majority[- ]owned|100%[- ]owned|own|local|U\.S\.|US|American|European|Japanese|Chinese|German|battery|operating)\s+){0,3}(?:subsidiary|unit|arm|division)|['’]s?\s+(?:(?:premium|budget|luxury|electric|EV|electric-vehicle|battery|truck|bus|commercial-vehicle|software|chip|new|young|upmarket)\s+){1,3}(?:brand|maker|carmaker|automaker|unit|arm|subsidiary|division)|\s+(?:subsidiary|unit|affiliate))\s+$/;
const EN_SITE_RELATIVE_BEFORE = /\b(?:plant|plants|factory|factories|facility|facilities|site|sites|premises|mine|mines|refinery|building)\s+(?:that|which)\s+(?:the\s+)?$/i;
const SUBJECT_MAX_WORDS = 3;
const EN_KIND_LEAD = /^(?:[A-Z][\w.-]*\s+){0,2}(?:[a-z][\w-]*\s+){0,3}(?:maker|start-up|startup|company|firm|group|supplier|producer|developer|manufacturer|operator|miner|carmaker|automaker|giant|specialist)\s+$/;
/** "-backed software firm": the name before is the backer of the company the kind names. */
const EN_BACKER_OF_KIND_AFTER = /^-(?:owned|backed|controlled|funded)\s+(?:[\w-]+\s+){0,2}?(?:firm|company|start-?up|maker|developer|operator|provider|supplier|producer|group)\b/;
/** Goods a relative clause describes, opening the clause ("The hybrid-electric ferries that X ordered from Y"): its subject is X. */
const EN_GOODS_RELATIVE_LEAD = /^(?:The|Its|Their)\s+(?:[a-z][\w-]*\s+){1,4}(?:that|which)\s+$/;
/** A clause opening with a relative pronoun has its subject outside (", which supplies X"). */
const RELATIVE_LEAD = /^[\s,]*(?:which|who|whose|where|that)\b/i;

function wordsBetween(text: string, start: number, end: number): number {
  const m = text.slice(start, end).match(/[A-Za-z0-9]+/g);
  return m ? m.length : 0;
}

/**
 * The range of an aside whose names are told by the way, or null: an opening participle's phrase ("Speaking a day
 * after Tesla cut prices in Europe, Hyundai Motor's chief executive said …", "Seeking to close the gap with BYD,
 * Volkswagen signed …"; also when a break inside the phrase opened this clause, "Speaking a day after | Tesla cut
 * prices in Europe, …"), or a ", whose …," apposition on the clause's first name that tells no deal of it
 * ("Rivian, whose battery strategy has drawn scrutiny since Tesla switched to LFP cells, signed a deal with B").
 */
function asideOf(text: string, units: readonly Unit[], clauseStart: number): { start: number; end: number } | null {
  const lead = EN_PARTICIPLE_LEAD.test(text.slice(Math.max(0, clauseStart - 80), clauseStart)) ? text.indexOf(',', clauseStart) : -1;
  if (lead > 0 && lead - clauseStart <= 120) return { start: clauseStart, end: lead + 1 };
  const opening = EN_PARTICIPLE_OPENING.exec(text.slice(clauseStart, clauseStart + 140));
  if (opening) return { start: clauseStart, end: clauseStart + opening[0].length };
  const first = units[0];
  if (!first || !text.startsWith(', whose ', first.end)) return null;
  const end = text.indexOf(',', first.end + 8);
  // (not one that tells a deal of the name: "whose BlueOval SK venture with SK On", "whose supply contract with B")
  return end > 0 && !WHOSE_DEAL_WORD.test(text.slice(first.end, end)) ? { start: first.end, end } : null;
}
const OPENING_PARTICIPLES = '(?:Speaking|Writing|Commenting|Talking|Seeking|Trying|Looking|Hoping|Aiming|Racing|Struggling|Competing)';
const EN_PARTICIPLE_OPENING = new RegExp(`^\\s*${OPENING_PARTICIPLES}\\b[^,;.]{0,120},`);
const EN_PARTICIPLE_LEAD = new RegExp(`(?:^|[.!?\\n]\\s*)${OPENING_PARTICIPLES}\\b[^,;.]*$`);
/** Right before a venture's name: the verb that made it ("launched BluE Nexus Corp, …"). */
const EN_FORMED_BEFORE = /\b(?:formed|set\s+up|established|created|launched|incorporated|founded)\s+$/;
/** A venture's shares told right after its name (", owned 60:40", ", in which A holds 90%"). */
const EN_SHARES_AFTER = /^,?\s+(?:(?:(?:jointly|equally)\s+)?owned\s+\d|in\s+which\s)/;
/** Before a holder's channel: "through its unit", "through its subsidiary", "through" (a holding that goes through a company). */
const EN_CHANNEL_BEFORE = /(?:\b(?:holds?|held|owns?|owned|invests?|invested|stakes?)\b|%|\bpercent\b)[^;]{0,60}?\bthrough\s+(?:(?:its|their|a|the)\s+(?:[\w-]+\s+)?(?:unit|subsidiary|arm|affiliate|vehicle)\s+)?$/i;
/** Before a name that modifies a site noun: an article, maybe "former" ("a former Nissan plant"). */
const EN_SITE_ARTICLE_BEFORE = /\b(?:a|an|the|its|their)\s+(?:(?:former|old|closed|idle|disused|shuttered|existing|first|second|third|fourth|fifth|new|planned|proposed|future|nearly|almost|partly|finished|completed|unfinished),?\s+){0,3}$/i;
/** Before a site's name: goods made at it ("built at the Hyundai Motor Group Metaplant America"). */
const EN_MADE_AT_BEFORE = /\b(?:built|made|produced|assembled|manufactured)\s+at\s+(?:the|its|their|a)\s+$/i;
/** After it: the site noun itself ("plant in Barcelona"), with no possessive. */
const EN_SITE_NOUN_AFTER = /^\s+(?:(?:car|vehicle|assembly|engine|battery|truck)\s+)?(?:plant|plants|factory|factories|site|works|facility|mine|refinery)\b/;
/** After a name: its products ("'s next-generation EVs"). */
const EN_PRODUCTS_OF_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:EVs|models|vehicles|cars|trucks|SUVs|platforms?|line-?up|products|plants?|factories)\b/;
const EN_CO_DEVELOP = /\b(?:jointly\s+develop|co-develop|develop\s+[^.;]{0,40}?\s+together|joint\s+development)/i;
const EN_CO_OWNED_BEFORE = /\bco-own(?:s|ed)?\s+(?:[\w-]+\s+){0,3}?$/i;
const WHOSE_DEAL_WORD = /\b(?:ventures?|JVs?|partners?|partnerships?|customers?|clients?|suppliers?|investors?|backers?|owners?|shareholders?|parents?|contracts?|deals?|agreements?|orders?|alliances?|stakes?|units?|subsidiar(?:y|ies))\b/i;

export function assignEnglishRoles(text: string, clauseStart: number, units: Unit[], m: MarkerLists): void {
  const re = enRegexes(m);
  const aside = asideOf(text, units, clauseStart);
  let chainStart = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    const after = text.slice(u.end, u.end + 40);
    const coord = EN_COORD.exec(after);
    // (a country's possessive may stand before the next: "with Zhejiang Geely and Thailand's PTT")
    if (coord && next && (next.start === u.end + coord[0].length || EN_PLACE_POSSESSIVE.test(text.slice(u.end + coord[0].length, next.start)))) u.coordNext = true;
    else if (coord && next && EN_KIND_BEFORE_MEMBER.test(text.slice(u.end + coord[0].length, next.start))) {
      u.coordNext = true;
      u.kindBeforeNext = { start: u.end + coord[0].length, end: next.start };
    }
    // (an opening phrase's last name and the subject after its comma are no list: "…the gap with BYD, Volkswagen signed")
    if (u.coordNext && aside && u.end <= aside.end && next!.start >= aside.end) u.coordNext = false;
    if (re.parentAfter.test(after) || (/\bthe\s+$/i.test(text.slice(Math.max(0, u.start - 5), u.start)) && re.parentBare.test(after))) u.excluded = 'parent_descriptor';
    // "Volkswagen's PowerCo", "GM's Cruise": the owner named to describe the company after it
    // (and "Nissan's alliance partner Renault", "Volkswagen's Chinese partner SAIC": a partner named to describe the next)
    else if (next && next.atom.kind === 'company' && (/^['’]s?\s+$/.test(text.slice(u.end, next.start)) || EN_OWNERS_PARTNER_BETWEEN.test(text.slice(u.end, next.start)) || EN_OWNERS_SUBSIDIARY_BETWEEN.test(text.slice(u.end, next.start))) && !/^\s+(?:stake|shares?|holding|interest)\b/i.test(text.slice(next.end, next.end + 12))) u.excluded ??= 'parent_descriptor';
    // "at a former Nissan plant in Barcelona": a name that only says whose site it is (or was)
    if (EN_SITE_ARTICLE_BEFORE.test(text.slice(Math.max(0, u.start - 40), u.start)) && EN_SITE_NOUN_AFTER.test(after)) u.excluded ??= 'site_owner';
    // ("Ioniq 5 crossovers built at the Hyundai Motor Group Metaplant America": a site named as the place goods are made)
    if (EN_MADE_AT_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 30), u.start))) u.excluded ??= 'site_owner';
    // ("makes battery cells with LG Energy Solution through the Ultium Cells joint venture": the venture itself)
    if (/\bthrough\s+(?:the|its|their)\s+$/i.test(text.slice(Math.max(clauseStart, u.start - 14), u.start)) && /^\s+(?:joint\s+venture|venture|JV)\b/i.test(after)) u.excluded ??= 'jv_company';
    // ("launched BluE Nexus Corp, in which Aisin holds 90%", "created Kairos Energy Storage, owned 60:40": the venture itself)
    else if (EN_FORMED_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 16), u.start)) && EN_SHARES_AFTER.test(after)) u.excluded ??= 'jv_company';
    // ("CNGR holds 50.03% of the venture through CNGR Morocco New Energy and Al Mada 49.97% through its unit NGI": the
    // channel of its parent's holding, which is the party — as 「子会社のXを通じて」 is, units.ts)
    else if (EN_CHANNEL_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 100), u.start)) && units.some((o) => o !== u && o.end <= u.start && o.atom.kind === 'company')) u.excluded ??= 'channel';
    // "PowerCo, Volkswagen's battery company, …": the owner named in an apposition describes the name before it
    const prior = units[i - 1];
    if (prior && EN_OWNER_APPOSITION_BEFORE.test(text.slice(prior.end, u.start)) && EN_OWNER_APPOSITION_AFTER.test(after)) u.excluded ??= 'parent_descriptor';
    // ("Mazda, a long-time partner of Toyota", "Verkor, a unit of Renault": the one the name before is described by)
    if (prior && prior.atom.kind === 'company' && EN_RELATED_OF_APPOSITION.test(text.slice(prior.end, u.start))) u.excluded ??= 'parent_descriptor';
    // (and past the owner's possessive: "Scania, the truck unit of Volkswagen's Traton")
    else if (prior && prior.excluded === 'parent_descriptor' && /^['’]s?\s+$/.test(text.slice(prior.end, u.start)) && EN_RELATED_OF_APPOSITION.test(text.slice(units[i - 2]?.end ?? clauseStart, prior.start))) u.excluded ??= 'parent_descriptor';
    // ("Ampere, the electric-vehicle business Renault Group carved out in 2023": the parent that made the unit)
    if (prior && prior.atom.kind === 'company' && EN_MADE_BY_PARENT_BEFORE.test(text.slice(prior.end, u.start)) && EN_MADE_BY_PARENT_AFTER.test(after)) u.excluded ??= 'parent_descriptor';
    // "Foxconn, through Foxconn Ventures, agreed to buy …": the vehicle a company acts through is
    // no party of its own (the company is)
    if (prior && EN_THROUGH_VEHICLE_BETWEEN.test(text.slice(prior.end, u.start)) && /^\s*(?:(?:unit|arm|subsidiary|business|division|fund)\s*)?,/.test(after)) u.excluded ??= 'vehicle';
    // "Calsonic Kansei, the KKR-owned parts maker, …": an owner in the description of the name before it
    if (prior && /,\s+(?:the|an?)\s+$/i.test(text.slice(Math.max(prior.end, u.start - 8), u.start)) && /^-(?:owned|backed|controlled|funded)\b/.test(after)) u.excluded ??= 'parent_descriptor';
    // "Stellantis-backed Lyten said it had completed the purchase …": the backer before the name
    // it describes acts in none of the name's deals
    else if (/^-(?:owned|backed|controlled|funded)\s+(?:[\w-]+\s+){0,2}?[A-Z]/.test(after) && units[i + 1] && /^-[a-z]+\s+(?:[\w-]+\s+){0,2}?$/.test(text.slice(u.end, units[i + 1]!.start))) u.excluded ??= 'parent_descriptor';
    // (and before a kind of company, whatever its name: "to buy Volkswagen-backed software firm has·to·be")
    else if (EN_BACKER_OF_KIND_AFTER.test(after)) u.excluded ??= 'parent_descriptor';
    // a competitor named for comparison ("to compete with BYD", "chose A over B", "than B", "the largest
    // miner after Mineral Resources")
    // (not a rival that opens its own clause as its subject: "Rival BP has taken a similar route. It bought …",
    // "…, while rival Endesa has signed an MoU with B")
    const rivalSubject = RIVAL_OPENING.test(text.slice(clauseStart, u.start));
    // (not across the comma that ends an opening participle's phrase: "Seeking to close the gap with BYD, Volkswagen signed …")
    const ctxStart = aside && u.start >= aside.end ? Math.max(clauseStart, aside.end) : clauseStart;
    if ((!rivalSubject && EN_COMPETITOR_BEFORE.test(text.slice(Math.max(ctxStart, u.start - 40), u.start))) || EN_FIGURE_COMPARED_AFTER.test(text.slice(u.end, u.end + 24))) u.excluded ??= 'competitor';
    // "… to build cars in Barcelona, at a factory that Nissan vacated in 2021": the subject of a
    // relative clause on a site is its past or present occupant, no party
    if (EN_SITE_RELATIVE_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 40), u.start))) u.excluded ??= 'site_occupant';
    // "for Dongfeng's Voyah brand": a brand the goods are for, no party
    if (/^\s+(?:brand|brands|marque|sub-brand|nameplate)\b/i.test(after)) u.excluded ??= 'brand';
    // "…, with the two companies developing motorcycles together": an absolute phrase about the deal's parties names none
    if (u.atom.kind === 'anaphor' && /,\s+with\s+$/.test(text.slice(Math.max(clauseStart, u.start - 8), u.start)) && /^\s+[a-z]+ing\b/.test(after)) u.excluded ??= 'aside';
    // (and a company that arranges or advises on the deal: "…, with Banco Santander arranging the financing")
    if (/,\s+with\s+$/.test(text.slice(Math.max(clauseStart, u.start - 8), u.start)) && /^\s+(?:arranging|advising|acting|serving|providing\s+(?:the\s+)?(?:financing|loans?|advice))\b/.test(after)) u.excluded ??= 'adviser';
    if (aside && u.start >= aside.start && u.end <= aside.end) u.excluded ??= 'aside';
    // ("Denso and Aisin will jointly develop inverters for Toyota Motor's next-generation EVs": the maker whose
    // products a pair develops for is no party of their co-development)
    if (i >= 2 && units[0]!.coordNext && text.startsWith('for ', u.start - 4) && EN_PRODUCTS_OF_AFTER.test(after) && EN_CO_DEVELOP.test(text.slice(units[0]!.end, u.start))) u.excluded ??= 'beneficiary';
    // "Hyundai Motor's chief executive said …": the company speaks through a person (also "the chief executive of X said")
    if (EN_PERSON_AFTER.test(after) || (endsWithWord(text, u.start, PERSON_OF_LAST_WORDS) && EN_PERSON_OF_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 40), u.start)))) u.excluded = 'person_descriptor';
    // ("Advised by Goldman Sachs, Banpu NEXT agreed …": an adviser is no party)
    if (text.startsWith('by ', u.start - 3) && EN_ADVISED_BY_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 16), u.start))) u.excluded ??= 'adviser';
    // "a deal that consultancy Benchmark Mineral Intelligence said would tighten supply": a commentator is no party
    if (EN_COMMENTATOR_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 40), u.start)) && /^\s+(?:said|says|estimated|estimates|expects|expected|predicted|predicts|reckons|wrote|noted)\b/.test(after)) u.excluded ??= 'adviser';
    // "with Goldman Sachs acting as the group's financial adviser": an adviser is no party
    if (EN_ADVISER_AFTER.test(text.slice(u.end, u.end + 80))) u.excluded ??= 'adviser';
    // "A and B signed a memorandum, Audi's parent Volkswagen said": the source told after the deal
    // (not the last of a list, "A, B and C said they would pool …", nor a party named before, "…, Ampere said")
    const lead = EN_REPORTER_AFTER.test(after) ? EN_REPORTER_BEFORE.exec(text.slice(Math.max(clauseStart, u.start - 40), u.start)) : null;
    if (lead) {
      const comma = u.start - lead[0].length;
      const told = units.slice(0, i).filter((w) => w.end <= comma);
      const last = told[told.length - 1];
      const id = u.atom.party?.entityId;
      if (told.length >= 2 && last && !last.coordNext && wordsBetween(text, last.end, comma) >= 2 && id && !units.slice(0, i).some((w) => w.atom.party?.entityId === id)) u.excluded ??= 'reporter';
      // ("A and B will source cells from C, the two companies said": a group reporting the deal
      // told before it names no one new)
      else if (u.atom.kind === 'anaphor' && u.atom.anaphor?.kind === 'group' && told.length >= 2) u.excluded ??= 'reporter';
    }
    // "at more than 200 Kia dealerships": the name qualifies a noun, it is no party
    if (EN_NAME_AS_MODIFIER.test(after)) u.excluded ??= 'modifier';
    // "a 12.5% stake in the silicon carbide unit of Coherent Corp.": the reference is the owner's unit,
    // the owner named after it the party
    const nextUnit = units[i + 1];
    if (u.atom.kind === 'anaphor' && nextUnit && nextUnit.atom.kind === 'company' && EN_UNIT_OF.test(text.slice(u.start, nextUnit.start)) && EN_STAKE_IN_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 24), u.start))) u.excluded ??= 'stake_in_unit';
    // (not the last of the builders, "will be built by A and B as a joint venture")
    if (re.jvAfter.test(text.slice(u.end, u.end + 64)) || (EN_SET_UP_AS_JV.test(text.slice(u.end, u.end + 64)) && !(prior?.coordNext && /\bby\s+$/.test(text.slice(Math.max(clauseStart, prior.start - 4), prior.start))))) u.excluded ??= 'jv_apposition';
    // ("The two groups already co-own fuel-cell maker cellcentric": the company co-owned is the venture)
    if (text.startsWith(' ', u.start - 1) && EN_CO_OWNED_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 40), u.start))) u.excluded ??= 'jv_company';
    // ("Stellantis and Samsung SDI formed StarPlus Energy under an agreement": the company its subjects formed, too)
    if (prior && !prior.coordNext && EN_SUBJECTS_FORMED_BETWEEN.test(text.slice(prior.end, u.start))) u.excluded ??= 'jv_company';
    // "Norsk Hydro, which formed Hydrovolt with Northvolt": the company formed is the venture, no founder
    if (next && next.atom.kind === 'company' && next.start - u.end <= 24 && EN_WITH_PARTNER_AFTER.test(text.slice(u.end, next.start)) && EN_FORMED_OBJECT_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 20), u.start))) u.excluded ??= 'jv_company';
    // "whose BlueOval SK venture with SK On", "its Ultium joint venture": the name before the
    // JV noun, after a possessive, is the JV (a company's "a Toyota venture" is not this)
    if (EN_POSSESSIVE_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 8), u.start)) && EN_JV_NOUN_AFTER.test(after)) u.excluded ??= 'jv_company';
    const prevUnit = units[i - 1];
    // (and a stake bought from its holder, "buy a 24% stake in Chilean producer SQM from Nutrien": a
    // deal of buyer and seller, RECORDS.md §4)
    const boughtFromHolder = EN_STAKE_BOUGHT_IN.test(text.slice(Math.max(clauseStart, u.start - 80), u.start)) && EN_FROM_HOLDER_AFTER.test(text.slice(u.end, u.end + 120));
    // (and what a named seller is paid for: "will pay Fiat Chrysler €6.2 billion for Magneti Marelli")
    const paidFor = prevUnit !== undefined && EN_PAID_FOR.test(text.slice(prevUnit.end, u.start)) && /\b(?:pay|pays|paid|paying)\s+$/.test(text.slice(Math.max(clauseStart, prevUnit.start - 8), prevUnit.start));
    // (and a company bought from its named owner: "is buying software company Wind River from private equity firm TPG")
    const seller = units[i + 1];
    const boughtFromOwner = seller !== undefined && seller.atom.kind === 'company' && EN_BOUGHT_OBJECT_BEFORE.test(text.slice(Math.max(clauseStart, u.start - 60), u.start)) && EN_FROM_OWNER_BETWEEN.test(text.slice(u.end, seller.start));
    const stakeObject = (prevUnit && !prevUnit.inNote && EN_NAMED_STAKE_IN.test(text.slice(prevUnit.end, u.start))) || EN_OWN_STAKE_SOLD.test(text.slice(Math.max(clauseStart, u.start - 80), u.start)) || boughtFromHolder || paidFor || boughtFromOwner;
    // (a stake object with its JV apposition, "its interest in BTBM, the joint venture it set up
    // with BASF", is the object all the same: no party of the sale)
    // (not the owner of an asset a stake is bought in, "a 20% interest in Nickel Industries' Indonesian HPAL
    // project from the Australian company": the owner sells it)
    if (stakeObject && !EN_ASSET_OF_OWNER_AFTER.test(after) && (u.excluded === null || u.excluded === 'jv_apposition')) u.excluded = 'stake_object';
    // "its interest in BTBM, the joint venture it set up with BASF in 2015, to X": the names in
    // the apposition describe the object, they are not parties of the sale
    if (stakeObject) {
      const app = EN_OBJECT_APPOSITION.exec(text.slice(u.end, u.end + 160));
      if (app) for (const w of units) if (w.start > u.end && w.start < u.end + app[0].length) w.excluded ??= 'object_apposition';
    }
    const isChainHead = i === 0 || !units[i - 1]!.coordNext;
    if (isChainHead) chainStart = i;
    const head = units[chainStart]!;
    const prevEnd = chainStart > 0 ? units[chainStart - 1]!.end : clauseStart;
    const before = text.slice(Math.max(prevEnd, head.start - 60), head.start);
    if (EN_PARTNER_BEFORE.test(before)) u.role = 'partner';
    if (re.example.test(before)) u.excluded ??= 'example_list';
    if (isChainHead) {
      // ("The battery materials arm of POSCO Holdings": the reference before is no boundary)
      const prevUnit = chainStart > 0 ? units[chainStart - 1] : undefined;
      const nearFrom = prevUnit && prevUnit.atom.kind === 'anaphor' ? Math.max(clauseStart, prevUnit.start) : prevEnd;
      const near = text.slice(Math.max(nearFrom, u.start - 60), u.start);
      // "VinFast, the carmaker of Vietnam's Vingroup": the parent named in an apposition
      const ownsStakedUnit = prevUnit?.excluded === 'stake_in_unit';
      if (!ownsStakedUnit && EN_APPOSITION_OF.test(near) && !re.jv.test(near.replace(EN_APPOSITION_OF, ''))) u.excluded ??= 'parent_descriptor';
      if (!ownsStakedUnit && re.parentBefore.test(near)) u.excluded ??= 'parent_descriptor';
      if (EN_PART_OF_APPOSITION.test(near)) u.excluded ??= 'parent_descriptor';
      // ("Resource Capital Fund VIII, a fund managed by mining investor Resource Capital Funds": its manager)
      if (EN_MANAGER_APPOSITION.test(near)) u.excluded ??= 'parent_descriptor';
      // "the joint venture X" names the JV; "the joint venture X and Y formed" names its founders
      if (re.jv.test(near) && !u.coordNext) u.excluded ??= 'jv_company';
    }
  }
  // "beating Tesla and GM": a list of competitors is out as a whole
  for (let i = 0; i + 1 < units.length; i++) if (units[i]!.coordNext && units[i]!.excluded === 'competitor') units[i + 1]!.excluded ??= 'competitor';
  // The first named party that is not a partner is the clause's subject when it opens the
  // clause (at most a few words before it: "Meanwhile, X …", "In 2021, the two companies …").
  const subject = units.find((u) => !u.inNote && u.excluded === null && u.role !== 'partner');
  // (past a news dateline: "BELMONT, N.C., February 16, 2023 – Piedmont Lithium … announced")
  const opening = clauseStart + (EN_DATELINE.exec(text.slice(clauseStart, subject ? subject.start : clauseStart))?.[0].length ?? 0);
  const lead = text.slice(opening, subject ? subject.start : opening);
  // (or after a description of it: "Texas home-battery start-up X raised …", "South Korean battery maker X …")
  if (subject && (wordsBetween(text, opening, subject.start) <= SUBJECT_MAX_WORDS || EN_KIND_LEAD.test(lead) || EN_GOODS_RELATIVE_LEAD.test(lead)) && !RELATIVE_LEAD.test(lead)) {
    subject.role = 'subject';
    for (let i = units.indexOf(subject); units[i]?.coordNext && units[i + 1]; i++) units[i + 1]!.role = 'subject';
  }
}
