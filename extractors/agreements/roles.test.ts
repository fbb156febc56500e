/**
 * Informative party roles (RECORDS.md §4): which side of a directional deal each party is on,
 * where the text states it. Sentences written for these tests. Each case lists every record as
 * "<type> <role:party, …>" (sorted); a party without a role shows as "-:party".
 */
import { describe, expect, it } from 'vitest';
import { runAgreements } from './test-fixtures.ts';

const CASES: [string, string[]][] = [
  ['パナソニックはトヨタ、ホンダに車載電池を供給する。', ['supply customer:Honda supplier:Panasonic', 'supply customer:Toyota supplier:Panasonic']],
  ['ホンダはGSユアサから電池を調達する。', ['supply customer:Honda supplier:GS Yuasa']],
  ['ヒュンダイは、LGエナジーソリューションの電池セルを採用した。', ['supply customer:Hyundai supplier:LG Energy Solution']],
  ['三菱商事は、ファクトリアル・エナジーに出資した。', ['investment investee:Factorial investor:Mitsubishi Corporation']],
  ['ENEOSは日本政策投資銀行から出資を受けた。', ['investment investee:ENEOS investor:DBJ']],
  ['JSRはENEOSに買収された。', ['acquisition acquirer:ENEOS target:JSR']],
  ['ENEOSはJSRを買収した。', ['acquisition acquirer:ENEOS target:JSR']],
  ['ホンダは保有するGSユアサ株をトヨタに売却する。', ['acquisition buyer:Toyota seller:Honda']],
  // bought from a named seller: a deal of the buyer and the seller, not of the company that
  // changes hands (RECORDS.md §4, dev SOURCES.md: relations.yaml ja.bought_from_owner)
  ['トヨタはボルボからノースボルトを買収した。', ['acquisition buyer:Toyota seller:Volvo']],
  ['BYDはフォードに電池技術をライセンス供与する。', ['licensing licensee:Ford licensor:BYD']],
  ['SUBARUは、トヨタから技術供与を受けている。', ['licensing licensee:Subaru licensor:Toyota']],
  ['マツダとデンソーは、折半出資で新会社「EVエナジー」を設立した。', ['joint_venture founder:Denso founder:Mazda']],
  ['日立と東芝は2024年4月1日、送電網事業で業務提携した。', ['partnership -:Hitachi -:Toshiba']],
  ['Panasonic will supply battery cells to Tesla and Mazda.', ['supply customer:Mazda supplier:Panasonic', 'supply customer:Tesla supplier:Panasonic']],
  ['Stellantis signed a deal to buy LFP cells from CATL.', ['supply customer:Stellantis supplier:CATL']],
  ['Toyota has picked Panasonic to supply batteries for its new plant.', ['supply customer:Toyota supplier:Panasonic']],
  ['Amazon invested $700 million in Rivian in 2019.', ['investment investee:Rivian investor:Amazon']],
  ['QuantumScape, which is backed by Volkswagen, raised new funds.', ['investment investee:QuantumScape investor:Volkswagen']],
  ['Redux Recycling was acquired by Redwood Materials in 2023.', ['acquisition acquirer:Redwood Materials target:Redux Recycling']],
  ['Ford will license LFP technology from CATL.', ['licensing licensee:Ford licensor:CATL']],
  ['Bosch will provide engineering services to Rivian under a new agreement.', ['technical_service client:Rivian provider:Bosch']],
  ["BlueOval SK, Ford's joint venture with SK On, hired 1,000 workers.", ['joint_venture founder:Ford founder:SK On']],
  ['Volvo and Northvolt signed a memorandum of understanding on battery recycling.', ['mou -:Northvolt -:Volvo']],
];

describe('party roles', () => {
  it.each(CASES)('%s', async (text, expected) => {
    const { records } = await runAgreements(text, { documentDate: '2025-06-01' });
    const got = records.map((r) => `${r.type} ${r.parties.map((p) => `${p.role ?? '-'}:${p.name}`).sort().join(' ')}`).sort();
    expect(got).toEqual(expected.slice().sort());
  });
});
