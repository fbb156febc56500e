/** Former / future names (renames.ts): which two name spans of a text are one company. */
import { describe, expect, it } from 'vitest';
import { joinRenamed, renamePairs, type NamedSpan } from './renames.ts';

/** Spans of the [bracketed] names in `marked`, and the text without brackets. */
function parse(marked: string): { text: string; spans: NamedSpan[] } {
  let text = '';
  const spans: NamedSpan[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === '[') open = text.length;
    else if (ch === ']') spans.push({ start: open, end: text.length });
    else text += ch;
  }
  return { text, spans };
}

const POSITIVE: Array<[string, [number, number][]]> = [
  ['[E-Materials Canada Corporation], the future [Asahi Kasei Honda Battery Separator Corporation]', [[0, 1]]],
  ['[Acme Corp.] (formerly [Foo Industries Inc.])', [[0, 1]]],
  ['[Acme Corp.], formerly known as [Foo Industries], said', [[0, 1]]],
  ['[Bar Motors], which was renamed [Baz Mobility] in 2020', [[0, 1]]],
  ['[Bar Motors], later renamed to [Baz Mobility]', [[0, 1]]],
  ['[Qux], to be renamed [Quux Energy],', [[0, 1]]],
  ['[Acme] (now [Foo Group])', [[0, 1]]],
  ['[東洋精機](旧[東洋製作所])は', [[0, 1]]],
  ['[東洋精機](現・[トーヨー])の工場', [[0, 1]]],
  ['[東洋精機](旧社名:[東洋製作所])', [[0, 1]]],
  ['[PEVE]は平成8年12月、[パナソニックEVエナジー株式会社]として設立された。', [[0, 1]]],
  ['[アクメ電池]は1日、社名を[アクメエナジー株式会社]に改めた。', [[0, 1]]],
  ['[アクメ電池]は2020年に[アクメエナジー]へ商号変更した。', [[0, 1]]],
  ['[アクメ電池]は[トヨタ]の出資を受け、[アクメエナジー]として発足した。', [[0, 2]]],
  // the topic opens a later sentence or line, after white space
  ['電池の会社だ。 　[アクメ電池]は2020年に[アクメエナジー]へ商号変更した。', [[0, 1]]],
  ['見出し\n  [アクメ電池]は2020年に[アクメエナジー]へ商号変更した。', [[0, 1]]],
];

const NEGATIVE: string[] = [
  '[Acme Corp.] and [Foo Industries] signed',
  '[Acme Corp.], the supplier to [Foo Industries]',
  '[Acme Corp.] (with [Foo Industries])',
  '[Acme] (NYSE: ACME) and [Foo]',
  '[東洋精機]([トーヨー]、本社:東京都)',
  '[トヨタ]と[パナソニック]は合弁会社を設立した。',
  // the topic is in an earlier sentence
  '[アクメ電池]は電池を作る。[アクメエナジー]として設立された会社もある。',
  // the topic does not open its sentence
  '2020年には[アクメ電池]は[アクメエナジー]として設立された。'.replace('2020年には', '昨年、[ヤマダ]と組んだ'),
  // founded as something that is not right after the name
  '[アクメ電池]は[アクメエナジー]と合弁会社として設立した。',
  // something other than white space stands between the sentence start and the topic
  '電池の会社だ。 x[アクメ電池]は2020年に[アクメエナジー]へ商号変更した。',
];

describe('renamePairs', () => {
  it.each(POSITIVE)('%s', (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(renamePairs(text, spans)).toEqual(expected);
  });
  it.each(NEGATIVE)('not: %s', (marked) => {
    const { text, spans } = parse(marked);
    expect(renamePairs(text, spans)).toEqual([]);
  });
});

describe('joinRenamed', () => {
  const entity = (discovered: boolean, name: string) => ({ discovered, names: new Set([name]) });
  it('a discovered former name joins the dictionary company', () => {
    const { text, spans } = parse('[PEVE]は平成8年12月、[パナソニックEVエナジー株式会社]として設立された。');
    const dict = entity(false, 'PEVE');
    const found = entity(true, 'パナソニックEVエナジー');
    const mentions = [{ ...spans[0]!, entity: dict }, { ...spans[1]!, entity: found }];
    joinRenamed(text, mentions);
    expect(mentions.map((m) => m.entity)).toEqual([dict, dict]);
  });
  it('two discovered names become the first one, with both names', () => {
    const { text, spans } = parse('[E-Materials Canada], the future [Asahi Kasei Honda Battery Separator] and later [Asahi Kasei Honda Battery Separator]');
    const a = entity(true, 'E-Materials Canada');
    const b = entity(true, 'Asahi Kasei Honda Battery Separator');
    const mentions = spans.map((s, i) => ({ ...s, entity: i === 0 ? a : b }));
    joinRenamed(text, mentions);
    expect(mentions.every((m) => m.entity === a)).toBe(true);
    expect([...a.names]).toEqual(['E-Materials Canada', 'Asahi Kasei Honda Battery Separator']);
  });
  it('two dictionary companies stay apart', () => {
    const { text, spans } = parse('[松下グループ](現[パナソニックHD])');
    const a = entity(false, '松下');
    const b = entity(false, 'パナソニック');
    const mentions = [{ ...spans[0]!, entity: a }, { ...spans[1]!, entity: b }];
    joinRenamed(text, mentions);
    expect(mentions.map((m) => m.entity)).toEqual([a, b]);
  });
});
