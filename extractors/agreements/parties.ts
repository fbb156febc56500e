/**
 * Who a unit stands for: a named company/organisation is itself; 両社/3社/the two companies
 * are the parties named just before (the table row, earlier in the clause, or the previous
 * clauses); 同社/the company is the company last named as a subject; 弊社/当社/we is the
 * reporting company. The implicit subject of "Xとの提携により…" is the row's first party,
 * the reporting company, or the company the text is about.
 */
import type { Lang } from '../../pipeline/types.ts';
import type { Party, Unit } from './model.ts';
import { distinctParties, recent, type DocState } from './state.ts';

export interface RowContext {
  /** Parties of the row's party columns, in column order. */
  parties: Party[];
}

export interface ClauseScope {
  start: number;
  end: number;
  lang: Lang;
  row: RowContext | null;
}

function namedParty(u: Unit): Party | null {
  return u.atom.kind !== 'anaphor' && u.atom.party ? u.atom.party : null;
}

function resolveGroup(state: DocState, scope: ClauseScope, unit: Unit, units: readonly Unit[], count: number): Party[] {
  if (scope.row && scope.row.parties.length >= 2) return scope.row.parties;
  // "A、B、Cの3社", "AとBは…、両社で…": named just before in the same clause.
  const before: Party[] = [];
  for (const u of units) {
    if (u === unit) break;
    const p = namedParty(u);
    if (p && !u.inNote && u.excluded === null) before.push(p);
  }
  const distinct = distinctParties(before);
  if (distinct.length >= count) return distinct.slice(-count);
  for (const h of recent(state, scope.start, scope.lang)) {
    if (h.recordParties && h.recordParties.length === count) return h.recordParties;
    if (h.named.length >= count) return h.named.slice(0, count);
  }
  return [];
}

function resolveSingle(state: DocState, scope: ClauseScope, unit: Unit, units: readonly Unit[]): Party[] {
  let fallback: Party | null = null;
  for (let i = units.indexOf(unit) - 1; i >= 0; i--) {
    const u = units[i]!;
    const p = namedParty(u);
    if (!p || !p.company || u.inNote || u.excluded !== null) continue;
    if (u.role === 'subject' || u.role === 'possessive') return [p];
    fallback ??= p;
  }
  if (fallback) return [fallback];
  for (const h of recent(state, scope.start, scope.lang)) {
    const s = h.subjects.filter((p) => p.company);
    if (s.length > 0) return [s[s.length - 1]!];
    const n = h.named.filter((p) => p.company);
    if (n.length > 0) return [n[n.length - 1]!];
  }
  if (scope.row && scope.row.parties.length > 0) return [scope.row.parties[0]!];
  return [];
}

/** The parties a unit stands for (empty when an anaphor cannot be resolved). */
export function resolveUnit(state: DocState, scope: ClauseScope, unit: Unit, units: readonly Unit[]): Party[] {
  const a = unit.atom;
  if (a.kind !== 'anaphor') return a.party ? [a.party] : [];
  const def = a.anaphor!;
  if (def.kind === 'self') return state.reporting ? [state.reporting] : [];
  if (def.kind === 'single') return resolveSingle(state, scope, unit, units);
  return resolveGroup(state, scope, unit, units, def.count);
}

/** The party left implicit by "Xとの提携により…" (null when none can be told). */
export function implicitSubject(state: DocState, scope: ClauseScope, exclude: ReadonlySet<string>): Party | null {
  if (scope.row) return scope.row.parties.find((p) => !exclude.has(p.entityId)) ?? null;
  if (state.reporting) return exclude.has(state.reporting.entityId) ? null : state.reporting;
  for (const h of recent(state, scope.start, scope.lang)) {
    for (let i = h.subjects.length - 1; i >= 0; i--) {
      const p = h.subjects[i]!;
      if (p.company && !exclude.has(p.entityId)) return p;
    }
  }
  if (state.dominant && !exclude.has(state.dominant.entityId)) return state.dominant;
  return null;
}
