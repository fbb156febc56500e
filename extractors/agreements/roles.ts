/**
 * Informative party roles (RECORDS.md §4) where the text states the direction: the actor and
 * the other side of a directional deal, read from the cue and the grammar around it.
 *
 *  supply: supplier / customer · investment: investor / investee · acquisition: acquirer /
 *  target (a sale: seller / buyer; bought from a named seller: the acquirer only) · licensing:
 *  licensor / licensee · technical_service: provider / client · joint_venture: founder (every
 *  party).
 *
 * The actor is the subject (Aは/Aが, the English subject). It is the SECOND role when the cue
 * buys rather than sells (調達, 発注, 採用, 委託, buy, source, adopt), when the clause is passive
 * (買収された, 出資を受け, was acquired by, backed by), or for the party named as the source
 * (Bから, from B).
 */
import type { AgreementType } from '../types.ts';
import type { CueHit, Party, Unit } from './model.ts';
import type { DocState } from './state.ts';

const ROLE_NAMES: Partial<Record<AgreementType, [string, string]>> = {
  supply: ['supplier', 'customer'],
  investment: ['investor', 'investee'],
  acquisition: ['acquirer', 'target'],
  licensing: ['licensor', 'licensee'],
  technical_service: ['provider', 'client'],
};

// (an offtake is the buyer's: 「Bと引き取り契約」, "an offtake agreement with B" make the subject the customer)
const BUYING = /調達|購入|発注|採用|導入|委託(?!生産)|(?:生産|製造|組み立て)させ|買い|引き?取り?|オフテイク|\b(?:buy|buys|bought|buying|purchas\w*|sourc\w*|procur\w*|adopt\w*|order\w*|offtake|sign(?:s|ed)?\s+on\s+as)\b/i;
/** A supplier chosen for goods ("has chosen Allison Transmission for the electric axles"): the one who chooses buys. */
const CHOSEN_FOR_GOODS = /^(?:chose|chosen|picked|tapped|selected)\s[^.;]*\sfor\s/i;
/** A sale's wording: what its actor sells (the buyer is the other side). Also read by grammar.ts. */
export const SELLING = /売却|譲渡|譲り渡|売り渡|経営権を[^。]{0,30}?譲|\b(?:sell|sells|sold|selling|transfer\w*|divest\w*|offload\w*|unload\w*)\b/i;
const JA_PASSIVE_AFTER = /^[^。、]{0,4}?(?:され|を受け|を受|受け入れ)/;
const JA_CHOSEN_SOURCE_AFTER = /^(?:先|元)(?:に|として)[^。]{0,30}?(?:選ばれ|選定され|決まっ|決定し)/;
const EN_PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$/i;
const EN_PASSIVE_AFTER = /^\s+by\b/i;
/** Goods chosen by their buyer, in the passive (cues.en.yaml): "has been chosen by B". */
const EN_CHOSEN = /^(?:been|was|were|is|are|being)\s+(?:chosen|selected|picked)\s/i;

/** Hiring a firm for a service (the actor is the client). */
// (and work given out: 「…の設計と据え付けを、Bに委託する」)
const HIRED = /^(?:hire|hires|hired|hiring|engaged?|engages|engaging|appoint(?:s|ed|ing)?|retain(?:s|ed|ing)?|select(?:s|ed|ing)?|chosen|chose|picked)\b|に(?:一括で)?委託$/i;
/** After a technical-service cue: the work taken on (請け負った, 受託した). */
const TASK_TAKEN_AFTER = /^(?:契約|業務)?(?:を|の)?(?:請け負|受託|受注)/;
/** A technical-service cue that itself ends with the work taken on (「加工を受託」「Bから委託を受け」). */
const TASK_TAKEN_WORD = /(?:受託|請け負|委託を受け)$/;
/** Shares bought (株式の一部を買い取り, 株式を取得, "a 24% stake in"). */
const SHARES_BOUGHT = /(?:株|権益)[^。、]{0,20}?(?:取得|買い取|買い増|譲り受け)|\b(?:stake|shares|interest|holding)\b/i;
/** A company that came under another (傘下に入った, 子会社となった). */
const CAME_UNDER = /傘下に(?:入|加わ)|傘下入り|子会社(?:に|と)な/;
/** A supply cue that is an order or a contract received: its source is the customer. */
/** After a supply cue: its contract won from the customer (「納入契約をトヨタから獲得」「ボルボから大型の供給契約を獲得」). */
const JA_CONTRACT_WON_AFTER = /^(?:[^、。]{0,4}?(?:契約|注文|案件))?を(?:[^、。]{1,16}?から(?:獲得|勝ち取|取り付け|受け)|(?:獲得|勝ち取|取り付け))/;
const ORDERS_WON = /受注|注文を受け|\b(?:won|wins|win|winning|secured?|secures|landed|lands?|received|receives|bagged|clinched|awarded)\b[^.;]{0,60}?\b(?:contracts?|orders?|business)\b/i;

