/**
 * Discovery rule "ja_quoted_count": quoted names that a count of companies closes are companies,
 * each however it is described before its quote: 「液体水素の生産を担う「A水素」と、販売を担う「B水素」の2社を
 * 新たに設ける」, as strong as a legal form (the count says each is a company: 「リンデ水素」 is no mention of
 * リンデ). (The counted list rule, ja-rules.ts, reads names written bare and separated by 、 or と.)
 */
import { jaRunEndAfter } from '../name-span.ts';
import { eachMatch, propose, type Candidate, type RuleEnv } from './candidates.ts';
import { countOfCompanies } from './ja-rules.ts';

/** 」 then a count of companies: 「…」の2社. */
const QUOTED_COUNT = /」の([2-9二三四五六七八九])社(?=[はがでとのにもを、])/g;

/** How far back (characters) the quoted names of one count may reach. */
const REACH = 160;

export function jaQuotedCountRule(env: RuleEnv, out: Candidate[]): void {
  const { text } = env;
  eachMatch(
    env,
    QUOTED_COUNT,
    (m, seg) => {
      const n = countOfCompanies(m[1]!);
      const from = Math.max(seg.start, m.index - REACH);
      const names: { start: number; end: number }[] = [];
      let close = m.index;
      while (names.length < n) {
        const open = text.lastIndexOf('「', close);
        if (open < from) return;
        // (the names of one sentence: no full stop and no other quote between them)
        const between = text.slice(open + 1, close);
        if (/[「」。]/.test(between)) return;
        const end = jaRunEndAfter(text, open + 1, close);
        if (end !== close || end === open + 1) return;
        names.push({ start: open + 1, end });
        if (names.length === n) break;
        close = text.lastIndexOf('」', open);
        if (close < from || /。/.test(text.slice(close, open))) return;
      }
      for (const it of names) propose(env, out, it.start, it.end, 'discovery:ja_quoted_count', 'strong');
    },
    'ja',
  );
}
