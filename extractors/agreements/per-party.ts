/**
 * One clause's party sets split per party where the text lists partners or recipients that
 * each deal with the subject alone (RECORDS.md §4): 「トヨタはレッドウッドやシルバとも提携」, a list of
 * partners each with its own date (「2020年にA、21年にはBと提携」), 「AはBとC向けに供給」.
 */
import type { CueHit, Party, Unit } from './model.ts';

/**
 * 「トヨタはレッドウッドやシルバとも提携している」: partners listed with や deal with the subject each,
 * not with each other (a joint venture of three stays one deal). A list whose members each have
 * a date of their own (「2020年にA、21年にはBと提携」「22年にA、23年にBを買収」), or each with a
 * venture of its own, is a deal each, a joint venture too.
 */
export function perListedPartner(text: string, sets: Party[][], units: readonly Unit[], cue: CueHit): Party[][] {
  const dated = datedList(units).filter(isListedParty);
  if (dated.length >= 2) return splitOff(sets, dated);
  const partners = units.filter((u) => u.role === 'partner' && isListedParty(u));
  // 「Aと X を、Bと Y を、それぞれ折半出資で運営」: each partner with a venture of its own
  if (partners.length >= 2 && partners.every((u) => units[units.indexOf(u) + 1]?.excluded === 'jv_company')) return splitOff(sets, partners);
  if (cue.def.type === 'joint_venture') return sets;
  if (partners.length < 2) return sets;
  let ya = false;
  for (let i = 0; i + 1 < partners.length; i++) {
    const between = text.slice(partners[i]!.end, partners[i + 1]!.start);
    if (!JA_LIST_JOINER.test(between)) return sets;
    if (between.startsWith('や')) ya = true;
  }
  return ya ? splitOff(sets, partners) : sets;
}

function isListedParty(u: Unit): boolean {
  return u.atom.kind === 'company' && u.atom.party !== undefined && !u.inNote && u.excluded === null;
}

/** The members of the clause's first dated list (units marked datedNext and the one after the last), or none. */
function datedList(units: readonly Unit[]): Unit[] {
  const first = units.findIndex((u) => u.datedNext);
  if (first < 0) return [];
  const out: Unit[] = [];
  for (let i = first; i < units.length; i++) {
    const u = units[i]!;
    if (u.inNote) continue;
    out.push(u);
    if (!u.datedNext) break;
  }
  return out;
}

/** Each set holding two or more of `members` and one other party: one set per member, with that party. */
function splitOff(sets: Party[][], members: readonly Unit[]): Party[][] {
  const ids = new Set(members.map((u) => u.atom.party!.entityId));
  return sets.flatMap((set) => {
    const others = set.filter((p) => !ids.has(p.entityId));
    const listed = set.filter((p) => ids.has(p.entityId));
    return others.length === 1 && listed.length >= 2 ? listed.map((p) => [...others, p]) : [set];
  });
}

/** Between two listed partners: や or 、, and a country word of the next (「や米」). */
const JA_LIST_JOINER = /^(?:や|、)(?:[米独仏英中韓台豪加印伊蘭]|中国の?|韓国の?|米国の?)?$/;

/** 「AはBとC向けの供給契約を結んだ」: one supply record per customer, never one of the customers together (RECORDS.md §4). */
export function perRecipient(sets: Party[][], units: readonly Unit[], cue: CueHit): Party[][] {
  if (cue.def.type !== 'supply') return sets;
  const ids = new Set<string>();
  for (const u of units) if (u.recipient && isListedParty(u)) ids.add(u.atom.party!.entityId);
  if (ids.size < 2) return sets;
  return sets.flatMap((set) => {
    const recipients = set.filter((p) => ids.has(p.entityId));
    const others = set.filter((p) => !ids.has(p.entityId));
    return recipients.length < 2 || others.length === 0 ? [set] : recipients.map((r) => [...others, r]);
  });
}