/** A name given as the source: "funding from B", "bought cells from B". */
export const EN_FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** "from Canadian fertilizer group ": a source named with its description. */
const EN_FROM_DESCRIBED_BEFORE = /\bfrom\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){1,4}$/;

const CUE_ENDS_WITH_SOURCE = /\b(?:from|by)$/i;

/** Whether the actor of the cue takes the second role of its type. */
function actorReversed(state: DocState, cue: CueHit, type: string, makerActs: boolean): boolean {
  const word = state.text.slice(cue.start, cue.end);
  // the buyer of goods is the customer; the buyer of a stake or a company is the investor or acquirer
  // (but goods bought in a passive, 「AのXがBに採用された」, have their maker as the actor: the supplier)
  // (and in English, "X's system has been adopted / chosen by B": the maker of the goods supplies)
  if (type === 'supply' && EN_CHOSEN.test(word)) return false;
  if (type === 'supply' && CHOSEN_FOR_GOODS.test(word)) return !EN_PASSIVE_BEFORE.test(state.text.slice(Math.max(0, cue.start - 20), cue.start));
  // (as a source chosen, 「Aの…の調達先に、Bが選ばれた」: the one chosen supplies)
  if (type === 'supply' && BUYING.test(word)) return !(/され$/.test(word) || JA_PASSIVE_AFTER.test(state.text.slice(cue.end, cue.end + 8)) || JA_CHOSEN_SOURCE_AFTER.test(state.text.slice(cue.end, cue.end + 40)) || EN_PASSIVE_BEFORE.test(state.text.slice(Math.max(0, cue.start - 20), cue.start)));
  // ("closed a funding round led by B", "financing from B": the money comes from B)
  if (CUE_ENDS_WITH_SOURCE.test(word)) return true;
  // (a company that came under another, 「BはCの傘下に入った」「Cの子会社となった」: C acquires)
  if (type === 'acquisition' && CAME_UNDER.test(state.text.slice(Math.max(0, cue.start - 4), cue.end + 6))) return true;
  if (!makerActs && JA_PASSIVE_AFTER.test(state.text.slice(cue.end, cue.end + 8))) return true;
  // ("is investing in B", "is subscribing to shares in B": a progressive, not a passive)
  return (EN_PASSIVE_BEFORE.test(state.text.slice(Math.max(0, cue.start - 20), cue.start)) && !/^[a-z]+ing\b/i.test(word)) || EN_PASSIVE_AFTER.test(state.text.slice(cue.end, cue.end + 6));
}

/** Place of a company's sector in the battery value chain, upstream first (companies.yaml `sector`); null when it says nothing. */
const CHAIN_RANK: Record<string, number> = {
  mining: 0,
  battery_materials: 1,
  equipment: 2,
  semiconductors: 2,
  electronics: 2,
  battery_cells: 3,
  auto_parts: 4,
  charging: 5,
  automaker: 6,
  ev_maker: 6,
  mobility: 7,
  logistics: 7,
};

function chainRank(p: Party): number | null {
  return p.sector ? CHAIN_RANK[p.sector] ?? null : null;
}

/** Parties named as a source: Bから / Bより, from B. */
function sources(state: DocState, units: readonly Unit[]): Set<string> {
  const out = new Set<string>();
  for (const u of units) {
    if (u.atom.kind !== 'company' || !u.atom.party) continue;
    const before = state.text.slice(Math.max(0, u.start - 48), u.start);
    // 「トヨタを引受先とする増資」: the subscriber is the investor
    if (/^(?:から|より|を引受先|が引き受け)/.test(state.text.slice(u.end, u.end + 5)) || EN_FROM_BEFORE.test(before) || EN_FROM_DESCRIBED_BEFORE.test(before)) out.add(u.atom.party.entityId);
  }
  return out;
}

/**
 * Copies of the party sets with a role on each party: `actors` are the entity ids of the
 * deal's actors, the other parties are its other side.
 */
/**
 * A supply told of three parties or more, one of them upstream of all the others ("A and B agreed to extend their
 * offtake of oxide from C's project"): one record per customer (RECORDS.md §4: never a deal between the
 * customers). Unchanged when the value chain does not single out one supplier.
 */
