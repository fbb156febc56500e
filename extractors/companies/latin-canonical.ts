/**
 * A discovered company the document names in Japanese and in English (「フォルクスワーゲン・チャイナ・
 * インベストメント（VCIC）」 … "Volkswagen China Investment Co., Ltd. (VCIC)") is known by its English
 * name, as the dictionary's companies are: the canonical name and id are taken from the first
 * English full name among its mentions (legal forms stripped; two words at least, so that an
 * abbreviation such as VCIC does not become the name).
 */
import { discoveredKey, type DocEntity, type Mention } from './model.ts';

const LATIN_FULL_NAME = /^[A-Z][\w&.'’-]*(?: [A-Za-z&][\w&.'’-]*)+(?:,? [A-Z][\w.]*\.?)*$/;
const LATIN = /[A-Za-z]/;

export function preferEnglishNames(text: string, mentions: readonly Mention[], strip: (name: string) => string): void {
  const ids = new Set(mentions.map((m) => m.entity.id));
  const done = new Set<DocEntity>();
  for (const m of mentions) {
    const e = m.entity;
    if (!e.discovered || done.has(e) || LATIN.test(e.canonical)) continue;
    const surface = text.slice(m.start, m.end);
    if (!LATIN_FULL_NAME.test(surface)) continue;
    const name = strip(surface).trim();
    if (!name.includes(' ')) continue;
    const id = `discovered:${discoveredKey(name)}`;
    if (ids.has(id)) continue; // (another company of the document has that name)
    done.add(e);
    e.names.add(name);
    e.canonical = name;
    e.id = id;
    ids.add(id);
  }
}
