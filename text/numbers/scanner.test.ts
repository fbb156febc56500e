import { describe, expect, it } from 'vitest';
import { defaultSeedsDir } from '../seed-files.ts';
import { loadNonNumeralWords } from './vocabulary.ts';
import { scanNumbers, type ScanOptions } from './scanner.ts';

const options: ScanOptions = { nonNumeralWords: loadNonNumeralWords(defaultSeedsDir()) };

/** "surface=value" or "surface=[min,max)" for every number found. */
function scan(text: string, opts: ScanOptions = options): string[] {
  return scanNumbers(text, opts).map(
    (m) => `${text.slice(m.start, m.end)}=${m.value === null ? `[${m.min},${m.max})` : m.value}`,
  );
}

describe('scanNumbers: finds numbers in running text', () => {
  const cases: [string, string[]][] = [
    ['最大41億ユーロを投じて', ['41億=4100000000']],
    ['73億4000万ユーロ', ['73億4000万=7340000000']],
    ['比率は62.6%。', ['62.6=62.6']],
    ['over 60,000 square meters', ['60,000=60000']],
    ['$2.6 billion deal', ['2.6 billion=2600000000']],
    ['two billion yuan', ['two billion=2000000000']],
    ['3.5万台と5万4千6百', ['3.5万=35000', '5万4千6百=54600']],
    ['二〇二五年十二月', ['二〇二五=2025', '十二=12']],
    ['192.168.1.2', ['192=192', '168=168', '1=1', '2=2']],
    ['10~80%', ['10=10', '80=80']],
    ['$2-3 billion', ['2=2', '3 billion=3000000000']],
    // vague amounts: 数 = [1, 10)
    ['数百メガワット時', ['数百=[100,1000)']],
    ['数千万ドル規模', ['数千万=[10000000,100000000)']],
    ['数十億円', ['数十億=[1000000000,10000000000)']],
    ['十数社', ['十数=[11,20)']],
    ['百数十人', ['百数十=[110,200)']],
    ['tens of millions of dollars', ['tens of millions=[10000000,100000000)']],
    ['hundreds of thousands of cars', ['hundreds of thousands=[100000,1000000)']],
    ['several billion dollars', ['several billion=[2000000000,10000000000)']],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(scan(text)).toEqual(want);
  });
});

describe('scanNumbers: codes and words are not numbers', () => {
  const cases: [string, string[]][] = [
    ['Airbus A350 and CO2', []],
    ['IEC62660に関する', []],
    ['FY2025', []],
    ['四川省', []],
    ['一汽と三菱', []],
    ['三元系正極', []],
    ['二次電池の一部', []],
    ['台数が多い', []],
    ['Which one do you prefer?', []],
    ['万一の場合', []],
    ['Li-ion cells', []],
  ];
  it.each(cases)('%s', (text, want) => {
    expect(scan(text)).toEqual(want);
  });
});

describe('scanNumbers: options', () => {
  it('reads a listed currency code glued to digits only when asked', () => {
    expect(scan('USD115.5')).toEqual([]);
    expect(scan('USD115.5', { gluedPrefixes: new Set(['USD']) })).toEqual(['115.5=115.5']);
  });
  it('turns fractions off', () => {
    expect(scan('25/1', { fractions: false })).toEqual(['25=25', '1=1']);
  });
  it('reports the trailing multiplier', () => {
    const [m] = scanNumbers('41億', options);
    expect(m).toMatchObject({ scaled: true, scale: 1e8 });
    const [e] = scanNumbers('3 billion', options);
    expect(e).toMatchObject({ scaled: true, scale: 1e9 });
  });
});