function perCustomer(sets: Party[][]): Party[][] {
  return sets.flatMap((set) => {
    if (set.length < 3) return [set];
    const ranks = set.map(chainRank);
    // (a miner is upstream of anyone: "A and B agreed to extend their offtake from C's mine", trading houses too)
    const top = Math.min(...ranks.map((r) => r ?? Infinity));
    if (ranks.some((r) => r === null) && top !== 0) return [set];
    const supplier = set.filter((_p, i) => ranks[i] === top);
    if (supplier.length !== 1) return [set];
    return set.filter((p) => p !== supplier[0]).map((p) => [supplier[0]!, p]);
  });
}

export function withRoles(state: DocState, cue: CueHit, units: readonly Unit[], sets: Party[][], actors: ReadonlySet<string>, makerActs = false): Party[][] {
  const type = cue.def.type;
  if (type === 'joint_venture') return sets.map((set) => set.map((p) => ({ ...p, role: 'founder' })));
  if (type === 'supply') sets = perCustomer(sets);
  const names = ROLE_NAMES[type];
  if (!names) return sets;
  const word = state.text.slice(cue.start, cue.end);
  // (the one hired for a service is its provider: "Piedmont hired Hatch for engineering", "Hatch was hired")
  const pair: [string, string] = type === 'acquisition' && SELLING.test(word) ? ['seller', 'buyer'] : type === 'technical_service' && HIRED.test(word) ? ['client', 'provider'] : names;
  // (an order or a contract won from B: the winner, the actor, supplies B — 「Bから受注」, "won an order from B")
  // (and work taken on for B: 「Bから…の操業指導を請け負った」「Bから委託を受け」, the actor provides it)
  const ordersWon = (type === 'supply' && (ORDERS_WON.test(word) || JA_CONTRACT_WON_AFTER.test(state.text.slice(cue.end, cue.end + 30)))) || (type === 'technical_service' && (TASK_TAKEN_AFTER.test(state.text.slice(cue.end, cue.end + 8)) || TASK_TAKEN_WORD.test(word)));
  const reversed = !ordersWon && actorReversed(state, cue, type, makerActs);
  const from = sources(state, units);
  // a two-sided wording ("signed a supply agreement with B", 「Bと供給契約」) says nothing of who
  // supplies: the party further up the value chain does (cells to a carmaker, ore to a refiner)
  const upstream = type === 'supply' && cue.def.direction === 'bilateral' && !ordersWon && !reversed;
  const withRoles = sets.map((set) => {
    if (upstream && set.length === 2 && !set.some((p) => from.has(p.entityId))) {
      const [a, b] = set as [Party, Party];
      const ra = chainRank(a);
      const rb = chainRank(b);
      if (ra !== null && rb !== null && ra !== rb) return set.map((p) => ({ ...p, role: (p === a) === ra < rb ? 'supplier' : 'customer' }));
    }
    const hasActor = set.some((p) => actors.has(p.entityId));
    const hasOther = set.some((p) => !actors.has(p.entityId));
    if (!hasActor || !hasOther) return set;
    // a named source (Bから, from B) is the first role: the supplier, the investor, the licensor;
    // in a purchase it is the seller, who has no role of the pair: the actor is the acquirer
    // (「いすゞはボルボからUDトラックスを買収」: Isuzu buys from Volvo)
    const sourced = !ordersWon && set.some((p) => !actors.has(p.entityId) && from.has(p.entityId));
    // (so too shares bought from their holder: 「AはBからCの株式の一部を買い取り」: A invests, B sells)
    const sharesBought = type === 'investment' && SHARES_BOUGHT.test(state.text.slice(Math.max(0, cue.start - 60), cue.end + 20));
    if (sourced && (type === 'acquisition' || sharesBought) && pair === names && !reversed) return set.map((p) => (actors.has(p.entityId) ? { ...p, role: pair[0] } : p));
    return set.map((p) => {
      const isActor = actors.has(p.entityId);
      const first = isActor !== (reversed || sourced);
      return { ...p, role: first ? pair[0] : pair[1] };
    });
  });
  // a supply is between one supplier and one customer (RECORDS.md §4): a group that buys from one
  // supplier (「両社は同社から…供給を受ける」) is one record per customer, and the reverse
  return type === 'supply' ? withRoles.flatMap(perRole) : withRoles;
}

function perRole(set: Party[]): Party[][] {
  const suppliers = set.filter((p) => p.role === 'supplier');
  const customers = set.filter((p) => p.role === 'customer');
  if (suppliers.length + customers.length !== set.length || set.length < 3) return [set];
  if (suppliers.length === 1) return customers.map((c) => [suppliers[0]!, c]);
  return customers.length === 1 ? suppliers.map((s) => [s, customers[0]!]) : [set];
}
