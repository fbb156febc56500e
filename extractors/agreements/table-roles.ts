/**
 * A table's header read as column roles (seeds/agreements/tables.yaml): which column holds the
 * date, the parties and the description of each row's deal, and what a party column's name says.
 */
import type { AgreementType } from '../types.ts';
import type { Party } from './model.ts';
import type { AgreementVocabulary } from './vocabulary.ts';

export interface TableRoles {
  id: number;
  date: number;
  party: number[];
  description: number;
  /** The deal's kind as a party column names it (Supplier, Buyer, 出資先), for rows without a cue. */
  partyType: AgreementType | null;
  /** The party column names each deal's own parties (当事者, Parties): the table has no counterparty. */
  dealParties?: boolean;
  /** A row whose description has no cue states no deal (pair-lines.ts: list lines "A / B: …"). */
  cueRequired?: boolean;
  /**
   * A table with one party column that lists the deals of each row's company with one company
   * the text introduces it with ("The table lists the agreements with Tesla …"): that company.
   */
  counterparty?: Party | null;
}

/** Column roles of a header, or null when the table does not list agreements. */
export function tableRoles(header: readonly string[], vocab: AgreementVocabulary): TableRoles | null {
  const roles: TableRoles = { id: -1, date: -1, party: [], description: -1, partyType: null };
  const r = vocab.tableRoles;
  let fallback = -1;
  header.forEach((cell, i) => {
    const c = cell.trim().toLowerCase();
    if (r.id.includes(c)) roles.id = i;
    // (not a phrase that describes the deal and names its dates: | What was agreed or announced |)
    else if (r.date.some((w) => c.includes(w)) && !(c.split(/\s+/).length > 2 && r.description.some((w) => c.includes(w)))) {
      if (roles.date < 0) roles.date = i;
    } else if (r.party.some((w) => c.includes(w))) {
      roles.party.push(i);
      // (a header of alternatives of different kinds names none: | Buyer / supplier |; | Seller/Target | is one)
      const kinds = new Set(c.split(/\s?(?:\/|・|\bor\b)\s?/).map((part) => r.partyTypes.find((t) => t.words.some((w) => part.includes(w)))?.type ?? null));
      if (kinds.size === 1) roles.partyType ??= [...kinds][0]!;
      if (r.dealParties.some((w) => c.includes(w))) roles.dealParties = true;
    }
    else if (r.description.some((w) => c.includes(w))) {
      if (roles.description < 0) roles.description = i;
    } else if (fallback < 0 && r.descriptionFallback.some((w) => c.includes(w))) fallback = i;
  });
  // (| Parties | What was agreed | Size | Status |: the status column describes only when no other does)
  if (roles.description < 0) roles.description = fallback;
  return roles.party.length > 0 && (roles.date >= 0 || roles.description >= 0) ? roles : null;
}
