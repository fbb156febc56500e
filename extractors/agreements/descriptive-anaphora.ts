/**
 * English descriptive references to one company ("the Swedish battery maker", "the U.S.
 * company", "the Australian-German miner"): the regex that finds them and, for each, the
 * sectors its head noun names and the countries its nationality words name (anaphora.yaml
 * single_heads, head_sectors, nationalities). parties.ts resolves one to the nearest company
 * named before that fits both, when the dictionary knows its sector and country.
 */
import { literalWord } from '../../text/regex.ts';
import type { AgreementType } from '../types.ts';

/** What an anaphor stands for (anaphora.yaml). */
export interface AnaphorDef {
  kind: 'group' | 'single' | 'self';
  count: number;
  /** "they": the whole group named before, however many (at least `count`). */
  plural?: boolean;
  /** The members of a relation of these types ("the partners": a JV or partnership). */
  of?: AgreementType[];
  /** A descriptive reference's sectors ("the automaker": automaker, ev_maker; anaphora.yaml head_sectors). */
  sectors?: readonly string[];
  /** The countries its nationality words name ("the British company": GB; anaphora.yaml nationalities). */
  countries?: readonly string[];
}

export interface DescriptiveLists {
  single_heads?: string[];
  head_sectors?: Record<string, string[]>;
  nationalities?: Record<string, string[]>;
}

export function descriptiveReferences(lists: DescriptiveLists): { descriptiveAnaphora: RegExp | null; descriptiveHeadDef: (match: string) => AnaphorDef } {
  const heads = lists.single_heads ?? [];
  const headSectors = Object.entries(lists.head_sectors ?? {})
    .map(([head, sectors]) => [head.toLowerCase(), { kind: 'single', count: 1, sectors } as AnaphorDef] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const plainSingle: AnaphorDef = { kind: 'single', count: 1 };
  const nationalities = new Map(Object.entries(lists.nationalities ?? {}).map(([word, countries]) => [word.toLowerCase(), countries] as const));
  const headDef = (lower: string): AnaphorDef => {
    for (const [head, def] of headSectors) if (lower.endsWith(head) && (lower.length === head.length || !/[a-z]/.test(lower[lower.length - head.length - 1]!))) return def;
    return plainSingle;
  };
  // "the South Korean battery maker", "the Australian-German company": the countries of the
  // nationality words before the head (a word pair first: "south korean")
  const countriesIn = (lower: string): string[] => {
    const words = lower.split(/[\s-]+/);
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const pair = i + 1 < words.length ? nationalities.get(`${words[i]} ${words[i + 1]}`) : undefined;
      const one = pair ?? nationalities.get(words[i]!);
      if (pair) i++;
      if (one) out.push(...one);
    }
    return out;
  };
  const descriptiveHeadDef = (match: string): AnaphorDef => {
    const lower = match.toLowerCase();
    const def = headDef(lower);
    const countries = nationalities.size > 0 ? countriesIn(lower) : [];
    return countries.length > 0 ? { ...def, countries } : def;
  };
  const descriptiveAnaphora = heads.length
    ? // (no preposition or article between: "the material from the refiner" is two phrases)
      new RegExp(`\\b[Tt]he\\s+(?:(?!(?:from|of|to|with|for|in|on|at|by|and|or|the|a|an)\\s)(?:[A-Z][\\w.&'-]*|[a-z][a-z-]*)\\s+){0,3}?(?:${heads.map(literalWord).join('|')})\\b(?!['’]s?\\s+(?:subsidiary|unit|arm))`, 'g')
    : null;
  return { descriptiveAnaphora, descriptiveHeadDef };
}
