/**
 * IPADIC's organisation names: read from kuromoji's token-info features (a fake buffer here)
 * and filtered to names that may be companies.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { loadExclusions } from './exclusions.ts';
import { loadDiscoveryPatterns } from './discovery-patterns.ts';
import { companyLikeOrganisations, ipadicOrganisations } from './known-organisations.ts';

function features(lines: string[]): { 'tid_pos.dat.gz': SharedArrayBuffer } {
  const bytes = new TextEncoder().encode(lines.join('\0') + '\0\0\0\0');
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return { 'tid_pos.dat.gz': shared };
}

describe('ipadicOrganisations', () => {
  it('keeps 固有名詞,組織 surfaces; a surface also listed as another word is a homograph', () => {
    const list = ipadicOrganisations(
      features([
        '講談社,名詞,固有名詞,組織,*,*,*,講談社,コウダンシャ,コーダンシャ',
        'ライオン,名詞,固有名詞,組織,*,*,*,ライオン,ライオン,ライオン',
        'ライオン,名詞,一般,*,*,*,*,ライオン,ライオン,ライオン',
        '東芝,名詞,固有名詞,組織,*,*,*,東芝,トウシバ,トーシバ',
        '東芝,名詞,固有名詞,一般,*,*,*,東芝,トウシバ,トーシバ',
        'ＪＲＡ,名詞,固有名詞,組織,*,*,*,ＪＲＡ,ジェイアールエイ,ジェイアールエイ',
        '走る,動詞,自立,*,*,五段・ラ行,基本形,走る,ハシル,ハシル',
      ]),
    );
    expect(list.names).toEqual(['JRA', '東芝', '講談社']);
    expect(list.homographs).toEqual(['ライオン']);
  });
});

describe('companyLikeOrganisations', () => {
  const seeds = defaultSeedsDir();
  const exclusions = loadExclusions(path.join(seeds, 'companies/company-exclusions.yaml'));
  const patterns = loadDiscoveryPatterns(path.join(seeds, 'companies/company-discovery.yaml'));
  const filter = { dropHeads: patterns.knownOrganisationDropHeads, exclusions, isCompanyWordEnd: (n: string) => patterns.hasKanjiCompanySuffix(n) };
  it.each([
    ['講談社', true],
    ['三井不動産', true],
    ['京阪電気鉄道', true],
    ['NHK', true],
    ['龍谷大学', false],
    ['経済産業省', false],
    ['日本玩具協会', false],
    ['全日本空輸労働組合', false],
    ['阪神タイガース', false],
    ['NATO', false],
    ['Kiss', false],
    ['北海道', false],
    ['東', false],
  ])('%s → %s', (name, kept) => {
    expect(companyLikeOrganisations([name], filter)).toEqual(kept ? [name] : []);
  });
});
