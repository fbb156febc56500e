/**
 * The agreement scans try each word-led vocabulary regex only where one of its first words
 * starts (text/word-scan.ts, as scan.ts does). That must find exactly what a global scan finds: checked for every
 * regex of the vocabulary over the seed articles, forms written for the word-led cues, and the
 * development articles when ../shared is present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared.ts';
import { defaultSeedsDir } from '../../text/seed-files.ts';
import { normalise } from '../../text/normalise.ts';
import { forEachMatch } from '../../text/regex.ts';
import { forEachWordLedMatch, isWordLed } from '../../text/word-scan.ts';
import { loadAgreementVocabulary } from './vocabulary.ts';

const FORMS = [
  'Toyota and Panasonic signed a memorandum of understanding (MoU) on Monday; the two companies entered into a strategic partnership. MOUs, JVs and LoIs followed.',
  'The carmaker agreed to buy a majority stake; it sold its entire stake to Ford. Both firms will jointly develop cells. We, the partners, raised funds from investors.',
  'CATL will supply cells to BMW under a supply agreement, the company said. They work together with the National Institute of Advanced Industrial Science and Technology.',
  'トヨタとパナソニックは合弁会社を設立するMoUを締結した。Both sides signed a joint venture agreement (JV) with 𠮷野家 in Tokyo.',
];

function corpus(): string[] {
  const dirs = [path.join(defaultSeedsDir(), 'articles'), sharedPath('dev/docs')].filter((d) => existsSync(d));
  const texts = dirs.flatMap((d) => readdirSync(d).map((f) => readFileSync(path.join(d, f), 'utf8')));
  return [...FORMS, ...texts].map((t) => normalise(t).text);
}

describe('agreement scans by first words', () => {
  it('find the same matches as a global scan, for every regex of the vocabulary', () => {
    const v = loadAgreementVocabulary(defaultSeedsDir());
    const regexes = [
      ...[...v.cueWords, ...v.signing, ...v.anaphora, ...v.orgWords].flatMap((m) => [m.regex, m.narrow]),
      ...v.cuePatterns.flatMap((p) => [p.regex, p.bmp]),
      ...v.orgPatterns.map((p) => p.regex),
      v.descriptiveAnaphora,
    ].filter((r): r is RegExp => r !== null && r !== undefined);
    expect(regexes.filter((r) => isWordLed(r)).length).toBeGreaterThanOrEqual(20);
    let matches = 0;
    for (const text of corpus()) {
      for (const re of regexes) {
        const global: string[] = [];
        const byWords: string[] = [];
        forEachMatch(re, text, (m) => global.push(`${m.index}:${m[0]}`));
        forEachWordLedMatch(re, text, (m) => byWords.push(`${m.index}:${m[0]}`));
        expect(byWords, `/${re.source.slice(0, 60)}…/ on "${text.slice(0, 40)}…"`).toEqual(global);
        matches += global.length;
      }
    }
    expect(matches).toBeGreaterThan(100);
  });
});
