/**
 * A dictionary alias that names a person: in English text after a title ("Mr. Honda",
 * "Dr Porsche") or after a given name, with an optional middle initial ("Henry Ford's",
 * "Bill Ford", "Walter P. Chrysler", "Toshihiro Suzuki"); in any text before a title that
 * only a person takes (「フォード大統領」, 「フォード氏」). Such an occurrence is not the company
 * (RECORDS.md §1: a mention of a business enterprise), so it is no mention. Many carmakers
 * carry their founder's name, and their executives' names turn up in the same articles as
 * the companies.
 *
 * The titles and given names are data (company-discovery.yaml `person_names`). A name that is
 * itself an alias ("John Deere" when the dictionary lists it) is matched from its first word
 * and never reaches this check. 「トヨタさん」 is how Japanese business writing names a
 * company, so さん is no such title; kanji surnames (本田宗一郎) are not aliases.
 */
import { isLatinUpper } from '../../text/chars.ts';

export interface PersonNameLists {
  /** Titles without their full stop: Mr, Mrs, Dr. */
  readonly personTitles: ReadonlySet<string>;
  /** Capitalised given names: Henry, Soichiro. */
  readonly givenNames: ReadonlySet<string>;
  /** Titles after a name: 氏, 大統領. */
  readonly personTitlesAfter: readonly string[];
}

/** Is the alias ending at `end` followed by a title that only a person takes (フォード大統領)? */
export function isBeforePersonTitle(text: string, end: number, lists: PersonNameLists): boolean {
  for (const t of lists.personTitlesAfter) if (text.startsWith(t, end)) return true;
  return false;
}

const isWordChar = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;

/** Is the capitalised alias starting at `start` a surname after a title or a given name? */
export function isPersonSurname(text: string, start: number, lists: PersonNameLists): boolean {
  if (!isLatinUpper(text.charCodeAt(start)) || text.charCodeAt(start - 1) !== 0x20) return false;
  let p = start - 1; // the space before the alias
  // a middle initial: "Walter P. Chrysler"
  if (p >= 3 && text.charCodeAt(p - 1) === 0x2e && isLatinUpper(text.charCodeAt(p - 2)) && text.charCodeAt(p - 3) === 0x20) p -= 3;
  let end = p;
  const stop = text.charCodeAt(end - 1) === 0x2e;
  if (stop) end--;
  let from = end;
  while (from > 0 && isWordChar(text.charCodeAt(from - 1))) from--;
  if (from === end || !isLatinUpper(text.charCodeAt(from))) return false;
  const word = text.slice(from, end);
  if (lists.personTitles.has(word)) return true;
  // a given name is a whole word without a full stop ("Kentucky. Ford said" is no person)
  return !stop && lists.givenNames.has(word);
}
