import { describe, expect, it } from 'vitest';
import { descriptiveReferences } from './descriptive-anaphora.ts';

const lists = {
  single_heads: ['company', 'battery maker', 'automaker', 'maker'],
  head_sectors: { 'battery maker': ['battery_cells'], automaker: ['automaker', 'ev_maker'] },
  nationalities: { 'south korean': ['KR'], korean: ['KR'], australian: ['AU'], german: ['DE'], 'u.s.': ['US'] },
};
const { descriptiveAnaphora, descriptiveHeadDef } = descriptiveReferences(lists);

describe('descriptive references', () => {
  it.each([
    ['the South Korean battery maker', ['battery_cells'], ['KR']],
    ['the Australian-German company', undefined, ['AU', 'DE']],
    ['the U.S. automaker', ['automaker', 'ev_maker'], ['US']],
    ['the company', undefined, undefined],
    ['the new battery maker', ['battery_cells'], undefined],
  ])('%s: sectors %j, countries %j', (phrase, sectors, countries) => {
    const def = descriptiveHeadDef(phrase);
    expect(def.sectors).toEqual(sectors);
    expect(def.countries).toEqual(countries);
  });

  it.each([
    ['Later, the British company agreed', 'the British company'],
    ['the material from the maker', 'the maker'],
  ])('finds %j', (text, found) => {
    const re = new RegExp(descriptiveAnaphora!.source, descriptiveAnaphora!.flags);
    expect([...text.matchAll(re)].map((m) => m[0])).toEqual([found]);
  });
});
