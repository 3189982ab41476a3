/** Property schemas for the hand-edited files in geodata/ (see geodata/README.md). */
import { z } from 'zod';
import { dayFromIso } from '../../src/time/days.ts';
import { LAYER_IDS, layerDef, STATUS_IDS, type LayerId } from '../../src/map/registry.ts';

const id = z
  .string()
  .max(80, 'must be at most 80 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a kebab-case id');
const isoDate = z.string().refine((s) => dayFromIso(s) !== null, {
  message: 'must be a real ISO date (YYYY-MM-DD)',
});
const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !/<\s*\/?\s*[a-z!][^>]*>/i.test(s), { message: 'must not contain HTML markup' });
const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), { message: 'must be an http(s) URL' });
const ids = z.array(id);
const nonEmptyIds = ids.min(1, 'must list at least one id');
/** `"draft": true` on a source or event; delete the key (or set false) to publish the record */
const draftMark = z.boolean().optional();

export const sourceSchema = z.strictObject({
  id,
  outlet: text,
  headline: text,
  author: text.nullable(),
  published: isoDate.nullable(),
  date_note: text.nullable(),
  url: httpUrl.nullable(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code'),
  kind: z.enum(['news', 'opinion', 'official statement', 'reference']),
  /** drafted by `npm run ingest`: validated, but left out of the app until an editor removes it */
  draft: draftMark,
});

export const SIDES = [
  'azerbaijan',
  'armenia',
  'karabakh-armenian',
  'russia',
  'turkiye',
  'media',
  'other',
] as const;

export const actorSchema = z.strictObject({
  id,
  name: text,
  side: z.enum(SIDES),
  /** for an outlet (side "media"): the country it is based in, counted by the balance report */
  based_in: z.enum(SIDES).exclude(['media']).optional(),
});

const nameList = z.array(text);
export const placePropsSchema = z.strictObject({
  id,
  kind: text,
  name: text,
  names: z.strictObject({ az: nameList, hy: nameList, ru: nameList, en: nameList }),
  native: nameList,
  precision: z.enum(['exact', 'approximate', 'none']),
  confidence: z.enum(['high', 'medium', 'low', 'none']),
  coordinate_source: text,
  /** set for places deliberately beyond the map region (e.g. Moscow) */
  beyond_region: z.boolean().optional(),
});

export const claimSchema = z.strictObject({
  by: id,
  says: text,
  sources: nonEmptyIds,
});

export const eventSchema = z.strictObject({
  id,
  date: z.strictObject({
    start: isoDate,
    end: isoDate.nullable().optional(),
    precision: z.enum(['day', 'month', 'approximate']),
    /** when the end is known less precisely than the start (the blockade's end): its own precision */
    end_precision: z.enum(['day', 'month', 'approximate']).optional(),
    note: text.nullable().optional(),
  }),
  /** computed from the sources' dates (see reported.ts); if given, it must equal the computed value */
  reported_on: isoDate.nullable().optional(),
  title: text.max(120, 'must be at most 120 characters'),
  summary: text,
  /** where the event happened: the map pins the first located one */
  places: ids,
  /** places only named in the event's sources or claims: listed, never pinned */
  mentioned: ids.optional(),
  actors: ids,
  claims: z.array(claimSchema),
  /** when the claims give one side of the conflict only: what was looked for on the other side */
  sides_note: text.optional(),
  sources: nonEmptyIds,
  /** drafted by `npm run ingest`: validated, but left out of the app until an editor removes it */
  draft: draftMark,
});

/** The map's layers and statuses come from the layer registry (src/map/registry.ts). */
export const MAP_LAYERS = LAYER_IDS;
export const STATUSES = STATUS_IDS;
const LAYER_ENUM = ['zone-input', ...LAYER_IDS] as [LayerId | 'zone-input', ...LayerId[]];

export const stateSchema = z.strictObject({
  valid_from: isoDate,
  valid_to: isoDate.nullable(),
  status: z.enum(STATUSES),
  note: text.nullable().optional(),
  sources: nonEmptyIds,
});

export const layerPropsSchema = z
  .strictObject({
    id,
    layer: z.enum(LAYER_ENUM),
    title: text,
    valid_from: isoDate,
    valid_to: isoDate.nullable(),
    precision: z.enum(['exact', 'approximate', 'schematic']),
    method: text,
    sources: nonEmptyIds,
    places: ids.optional(),
    geometry_ref: z
      .string()
      .regex(
        /^(admin1:[A-Z]{3}-\d+|admin0:\d{3}|nkao|ceasefire-1994)$/,
        'must be admin1:<code>, admin0:<ISO numeric>, nkao or ceasefire-1994',
      )
      .optional(),
    states: z.array(stateSchema).optional(),
    /** for a zone input drawn from a line: points that close it into an area, in order */
    close_via: z
      .array(z.tuple([z.number(), z.number()]))
      .min(2, 'needs at least two points')
      .optional(),
    /** zone inputs removed from this corridor's area (e.g. Shusha city) */
    cut_out: ids.optional(),
    /** applied to the resolved geometry, in this order: ∪ each `add`, ∩ each `intersect`, − each `subtract` (layer feature ids) */
    clip: z
      .strictObject({ intersect: ids.optional(), subtract: ids.optional(), add: ids.optional() })
      .optional(),
    /** zone = ((base − subtract) ∪ add) − except */
    zone_recipe: z
      .strictObject({ base: z.literal('nkao'), subtract: ids, add: ids, except: ids.optional() })
      .optional(),
  })
  .superRefine((p, ctx) => {
    // each layer allows only the statuses its registry entry lists
    const allowed = layerDef(p.layer)?.statuses;
    p.states?.forEach((st, i) => {
      if (allowed && !allowed.includes(st.status))
        ctx.addIssue({
          code: 'custom',
          path: ['states', i, 'status'],
          message: `must be one of ${allowed.join(', ')} on layer ${p.layer}`,
        });
    });
  });

export type SourceIn = z.infer<typeof sourceSchema>;
export type ActorIn = z.infer<typeof actorSchema>;
export type PlacePropsIn = z.infer<typeof placePropsSchema>;
export type EventIn = z.infer<typeof eventSchema>;
export type LayerPropsIn = z.infer<typeof layerPropsSchema>;
export type StateIn = z.infer<typeof stateSchema>;
