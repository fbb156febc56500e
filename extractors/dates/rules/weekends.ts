/**
 * Weekends (RECORDS.md §2): 週末, 今週末, 来週末, this weekend, next weekend, over the weekend —
 * the Saturday–Sunday day range of the document date's week (or the week the word points to).
 * The words are in seeds/dates/*.yaml (`weekends`; English: the relative words + "weekend").
 */
import type { Grammar } from '../grammar.ts';
import type { Built, DateRule } from './rule.ts';

function weekend(offset: number): Built {
  return {
    from: { kind: 'day', weekday: 6, rel: { unit: 'week', offset } },
    to: { kind: 'day', weekday: 7, rel: { unit: 'week', offset } },
  };
}

function jaWeekend(g: Grammar): DateRule {
  return {
    id: 'ja.weekend',
    needs: [...g.ja.weekends.keys()],
    // 毎週末 (every weekend) is not one date
    pattern: new RegExp(`(?<!毎)(?<w>${g.alt.jaWeekends})`, 'dg'),
    build(m, { grammar }) {
      const offset = grammar.ja.weekends.get(m.groups!.w!);
      return offset === undefined ? null : weekend(offset);
    },
  };
}

function enWeekend(g: Grammar): DateRule {
  return {
    id: 'en.weekend',
    latinWord: true,
    needs: ['weekend'],
    pattern: new RegExp(`(?<![A-Za-z_])(?:(?<w>${g.alt.enRelWords})\\s+)?weekend(?![A-Za-z_])(?!\\s+(?:after|before)\\b)`, 'gid'),
    build(m, { text, grammar }) {
      const w = m.groups!.w;
      const before = text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (!w && /\b(?:every|each|a|one|per|long|holiday)\s+$/.test(before)) return null; // every weekend, a long weekend
      const offset = w ? grammar.en.relWords.get(w.toLowerCase().replace(/\s+/g, ' ')) : 0;
      if (offset === undefined) return null;
      return weekend(offset);
    },
  };
}

export function weekendRules(g: Grammar): DateRule[] {
  return [jaWeekend(g), enWeekend(g)];
}
