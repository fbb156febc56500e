/**
 * zod schemas of the seed files in seeds/agreements/ (see README.md there).
 */
import type { z } from 'zod';
import { lazySchemas } from '../../text/lazy-zod.ts';
import { AGREEMENT_TYPES } from '../types.ts';
import { SECTORS } from '../companies/dictionary.ts';

const schemas = lazySchemas((z) => {
  const nonEmpty = z.string().refine((s) => s.trim().length > 0, { message: 'must not be empty' });
  const typeEnum = z.enum(AGREEMENT_TYPES);

  const typesSchema = z.object({
    types: z
      .array(
        z.object({
          type: typeEnum,
          priority: z.number().int().min(0).max(1000),
          direction: z.enum(['bilateral', 'directional']),
          plain_parties: z.boolean(),
        }).strict(),
      )
      .min(1),
  }).strict();

  const cueSchema = z.object({
    cues: z.array(
      z.object({
        type: typeEnum,
        words: z.array(nonEmpty).optional(),
        patterns: z.array(nonEmpty).optional(),
        priority: z.number().int().min(0).max(1000).optional(),
        except: z.array(nonEmpty).optional(),
        needs_signing: z.boolean().optional(),
        case_sensitive: z.boolean().optional(),
        direction: z.enum(['bilateral', 'directional']).optional(),
      }).strict(),
    ),
  }).strict();

  const relationSchema = z.object({
    relations: z.array(
      z.object({
        id: z.string().regex(/^[a-z]{2}\.[a-z0-9_]+$/, { message: 'id must look like "ja.backed_by"' }),
        lang: z.enum(['ja', 'en']),
        type: typeEnum,
        pattern: nonEmpty,
        records: z.enum(['per_pair', 'joint']),
        implicit_subject: z.union([z.boolean(), z.literal('round')]).optional(),
        min_parties: z.number().int().min(1).optional(),
        named_only: z.boolean().optional(),
        closed_list: z.boolean().optional(),
        background: z.boolean().optional(),
        consume: z.enum(['A', 'B', 'both']).optional(),
        roles: z.object({ A: nonEmpty, B: nonEmpty }).strict().optional(),
      }).strict(),
    ),
  }).strict();

  const signingSchema = z.object({ ja: z.array(nonEmpty), en: z.array(nonEmpty) }).strict();

  const anaphoraLang = z.object({
    /** `of`: the words name the members of a relation of these types ("the partners" of a JV). */
    group: z.array(z.object({ count: z.number().int().min(2).max(20), plural: z.boolean().optional(), words: z.array(nonEmpty).min(1), of: z.array(typeEnum).min(1).optional() }).strict()),
    single: z.array(nonEmpty),
    /** Head nouns of a descriptive reference to one company ("the Swedish battery maker"). */
    single_heads: z.array(nonEmpty).optional(),
    head_sectors: z.record(nonEmpty, z.array(z.enum(SECTORS))).optional(),
    /** Nationality words before a head noun and the countries (ISO 3166-1 alpha-2) they name ("the British company": GB). */
    nationalities: z.record(nonEmpty, z.array(z.string().regex(/^[A-Z]{2}$/, 'a two-letter country code (ISO 3166-1 alpha-2)')).min(1)).optional(),
    self: z.array(nonEmpty),
  }).strict();
  const anaphoraSchema = z.object({ ja: anaphoraLang, en: anaphoraLang }).strict();

  const markerLang = z.object({
    example_list: z.array(nonEmpty),
    parent_descriptors: z.array(nonEmpty),
    jv_company: z.array(nonEmpty),
    unnamed_partner: z.array(nonEmpty).optional(),
    clause_breaks: z.array(nonEmpty),
    inserted_clauses: z.array(nonEmpty),
    same_deal: z.array(nonEmpty).default([]),
    termination: z.array(nonEmpty),
    /** A signing verb in the negative: a word of `first` then one of `then` (English: a space between), or one of `words`. */
    negated_signing: z
      .object({ first: z.array(nonEmpty), then: z.array(nonEmpty), words: z.array(nonEmpty).default([]) })
      .strict()
      .optional(),
    /** A deal only expected or hoped for: as negated_signing (read as termination is). */
    speculative: z
      .object({ first: z.array(nonEmpty), then: z.array(nonEmpty), words: z.array(nonEmpty).default([]) })
      .strict()
      .optional(),
    tentative: z.array(nonEmpty),
    /** A report of a deal the clause itself calls untrue ("A report that A had agreed to buy B is pure speculation"): regexes, no record whatever verb it holds. */
    denied_reports: z.array(nonEmpty).default([]),
    /** After a name, a report of what the name itself did ("said it had"): read past in relation patterns. */
    reported_self: z.array(nonEmpty).default([]),
  }).strict();
  const markersSchema = z.object({ ja: markerLang, en: markerLang }).strict();

  const orgSchema = z.object({
    organisations: z.array(
      z.object({
        name: nonEmpty,
        kind: z.enum(['agency', 'institute', 'association', 'university']),
        aliases: z.array(nonEmpty),
      }).strict(),
    ),
    patterns: z.object({ ja: z.array(nonEmpty), en: z.array(nonEmpty) }).strict(),
    name_from_abbreviation: z.boolean(),
  }).strict();

  const tablesSchema = z.object({
    roles: z.object({
      id: z.array(nonEmpty),
      date: z.array(nonEmpty),
      party: z.array(nonEmpty),
      description: z.array(nonEmpty),
      /** Columns read as the description only when no description column is there (Status, Notes, 備考). */
      description_fallback: z.array(nonEmpty).default([]),
    }).strict(),
    /** A party column header that says the deal's kind (supplier, buyer, 出資先): the type of a row whose description has no cue. */
    party_types: z.array(z.object({ type: typeEnum, words: z.array(nonEmpty).min(1) }).strict()).default([]),
    /** A party column header that names each deal's own parties (当事者, Parties): the table has no counterparty. */
    deal_party_headers: z.array(nonEmpty).default([]),
  }).strict();
  return { typesSchema, cueSchema, relationSchema, signingSchema, anaphoraSchema, markerLang, markersSchema, orgSchema, tablesSchema };
});

export const typesSchema = (): ReturnType<typeof schemas>['typesSchema'] => schemas().typesSchema;
export const cueSchema = (): ReturnType<typeof schemas>['cueSchema'] => schemas().cueSchema;
export const relationSchema = (): ReturnType<typeof schemas>['relationSchema'] => schemas().relationSchema;
export const signingSchema = (): ReturnType<typeof schemas>['signingSchema'] => schemas().signingSchema;
export const anaphoraSchema = (): ReturnType<typeof schemas>['anaphoraSchema'] => schemas().anaphoraSchema;
/** One language's lists in markers.yaml. */
export type MarkerLangData = z.infer<ReturnType<typeof schemas>['markerLang']>;
export const markersSchema = (): ReturnType<typeof schemas>['markersSchema'] => schemas().markersSchema;
export const orgSchema = (): ReturnType<typeof schemas>['orgSchema'] => schemas().orgSchema;
export const tablesSchema = (): ReturnType<typeof schemas>['tablesSchema'] => schemas().tablesSchema;
