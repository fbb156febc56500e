/**
 * A dictionary alias that names a place: directly followed by a word for a geographic feature
 * (「アマゾン川」「アマゾン盆地」「アマゾン川流域」, "the Amazon rainforest", "Amazon River").
 * The river and the forest are not the company (RECORDS.md §1: a mention of a business
 * enterprise), so such an occurrence is no mention.
 *
 * The feature words are data (company-discovery.yaml `place_features`). A feature word counts
 * only when it ends the name. A Japanese one must not be followed by a kanji: 「トヨタ山口」
 * (a dealer's name: 山 then 口) and 「東京海上」 stay names, while 「アマゾン川クルーズ」 is
 * still the river. An English one is the next whole word, in any case, and must not be
 * followed by a capitalised word: "Ford River Rouge Complex" and "the GM Lake Orion plant" are
 * a company's plants, while "the Amazon River basin" is the river.
 */
import { isKanjiLike, isLatinUpper, isLatinWordChar } from '../../text/chars.ts';

export interface PlaceFeatureLists {
  /** Japanese feature words (川, 盆地, 流域), longest first. */
  readonly placeFeaturesJa: readonly string[];
  /** English feature words in lower case (river, rainforest, rain forest), longest first. */
  readonly placeFeaturesEn: readonly string[];
}

/** Is the alias ending at `end` followed by a geographic feature word (the place, not the company)? */
export function isBeforePlaceFeature(text: string, end: number, lists: PlaceFeatureLists): boolean {
  for (const w of lists.placeFeaturesJa) {
    if (text.startsWith(w, end) && !isKanjiLike(text.charCodeAt(end + w.length))) return true;
  }
  // an English feature word follows a Latin alias after one space
  if (lists.placeFeaturesEn.length === 0 || text.charCodeAt(end) !== 0x20 || !isLatinWordChar(text.charCodeAt(end - 1))) return false;
  const from = end + 1;
  // (the words are lower-case ASCII: a first letter that differs rules a word out without a slice)
  const first = text.charCodeAt(from) | 0x20;
  for (const w of lists.placeFeaturesEn) {
    const after = from + w.length;
    if (w.charCodeAt(0) !== first || after > text.length || text.slice(from, after).toLowerCase() !== w || isLatinWordChar(text.charCodeAt(after))) continue;
    // a capitalised word after it makes a longer name ("River Rouge", "Lake Orion")
    if (text.charCodeAt(after) === 0x20 && isLatinUpper(text.charCodeAt(after + 1))) continue;
    return true;
  }
  return false;
}
