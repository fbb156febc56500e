/** `companies --discovered`: the YAML snippet for companies.yaml. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { loadLegalForms } from '../../extractors/companies/legal-forms.ts';
import { formatDiscovered, yamlSnippet } from './companies.ts';

describe('companies --discovered', () => {
  const legal = loadLegalForms(path.join(defaultSeedsDir(), 'companies/legal-forms.yaml'));
  const rows = [
    { id: 'discovered:archion', canonical: 'ARCHION', mentions: 6, documents: 1, aliases: 'ARCHION | ARCHION株式会社 | アーチオン', parents: null },
    { id: 'discovered:hondacanada', canonical: 'Honda Canada', mentions: 2, documents: 1, aliases: 'Honda Canada Inc. | ホンダカナダ', parents: 'honda' },
  ];
  it('lists forms and parents, then entries without legal forms', () => {
    expect(yamlSnippet(rows, legal).split('\n')).toEqual([
      '  - id: archion',
      '    name: ARCHION',
      '    ja: ["アーチオン"]',
      '',
      '  - id: honda_canada',
      '    name: Honda Canada',
      '    parents: [honda]',
      '    ja: ["ホンダカナダ"]',
      '',
    ]);
    const text = formatDiscovered(rows, true);
    expect(text).toContain('Honda Canada\t2\t1\tHonda Canada Inc. | ホンダカナダ\t← honda');
    expect(text).toContain('  - id: archion');
  });
  it('says so when nothing was discovered', () => {
    expect(formatDiscovered([], true)).toMatch(/no discovered companies/);
  });
});
