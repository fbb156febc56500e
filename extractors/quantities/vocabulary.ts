/**
 * Seed files of the quantity extractor, validated with zod:
 *   quantities/units.yaml      unit forms → kind, normalised unit, factor; scale suffixes
 *   quantities/modifiers.yaml  bound/approximation words, range connectives, per-year markers
 *   quantities/numeral-words.yaml (via text/numbers) kanji words that are not numbers
 */
import path from 'node:path';
import type { z } from 'zod';
import { lazySchemas } from '../../text/lazy-zod.ts';
import { ResourceError, loadYaml } from '../../text/seed-files.ts';
import { QUANTITY_KINDS, QUANTITY_MODS, type QuantityKind, type QuantityMod } from '../types.ts';

export const UNITS_FILE = 'quantities/units.yaml';
export const MODIFIERS_FILE = 'quantities/modifiers.yaml';


const schemas = lazySchemas((z) => {
  const Form = z.string().min(1, 'a form cannot be empty');

  const UnitEntry = z
    .strictObject({
      kind: z.enum(QUANTITY_KINDS),
      unit: z.string().min(1),
      factor: z.number().positive('factor must be a positive number'),
      after: z.array(Form).optional(),
      before: z.array(Form).optional(),
      ignore_case: z.boolean().optional(),
      not_followed_by: z.array(Form).optional(),
      minor: z.boolean().optional(),
      min_number: z.number().optional(),
      not_after_year: z.boolean().optional(),
    })
    .refine((e) => (e.after?.length ?? 0) + (e.before?.length ?? 0) > 0, {
      message: 'an entry needs at least one form in `after` or `before`',
    })
    .refine((e) => e.kind !== 'money' || /^[A-Z]{3}$/.test(e.unit), {
      message: 'a money unit must be an ISO 4217 code (three capital letters)',
      path: ['unit'],
    });

  const UnitsSchema = z.strictObject({
    units: z.array(UnitEntry).min(1),
    scale_suffixes: z.array(z.strictObject({ text: Form, factor: z.number().positive() })),
  });

  const ModEntry = z.strictObject({ text: Form, mod: z.enum(QUANTITY_MODS), not_followed_by: z.array(Form).optional() });
  const ModifiersSchema = z.strictObject({
    prefix: z.strictObject({ ja: z.array(ModEntry), en: z.array(ModEntry) }),
    suffix: z.strictObject({ ja: z.array(ModEntry), en: z.array(ModEntry) }),
    ranges: z.array(z.strictObject({ text: Form, needs: z.string().optional(), not_followed_by: z.array(Form).optional() })),
    per_year: z.strictObject({ after: z.array(Form), after_words: z.array(Form), before: z.array(Form) }),
  });
  return { UnitsSchema, ModifiersSchema, ModEntry };
});

const UnitsSchema = (): ReturnType<typeof schemas>['UnitsSchema'] => schemas().UnitsSchema;
const ModifiersSchema = (): ReturnType<typeof schemas>['ModifiersSchema'] => schemas().ModifiersSchema;
type ModEntryData = z.infer<ReturnType<typeof schemas>['ModEntry']>;

export interface UnitDef {
  kind: QuantityKind;
  unit: string;
  factor: number;
  ignoreCase: boolean;
  notFollowedBy: readonly string[];
  minor: boolean;
  /** The number as written must be at least this (2W is a two-wheeler). */
  minNumber: number;
  /** Not after a plain year-like number ("in 2023 won"). */
  notAfterYear: boolean;
}

export interface UnitForm {
  text: string;
  def: UnitDef;
}

export interface UnitTables {
  after: UnitForm[];
  before: UnitForm[];
  scaleSuffixes: { text: string; factor: number }[];
}

export interface ModForm {
  text: string;
  mod: QuantityMod;
  /** Reject when one of these follows (強化, 弱点, 近年). */
  notFollowedBy: readonly string[];
  /** English: case-insensitive, word-bounded, spaces flexible. */
  en: boolean;
}

export interface ModifierTables {
  prefix: ModForm[];
  suffix: ModForm[];
  ranges: { text: string; needs?: string; notFollowedBy?: string[] }[];
  perYearAfter: string[];
  /** Rate words apart from the unit ("a year", "annually"): per year, outside the span. */
  perYearWords: string[];
  perYearBefore: string[];
}

export function loadUnitTables(seedsDir: string): UnitTables {
  const file = path.join(seedsDir, UNITS_FILE);
  const loaded = loadYaml(file, UnitsSchema);
  const after: UnitForm[] = [];
  const before: UnitForm[] = [];
  const seen = new Map<string, number>();
  loaded.data.units.forEach((e, i) => {
    const def: UnitDef = {
      kind: e.kind,
      unit: e.unit,
      factor: e.factor,
      ignoreCase: e.ignore_case ?? false,
      notFollowedBy: e.not_followed_by ?? [],
      minor: e.minor ?? false,
      minNumber: e.min_number ?? -Infinity,
      notAfterYear: e.not_after_year ?? false,
    };
    for (const [side, list, out] of [
      ['after', e.after ?? [], after],
      ['before', e.before ?? [], before],
    ] as const) {
      list.forEach((text, j) => {
        const key = `${side}:${def.ignoreCase ? text.toLowerCase() : text}`;
        const prev = seen.get(key);
        if (prev !== undefined && prev !== i) {
          throw new ResourceError(
            file,
            loaded.lineOf(['units', i, side, j]),
            `units.${i}.${side}: "${text}" is already a form of entry ${prev} (line ${loaded.lineOf(['units', prev])})`,
          );
        }
        seen.set(key, i);
        out.push({ text, def });
      });
    }
  });
  return { after, before, scaleSuffixes: loaded.data.scale_suffixes };
}

export function loadModifierTables(seedsDir: string): ModifierTables {
  const file = path.join(seedsDir, MODIFIERS_FILE);
  const { data } = loadYaml(file, ModifiersSchema);
  const mods = (ja: ModEntryData[], en: ModEntryData[]): ModForm[] => [
    ...ja.map((m) => ({ text: m.text, mod: m.mod, notFollowedBy: m.not_followed_by ?? [], en: false })),
    ...en.map((m) => ({ text: m.text, mod: m.mod, notFollowedBy: m.not_followed_by ?? [], en: true })),
  ];
  return {
    prefix: mods(data.prefix.ja, data.prefix.en),
    suffix: mods(data.suffix.ja, data.suffix.en),
    ranges: data.ranges.map((r) => ({ text: r.text, ...(r.needs ? { needs: r.needs } : {}), ...(r.not_followed_by ? { notFollowedBy: r.not_followed_by } : {}) })),
    perYearAfter: data.per_year.after,
    perYearWords: data.per_year.after_words,
    perYearBefore: data.per_year.before,
  };
}
