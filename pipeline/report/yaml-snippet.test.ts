import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { suggestedId, yamlSnippet } from './yaml-snippet.ts';

describe('suggestedId', () => {
  it.each([
    ['Xenotek 12 Materials', 'xenotek_12_materials'],
    ['パナソニックEVエナジー', 'new_company_1'],
    ['ソリューションズ', 'new_company_1'],
    ['Société Générale', 'societe_generale'],
  ])('%s → %s', (name, id) => expect(suggestedId(name, 0, new Set())).toBe(id));
  it('never repeats an id', () => {
    const taken = new Set<string>();
    expect([suggestedId('Acme', 0, taken), suggestedId('ACME', 1, taken)]).toEqual(['acme', 'acme_2']);
  });
});

describe('yamlSnippet', () => {
  it('is valid YAML with the forms seen by script', () => {
    const text = yamlSnippet([
      { id: 'discovered:x', canonical: 'ゼノカテック', mentions: 3, documents: 2, aliases: 'ゼノカテック株式会社 | Xenotek: "Inc"' },
    ]);
    expect(parse(text)).toEqual([{ id: 'new_company_1', name: 'ゼノカテック', ja: ['ゼノカテック', 'ゼノカテック株式会社'], en: ['Xenotek: "Inc"'] }]);
  });
  it('is empty with nothing discovered', () => expect(yamlSnippet([])).toBe(''));
});
