/**
 * companies.yaml validation: every error is a ResourceError naming the file and line, and an
 * alias collision names both companies.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, ResourceError } from '../../text/seed-files.ts';
import { loadDiscoveryPatterns } from './discovery-patterns.ts';
import { aliasKey, loadCompanyDictionary } from './dictionary.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'companies-dict-'));
let n = 0;

function write(yaml: string): string {
  const file = path.join(dir, `c${n++}.yaml`);
  writeFileSync(file, yaml);
  return file;
}

const HEAD = 'companies:\n';
const entry = (id: string, extra = '', name = id.toUpperCase()) =>
  `  - id: ${id}\n    name: ${name}\n    country: CN\n    sector: ev_maker\n${extra}`;

interface Bad {
  name: string;
  yaml: string;
  line: number;
  message: RegExp;
}

const BAD: Bad[] = [
  { name: 'duplicate id', yaml: HEAD + entry('nio') + entry('nio', '', 'Nio Two'), line: 6, message: /duplicate company id "nio".*line 2/ },
  { name: 'empty name', yaml: HEAD + entry('nio', '', '""'), line: 3, message: /name.*must not be empty/ },
  { name: 'blank alias', yaml: HEAD + entry('nio', '    ja: ["  "]\n'), line: 6, message: /ja\.0.*must not be empty/ },
  {
    name: 'alias claimed by two companies (after case folding)',
    yaml: HEAD + entry('nio', '    en: [Nio Inc]\n') + entry('weilai', '    en: [NIO]\n', 'Weilai'),
    line: 11,
    message: /alias "NIO" of company "weilai" is already an alias of company "nio" \(line 3\)/,
  },
  {
    name: 'alias claimed by two companies (after NFKC)',
    yaml: HEAD + entry('catl', '    ja: [寧徳時代]\n') + entry('other', '    en: [ＣＡＴＬ]\n', 'Other'),
    line: 11,
    message: /"other".*"catl"/,
  },
  { name: 'unknown parent', yaml: HEAD + entry('smart', '    parents: [mercedes]\n'), line: 6, message: /parent "mercedes" of company "smart" is not a company id/ },
  { name: 'parent is itself', yaml: HEAD + entry('smart', '    parents: [smart]\n'), line: 6, message: /lists itself as a parent/ },
  { name: 'ambiguous entry that is not an alias', yaml: HEAD + entry('grab', '    ambiguous: [Grabber]\n'), line: 6, message: /ambiguous alias "Grabber".*not one of its aliases/ },
  { name: 'bad country code', yaml: HEAD + '  - id: x\n    name: X\n    country: China\n    sector: other\n', line: 4, message: /country/ },
  { name: 'unknown sector', yaml: HEAD + '  - id: x\n    name: X\n    country: CN\n    sector: cars\n', line: 5, message: /sector/ },
  { name: 'bad id', yaml: HEAD + '  - id: Bad-Id\n    name: X\n    country: CN\n    sector: other\n', line: 2, message: /lowercase/ },
  { name: 'misspelt field', yaml: HEAD + entry('x', '    aliases: [Y]\n'), line: 2, message: /aliases/ },
  { name: 'one-character alias', yaml: HEAD + entry('x', '    ja: [エックス社, 鮭]\n'), line: 6, message: /ja\.1: alias "鮭" is one character, which is never matched/ },
  { name: 'one-character alias outside the BMP', yaml: HEAD + entry('x', '    zh: [𩸽]\n'), line: 6, message: /alias "𩸽" is one character/ },
  { name: 'one-character alias after NFKC', yaml: HEAD + entry('x', '    en: [Ｘ]\n'), line: 6, message: /alias "Ｘ" is one character/ },
  { name: 'bad wikidata id', yaml: HEAD + entry('x', '    wikidata: 19951385\n'), line: 6, message: /wikidata/ },
];

describe('companies.yaml validation', () => {
  it.each(BAD.map((b) => [b.name, b] as const))('%s', (_name, b) => {
    const file = write(b.yaml);
    let error: unknown;
    try {
      loadCompanyDictionary(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResourceError);
    const err = error as ResourceError;
    expect(err.message).toMatch(b.message);
    expect(err.file).toBe(file);
    expect(err.line).toBe(b.line);
    expect(err.message.startsWith(`${file}:${b.line}: `)).toBe(true);
  });

  it('accepts the same alias twice within one company and keeps it once', () => {
    const dict = loadCompanyDictionary(write(HEAD + entry('nio', '    en: [NIO, Nio Inc]\n    ja: [ＮＩＯ]\n')));
    expect(dict.entities[0]!.aliases.map((a) => a.text)).toEqual(['NIO', 'Nio Inc']);
  });

  it('marks ambiguous aliases and normalises alias text like document text', () => {
    const dict = loadCompanyDictionary(write(HEAD + entry('grab', '    ja: [ｸﾞﾗﾌﾞ]\n    ambiguous: [Grab, グラブ]\n', 'Grab')));
    expect(dict.entities[0]!.aliases).toEqual([
      { text: 'Grab', key: 'grab', field: 'name', ambiguous: true },
      { text: 'グラブ', key: 'グラブ', field: 'ja', ambiguous: true },
    ]);
  });

  it('alias keys fold Latin case and NFKC only', () => {
    expect(aliasKey('ＭｃＬａｒｅｎ')).toBe('mclaren');
    expect(aliasKey(' Horizon  Robotics ')).toBe('horizon robotics');
    expect(aliasKey('寧徳時代')).toBe('寧徳時代');
  });

  it('the fixture dictionary is valid', () => {
    const dict = loadCompanyDictionary(path.join(here, 'test-fixtures.yaml'));
    expect(dict.byId.get('smart')!.parents).toEqual(['mercedes_benz', 'geely']);
  });
});

describe('company-discovery.yaml validation', () => {
  it('an invalid headquarters pattern is reported with file:line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'discovery-'));
    const file = path.join(dir, 'company-discovery.yaml');
    const source = readFileSync(path.join(defaultSeedsDir(), 'companies/company-discovery.yaml'), 'utf8');
    writeFileSync(file, source.replace("headquarters_brackets:\n", "headquarters_brackets:\n  - '\\\\((unclosed'\n"));
    expect(() => loadDiscoveryPatterns(file)).toThrow(ResourceError);
    expect(() => loadDiscoveryPatterns(file)).toThrow(/company-discovery\.yaml:\d+: headquarters_brackets\.0: invalid regular expression/);
  });

  it('an invalid English before-name pattern is reported with file:line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'discovery-'));
    const file = path.join(dir, 'company-discovery.yaml');
    const source = readFileSync(path.join(defaultSeedsDir(), 'companies/company-discovery.yaml'), 'utf8');
    writeFileSync(file, source.replace('  before_name_patterns:\n', "  before_name_patterns:\n    - { id: broken, pattern: 'invested (in' }\n"));
    expect(() => loadDiscoveryPatterns(file)).toThrow(/company-discovery\.yaml:\d+: en\.before_name_patterns\.0: invalid regular expression/);
  });
});
