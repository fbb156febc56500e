/**
 * The zod schemas of seeds/dates/*.yaml (eras, ja, en, holidays): what each file may contain.
 * A bad entry fails with file:line (text/seed-files.ts). Compiled by vocabulary.ts.
 */
import { lazySchemas } from '../../text/lazy-zod.ts';

const schemas = lazySchemas((z) => {
  const text = z.string().min(1);
  const kind = z.enum(['century', 'decade', 'year', 'fiscal_year', 'half', 'quarter', 'month', 'week', 'day']);
  const modName = z.enum(['start', 'mid', 'end', 'approx', 'after', 'before', 'none']);
  const unit = z.enum(['year', 'month', 'day']);
  const offsetWord = z.object({ text, offset: z.number().int() }).strict();
  const holiday = z
    .object({ text, month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
    .strict();
  const movableHoliday = z
    .object({
      text,
      month: z.number().int().min(1).max(12),
      weekday: z.number().int().min(1).max(7),
      nth: z.number().int().min(-1).max(5).refine((n) => n !== 0, 'nth is 1…5 or -1 (last)'),
    })
    .strict();

  const anaphor = z
    .object({
      text,
      unit: z.enum(['day', 'week', 'month', 'quarter', 'year']),
      offset: z.number().int(),
      weekend: z.boolean().optional(),
      final: z.boolean().optional(),
    })
    .strict();

  const season = z
    .object({ text, from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) })
    .strict();

  const ErasSchema = z
    .object({
      eras: z
        .array(
          z
            .object({
              name: text,
              abbr: z.string().regex(/^[A-Z]$/, 'one capital letter').optional(),
              start: z.number().int().min(1000).max(2999),
              last: z.number().int().min(1000).max(2999).optional(),
              written_until: z.number().int().min(1000).max(2999).optional(),
            })
            .strict()
            .refine((e) => e.written_until === undefined || (e.last !== undefined && e.written_until >= e.last), {
              message: 'written_until needs a last, and is a year from it on',
              path: ['written_until'],
            }),
        )
        .min(1),
      first_year: z.array(text).min(1),
    })
    .strict();

  const JaSchema = z
    .object({
      suffix_modifiers: z.array(
        z
          .object({
            text,
            after: z.array(kind).min(1),
            mod: modName.optional(),
            half: z.union([z.literal(1), z.literal(2)]).optional(),
            boundary: z.boolean().optional(),
            after_no: z.boolean().optional(),
          })
          .strict()
          .refine((m) => (m.mod === undefined) !== (m.half === undefined), 'give exactly one of mod / half'),
      ),
      range_connectives: z.array(text).min(1),
      range_change_after: z.array(text),
      particles: z.array(text).min(1),
      bare_day_before: z.array(text).min(1),
      bare_day_after: z.array(text).min(1),
      non_date_suffixes: z.array(z.object({ text, after: z.array(unit).min(1) }).strict()),
      non_date_prefixes: z.array(text),
      name_suffixes: z.array(text),
      relative: z
        .object({
          days: z.array(offsetWord),
          years: z.array(offsetWord),
          fiscal_years: z.array(offsetWord),
          months: z.array(offsetWord),
          weeks: z.array(offsetWord),
        })
        .strict(),
      weekends: z.array(offsetWord),
      relative_periods: z.array(
        z
          .object({ text, unit: z.enum(['year', 'fiscal_year', 'month']), mod: z.enum(['start', 'mid', 'end', 'none']) })
          .strict(),
      ),
      same_year: z.array(z.union([text, z.object({ text, offset: z.number().int() }).strict()])),
      anaphora: z.array(anaphor),
      anaphora_not_before: z.array(text),
      weekday_ordinals: z.array(z.object({ text, n: z.number().int().min(-1).max(5) }).strict()),
      weekdays: z.array(z.object({ n: z.number().int().min(1).max(7), char: z.string().length(1) }).strict()).length(7),
      holidays: z.array(holiday),
      movable_holidays: z.array(movableHoliday),
      seasons: z.array(season),
      season_prefixes: z.array(offsetWord),
      season_followers: z.array(text),
      bare_season_followers: z.array(text).default([]),
      bare_season_not_before: z.array(text).default([]),
      offset_units: z.array(z.object({ text, unit: z.enum(['year', 'month', 'week', 'day']) }).strict()).min(1),
      offset_directions: z.array(z.object({ text, sign: z.union([z.literal(-1), z.literal(1)]) }).strict()).min(1),
      offset_not_after: z.array(text),
      offset_not_before: z.array(text),
      two_digit_years: z
        .object({ after: z.array(text), not_after: z.array(text).default([]), not_before: z.array(text).default([]) })
        .strict()
        .default({ after: [], not_after: [], not_before: [] }),
    })
    .strict();

  const EnSchema = z
    .object({
      months: z.array(z.object({ n: z.number().int().min(1).max(12), names: z.array(text).min(1) }).strict()).length(12),
      ambiguous_months: z.array(text),
      word_months: z.array(text),
      weekdays: z.array(z.object({ n: z.number().int().min(1).max(7), names: z.array(text).min(1) }).strict()).length(7),
      weekday_ordinals: z.array(z.object({ n: z.number().int().min(-1).max(5), words: z.array(text).min(1) }).strict()),
      ordinals: z.array(z.object({ n: z.number().int().min(1).max(4), words: z.array(text).min(1) }).strict()),
      century_ordinals: z.array(z.object({ n: z.number().int().min(1).max(30), words: z.array(text).min(1) }).strict()),
      prefix_modifiers: z.array(
        z
          .object({ text, mod: modName, hyphen_only: z.boolean().optional(), approx: z.boolean().optional() })
          .strict(),
      ),
      suffix_modifiers: z.array(z.object({ text, mod: z.enum(['after', 'before']) }).strict()),
      range_connectives: z.array(
        z.object({ text, needs_between: z.boolean().optional(), years_only: z.boolean().optional() }).strict(),
      ),
      prepositions: z.array(text),
      year_context_words: z.array(text),
      count_nouns: z.array(text),
      non_date_before: z.array(text),
      relative: z
        .object({
          days: z.array(offsetWord),
          words: z.array(z.object({ text, offset: z.number().int(), not_before_plural: z.boolean().optional() }).strict()),
        })
        .strict(),
      number_words: z
        .object({
          cardinals: z.record(z.string(), z.number().int().min(0).max(90)),
          ordinals: z.record(z.string(), z.number().int().min(1).max(31)),
          decades: z.record(z.string(), z.number().int().min(10).max(90)),
          noughties: z.array(text),
        })
        .strict(),
      offset_units: z
        .array(z.object({ text, unit: z.enum(['year', 'month', 'week', 'day']), times: z.number().int().min(1).optional() }).strict())
        .min(1),
      offset_directions: z.array(z.object({ text, sign: z.union([z.literal(-1), z.literal(1)]) }).strict()).min(1),
      offset_prepositions: z.array(text),
      anaphora: z.array(anaphor),
      holidays: z.array(holiday),
      movable_holidays: z.array(movableHoliday),
      seasons: z.array(season),
      season_prepositions: z.array(text).default([]),
      relative_periods: z
        .array(
          z.object({ text, unit: z.enum(['year', 'month']), mod: z.enum(['start', 'mid', 'end', 'none']), before_noun: z.boolean().default(true) }).strict(),
        )
        .default([]),
    })
    .strict();

  const HolidaysSchema = z
    .object({
      holidays: z.array(z.object({ rule: text, ja: z.array(text), en: z.array(text) }).strict()),
    })
    .strict();
  return { ErasSchema, JaSchema, EnSchema, HolidaysSchema };
});

export const ErasSchema = (): ReturnType<typeof schemas>['ErasSchema'] => schemas().ErasSchema;
export const JaSchema = (): ReturnType<typeof schemas>['JaSchema'] => schemas().JaSchema;
export const EnSchema = (): ReturnType<typeof schemas>['EnSchema'] => schemas().EnSchema;
export const HolidaysSchema = (): ReturnType<typeof schemas>['HolidaysSchema'] => schemas().HolidaysSchema;
