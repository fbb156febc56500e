/**
 * seeds/companies/companies.yaml: schema, loading and semantic validation.
 *
 * Format: the header comment of seeds/companies/companies.yaml. Every error is a ResourceError naming
 * the file and line: duplicate ids, empty names or aliases, an alias claimed by two companies
 * (compared after NFKC and Latin case folding; both ids are named), ambiguous entries that
 * are not aliases of their company, and unknown or self-referencing parents.
 */
import type { z } from 'zod';
import { lazySchemas } from '../../text/lazy-zod.ts';
import { loadYaml, ResourceError, type LoadedYaml } from '../../text/seed-files.ts';
import { codePointLength, normalise } from '../../text/normalise.ts';
import { foldString } from '../../text/chars.ts';

export const SECTORS = [
  'battery_cells',
  'battery_materials',
  'mining',
  'automaker',
  'ev_maker',
  'auto_parts',
  'equipment',
  'semiconductors',
  'software_adas',
  'electronics',
  'mobility',
  'charging',
  'energy',
  'conglomerate',
  'investor',
  'logistics',
  'other',
] as const;

const schemas = lazySchemas((z) => {
  const nonEmpty = z.string().refine((s) => s.trim().length > 0, { message: 'must not be empty' });
  const aliasList = z.array(nonEmpty).optional();
  const companyEntry = z
    .object({
      id: z.string().regex(/^[a-z0-9_]+$/, { message: 'id must be lowercase [a-z0-9_]+' }),
      name: nonEmpty,
      country: z.string().regex(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as CN' }),
      sector: z.enum(SECTORS),
      wikidata: z
        .string()
        .regex(/^Q[1-9][0-9]*$/, { message: 'wikidata must be a QID such as Q19951385' })
        .optional(),
      parents: z.array(z.string()).optional(),
      en: aliasList,
      ja: aliasList,
      zh: aliasList,
      ambiguous: aliasList,
    })
    .strict();
  const companiesFile = z
    .object({
      companies: z.array(companyEntry).min(1, { message: 'the list of companies is empty' }),
    })
    .strict();
  return { companyEntry, companiesFile };
});

export const companiesFileSchema = (): ReturnType<typeof schemas>['companiesFile'] => schemas().companiesFile;

export type CompanyEntry = z.infer<ReturnType<typeof schemas>['companyEntry']>;

/** One alias of a company as it will be matched. */
export interface CompanyAlias {
  /** The alias as written in the dictionary (after the pipeline's normalisation). */
  text: string;
  /** Comparison key: NFKC, Latin case-folded, whitespace collapsed. */
  key: string;
  /** Where it came from: name, en, ja or zh. */
  field: 'name' | 'en' | 'ja' | 'zh';
  ambiguous: boolean;
}

export interface CompanyEntity {
  id: string;
  /** Canonical name (the dictionary `name`). */
  canonical: string;
  country: string;
  sector: (typeof SECTORS)[number];
  wikidata: string | null;
  parents: string[];
  aliases: CompanyAlias[];
}

export interface CompanyDictionary {
  file: string;
  hash: string;
  entities: CompanyEntity[];
  byId: Map<string, CompanyEntity>;
}

const PLAIN = /^[\x20-\x7e\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb\u4e00-\u9fff]*$/;

/** Normalise a dictionary string exactly as document text is normalised (pipeline normalise). */
export function normaliseAliasText(s: string): string {
  const t = s.trim();
  // fast path: characters the normaliser leaves alone (most aliases; 1M-alias dictionaries)
  const text = PLAIN.test(t) ? t : normalise(t).text;
  return text.replace(/\s+/g, ' ');
}

/** The collision key of an alias: normalised text with Latin letters case-folded. */
export function aliasKey(s: string): string {
  return foldString(normaliseAliasText(s));
}

/** Validate the parsed file; exported for tests that build dictionaries in memory. */
export function buildCompanyDictionary(loaded: LoadedYaml<z.infer<ReturnType<typeof companiesFileSchema>>>): CompanyDictionary {
  const { file, data, lineOf } = loaded;
  const entities: CompanyEntity[] = [];
  const byId = new Map<string, CompanyEntity>();
  const idIndex = new Map<string, number>();
  /** alias key → [company index, path of the alias node] of its first claimant. */
  const claimed = new Map<string, { index: number; path: (string | number)[] }>();

  data.companies.forEach((entry, index) => {
    const previous = idIndex.get(entry.id);
    if (previous !== undefined) {
      throw new ResourceError(
        file,
        lineOf(['companies', index, 'id']),
        `duplicate company id "${entry.id}" (first defined at line ${lineOf(['companies', previous, 'id'])})`,
      );
    }
    idIndex.set(entry.id, index);

    const aliases: CompanyAlias[] = [];
    /** Aliases by comparison key: a company may list several case forms of one name (NIO, Nio). */
    const ownKeys = new Map<string, CompanyAlias[]>();
    const add = (raw: string, field: CompanyAlias['field'], path: (string | number)[]) => {
      const text = normaliseAliasText(raw);
      const key = foldString(text);
      if (key.length === 0) throw new ResourceError(file, lineOf(path), `${path.join('.')}: alias must not be empty`);
      // (the matcher never matches a one-character name: AliasMatcher's minLength; the canonical name may be one)
      if (field !== 'name' && codePointLength(text) < 2) {
        throw new ResourceError(file, lineOf(path), `${path.join('.')}: alias "${raw}" is one character, which is never matched (too ambiguous in running text); write a longer form`);
      }
      const first = claimed.get(key);
      if (first && first.index !== index) {
        const other = data.companies[first.index]!;
        throw new ResourceError(
          file,
          lineOf(path),
          `alias "${raw}" of company "${entry.id}" is already an alias of company "${other.id}" (line ${lineOf(first.path)}); ` +
            `aliases are compared after NFKC and case folding — keep it on one company only`,
        );
      }
      if (!first) claimed.set(key, { index, path });
      const forms = ownKeys.get(key) ?? [];
      if (forms.some((a) => a.text === text)) return; // the same company listing a form twice is harmless
      const alias: CompanyAlias = { text, key, field, ambiguous: false };
      forms.push(alias);
      ownKeys.set(key, forms);
      aliases.push(alias);
    };
    add(entry.name, 'name', ['companies', index, 'name']);
    for (const field of ['en', 'ja', 'zh'] as const) {
      entry[field]?.forEach((a, i) => add(a, field, ['companies', index, field, i]));
    }
    entry.ambiguous?.forEach((a, i) => {
      const forms = ownKeys.get(aliasKey(a));
      if (!forms) {
        throw new ResourceError(
          file,
          lineOf(['companies', index, 'ambiguous', i]),
          `ambiguous alias "${a}" of company "${entry.id}" is not one of its aliases (name, en, ja, zh)`,
        );
      }
      // (one case form only when it is written so: `ambiguous: [bp]` leaves the name BP unambiguous)
      const exact = forms.filter((f) => f.text === normaliseAliasText(a));
      for (const alias of exact.length > 0 && exact.length < forms.length ? exact : forms) alias.ambiguous = true;
    });

    const entity: CompanyEntity = {
      id: entry.id,
      canonical: entry.name.trim(),
      country: entry.country,
      sector: entry.sector,
      wikidata: entry.wikidata ?? null,
      parents: entry.parents ?? [],
      aliases,
    };
    entities.push(entity);
    byId.set(entity.id, entity);
  });

  data.companies.forEach((entry, index) => {
    entry.parents?.forEach((p, i) => {
      if (p === entry.id) {
        throw new ResourceError(file, lineOf(['companies', index, 'parents', i]), `company "${entry.id}" lists itself as a parent`);
      }
      if (!byId.has(p)) {
        throw new ResourceError(
          file,
          lineOf(['companies', index, 'parents', i]),
          `parent "${p}" of company "${entry.id}" is not a company id in this file`,
        );
      }
    });
  });

  return { file, hash: loaded.hash, entities, byId };
}

export function loadCompanyDictionary(file: string): CompanyDictionary {
  return buildCompanyDictionary(loadYaml(file, companiesFileSchema));
}
