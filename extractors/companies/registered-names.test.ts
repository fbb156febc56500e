/** Chinese registered names (registered-names.ts), with a small in-memory dictionary. */
import { describe, expect, it } from 'vitest';
import { registeredNameCompany, type RegisteredNameEnv } from './registered-names.ts';

const ALIASES: Record<string, number> = { Leapmotor: 1, 零跑: 1, Geely: 2, 吉利: 2, Gotion: 3, 国軒: 3, CATL: 4 };
const ENV: RegisteredNameEnv = {
  places: ['Zhejiang', 'Anhui', 'Jiangsu', 'Shanghai', 'Inner Mongolia', '浙江', '安徽'],
  businessWords: new Set(['technology', 'high-tech', 'automobile', 'new energy', 'holding', 'group', '科技', '汽車', '高科', '控股', '集団']),
  companyAtStart: (part) => {
    const hit = Object.keys(ALIASES)
      .sort((a, b) => b.length - a.length)
      .find((a) => part.startsWith(a) && !/[A-Za-z]/.test(part[a.length] ?? ''));
    return hit ? { end: hit.length, entity: ALIASES[hit]! } : null;
  },
};

const POSITIVE: Array<[string, number]> = [
  ['Zhejiang Leapmotor Technology', 1],
  ['Zhejiang Geely Automobile', 2],
  ['Zhejiang Geely Holding Group', 2],
  ['Anhui Gotion High-Tech', 3],
  ['Jiangsu CATL New Energy Technology', 4],
  ['浙江零跑科技', 1],
  ['浙江吉利控股集団', 2],
  ['安徽国軒高科', 3],
];

const NEGATIVE: string[] = [
  'Hefei Gotion', // a city, and no business word
  'Zhejiang Leapmotor', // no business word
  'Zhejiang Leapmotor Battery Plant', // words that are not business words
  'Leapmotor Technology', // no place
  'ZhejiangLeapmotor Technology', // the place is not a word of its own
  'Zhejiang Leapmotors Technology', // not the dictionary name
  'Zhejiang University Technology', // no company after the place
  '浙江大学科技', // no company after the place
  'Shanghai Tesla Gigafactory', // no company in the dictionary, other words
];

describe('registeredNameCompany', () => {
  it.each(POSITIVE)('%s → %i', (name, entity) => {
    expect(registeredNameCompany(name, ENV)).toBe(entity);
  });
  it.each(NEGATIVE)('not: %s', (name) => {
    expect(registeredNameCompany(name, ENV)).toBeNull();
  });
});
