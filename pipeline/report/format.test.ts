import { describe, expect, it } from 'vitest';
import { formatLanguageMix, formatMentionValue } from './format.ts';

describe('formatLanguageMix', () => {
  it.each([
    ['{"ja":0.606,"en":0.394}', 'ja 61% · en 39%'],
    ['{"en":0.2,"ja":0.8}', 'ja 80% · en 20%'],
    ['{"ja":1}', 'ja 100%'],
    ['{"ja":1,"other":0}', 'ja 100%'],
    ['not json', 'not json'],
  ])('%s → %s', (json, expected) => expect(formatLanguageMix(json)).toBe(expected));
});

describe('formatMentionValue', () => {
  const m = (kind: 'company' | 'date' | 'quantity', value: unknown, canonical: string | null = null) => ({ kind, value: JSON.stringify(value), canonical, company_id: null });
  it.each([
    [m('company', { canonical: 'Toyota', discovered: false }, 'Toyota'), 'Toyota'],
    [m('company', { canonical: 'ゼノ', discovered: true }, 'ゼノ'), 'ゼノ (discovered)'],
    [m('date', { start: '2024-10-02', end: '2024-10-02', granularity: 'day' }), '2024-10-02 (day)'],
    [m('date', { start: '2025-01', end: '2025-06', granularity: 'half', mod: 'approx' }), '2025-01 – 2025-06 (half, approx)'],
    [m('quantity', { kind: 'percent', value: 60, unit: '%' }), 'percent: 60 %'],
    [m('quantity', { kind: 'capacity', min: 10, max: 20, unit: 'GWh', perYear: true }), 'capacity: 10–20 GWh, per year'],
    [m('quantity', { kind: 'money', value: 5, unit: 'JPY', mod: 'about' }), 'money: about 5 JPY'],
  ])('%j', (mention, expected) => expect(formatMentionValue(mention)).toBe(expected));
});
