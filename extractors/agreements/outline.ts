/**
 * The company a section of a disclosure outlines (「3．Coherentの概要」 followed by key-value
 * rows: 「（6）沿革　…2022年7月にレーザー大手のCoherent, Inc.を買収し」): a row without a subject
 * is about that company, not about the company that issued the notice.
 */
import type { Party } from './model.ts';
import { lowerBound } from './scan.ts';
import type { DocState } from './state.ts';

/** How far back (characters) the heading of an outline is looked for. */
const OUTLINE_REACH = 1500;
/** A numbered or marked section heading (「3．」「(参考)」「■」), after NFKC. */
const SECTION_HEADING = /^\s*(?:\d{1,2}\s*[.、]|[(（]参考[)）]|[■●◆□◇【])/;
/** A heading of an outline: 「3．Coherentの概要」「■相手先の概要」. */
const OUTLINE_HEADING = /の(?:概要|会社概要)\s*$/;

/** The company whose outline holds `pos` (the heading's only company), or null. */
export function outlinedCompany(state: DocState, pos: number): Party | null {
  const { text } = state;
  let end = text.lastIndexOf('\n', pos - 1);
  const stop = Math.max(0, pos - OUTLINE_REACH);
  while (end > stop) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (SECTION_HEADING.test(line)) {
      if (!OUTLINE_HEADING.test(line)) return null;
      let found: Party | null = null;
      for (let i = lowerBound(state.atoms, start); i < state.atoms.length && state.atoms[i]!.start < end; i++) {
        const a = state.atoms[i]!;
        if (a.kind !== 'company' || !a.party) continue;
        if (found && found.entityId !== a.party.entityId) return null;
        found = a.party;
      }
      return found;
    }
    end = start - 1;
  }
  return null;
}
