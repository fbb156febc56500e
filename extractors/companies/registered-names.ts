/**
 * A Chinese company's registered name is its own name, not a subsidiary's: "Zhejiang Leapmotor
 * Technology Co., Ltd." is Leapmotor, 「浙江零跑科技有限公司」 too. The shape: a province or a
 * municipality (company-discovery.yaml `registered_names.places`), a dictionary company, then
 * only business words (Technology, New Energy, 科技, 汽車 …; `registered_names.business_words`).
 * A city (Hefei Gotion) or any other word (Zhejiang Leapmotor Battery Plant) does not fit.
 */
import { selectLeftmostLongest } from './alias-matcher.ts';
import type { CompanyResources } from './vocabulary.ts';

export interface RegisteredNameEnv {
  places: readonly string[];
  /** Business words, case-folded. */
  businessWords: ReadonlySet<string>;
  /** The dictionary company named by the longest alias at the start of `part` and its end, or null. */
  companyAtStart(part: string): { end: number; entity: number } | null;
}

const LATIN = /[A-Za-z]/;

/** The dictionary company whose registered name `name` (without legal forms) is, or null. */
export function registeredNameCompany(name: string, env: RegisteredNameEnv): number | null {
  for (const place of env.places) {
    if (!name.startsWith(place)) continue;
    let rest = name.slice(place.length);
    if (LATIN.test(place)) {
      if (!rest.startsWith(' ')) continue;
      rest = rest.slice(1);
    }
    const hit = env.companyAtStart(rest);
    if (!hit) continue;
    const tail = rest.slice(hit.end);
    if (!tail.trim() || !onlyBusinessWords(tail, env.businessWords)) continue;
    return hit.entity;
  }
  return null;
}

/** Is `tail` a sequence of business words (space-separated in Latin, run together in CJK)? */
function onlyBusinessWords(tail: string, words: ReadonlySet<string>): boolean {
  let s = tail.trim().toLowerCase();
  const sorted = [...words].sort((a, b) => b.length - a.length);
  while (s) {
    const w = sorted.find((x) => s.startsWith(x) && (!LATIN.test(x) || !LATIN.test(s[x.length] ?? '')));
    if (!w) return false;
    s = s.slice(w.length).trimStart();
  }
  return true;
}

/** The environment of the company resources (cached on them). */
export function registeredNameEnv(res: CompanyResources): RegisteredNameEnv {
  let env = cache.get(res);
  if (!env) {
    env = {
      places: res.patterns.registeredPlaces,
      businessWords: res.patterns.registeredBusinessWords,
      companyAtStart: (part) => {
        const first = selectLeftmostLongest(res.matcher.candidates(part).filter((c) => !res.isKnownOrganisation(c.entity) && !c.ambiguous))[0];
        return first && first.start === 0 ? { end: first.end, entity: first.entity } : null;
      },
    };
    cache.set(res, env);
  }
  return env;
}

const cache = new WeakMap<CompanyResources, RegisteredNameEnv>();
