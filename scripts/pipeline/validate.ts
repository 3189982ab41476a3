/**
 * Validates the hand-edited geodata: JSON syntax, properties against the schemas, geometry
 * (RFC 7946, winding, self-intersection, region) and cross-references. Never throws on bad input.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ZodType } from 'zod';
import { dayFromIso } from '../../src/time/days.ts';
import type { GeodataFile, RawGeodata } from './files.ts';
import { geometryErrors, outsideRegion } from './geometry.ts';
import { ProblemLog, type Problem } from './problems.ts';
import { checkDraftReferences, draftWarnings } from './drafts.ts';
import { checkOverlaps } from './overlap.ts';
import { checkStoryReferences, readStory } from './story.ts';
import type { Story } from '../../src/domain/story.ts';
import {
  checkEventRules,
  checkLabelOrder,
  checkLayerChanges,
  checkSourcePolicy,
} from './record-rules.ts';
import {
  actorSchema,
  eventSchema,
  layerPropsSchema,
  placePropsSchema,
  sourceSchema,
  type LayerPropsIn,
} from './schema.ts';
import type { Geodata, LayerFeature, PlaceFeature } from './geodata.ts';

// the validated record's types live in geodata.ts (imported by the rule modules without a cycle)
export type { Geodata, LayerFeature, PlaceFeature } from './geodata.ts';

export interface ValidationResult {
  problems: Problem[];
  /** notes that do not stop the build (draft records, see drafts.ts) */
  warnings: Problem[];
  /** present only when there are no problems */
  data?: Geodata;
}

type Json = unknown;

export function validateGeodata(raw: RawGeodata): ValidationResult {
  const log = new ProblemLog();
  const parsed = parseAll(raw, log);

  const sources = records(parsed['sources.json'], 'sources.json', sourceSchema, log);
  const actors = records(parsed['actors.json'], 'actors.json', actorSchema, log);
  const events = records(parsed['events.json'], 'events.json', eventSchema, log);
  const places = features(
    parsed['places.geojson'],
    'places.geojson',
    placePropsSchema,
    log,
  ) as PlaceFeature[];
  const layers = features(parsed['layers.geojson'], 'layers.geojson', layerPropsSchema, log);
  const generated = {
    admin1: generatedCollection(parsed, 'generated/admin1.geojson', log),
    nkao: generatedCollection(parsed, 'generated/nkao.geojson', log),
    countries: generatedCollection(parsed, 'generated/countries.geojson', log),
    water: generatedCollection(parsed, 'generated/water.geojson', log),
    locator: generatedCollection(parsed, 'generated/locator.geojson', log),
  };

  const story = readStory(parsed['story.json'], log);
  const data: Geodata = {
    sources,
    actors,
    events,
    places,
    layers,
    story: story as Story,
    generated,
  };
  checkPlaces(places, log);
  checkLayers(data, log);
  checkEvents(data, log);
  checkDraftReferences(data, log);
  // editorial rules over the whole record (record-rules.ts)
  checkSourcePolicy(data, log);
  checkEventRules(data, log);
  checkLabelOrder(data, log);
  checkLayerChanges(data, log);
  // the geometry is only built from data that passed every other check
  if (!log.problems.length) checkOverlaps(data, log);
  // once the rest is valid: a record dropped for another problem would show here twice
  if (story && !log.problems.length)
    checkStoryReferences(
      story,
      {
        events: new Set(events.map((e) => e.id)),
        groups: new Set(layers.map((l) => l.properties?.places?.[0] ?? l.properties?.layer ?? '')),
      },
      log,
    );
  const warnings = draftWarnings(data);

  return log.problems.length
    ? { problems: log.problems, warnings }
    : { problems: [], warnings, data };
}

function parseAll(raw: RawGeodata, log: ProblemLog): Partial<Record<GeodataFile, Json>> {
  const out: Partial<Record<GeodataFile, Json>> = {};
  for (const [file, text] of Object.entries(raw) as [GeodataFile, string | null][]) {
    if (text === null) {
      log.add(file, '(file)', '(file)', 'is missing');
      continue;
    }
    try {
      out[file] = JSON.parse(text);
    } catch (err) {
      log.add(file, '(file)', '(file)', `malformed JSON: ${(err as Error).message}`);
    }
  }
  return out;
}

function idOf(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `#${index}`;
}

function schemaProblems<T>(
  schema: ZodType<T>,
  value: unknown,
  file: string,
  id: string,
  log: ProblemLog,
  prefix = '',
): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = [prefix.replace(/\.$/, ''), ...issue.path.map(String)].filter(Boolean).join('.');
    log.add(file, id, field, issue.message);
  }
  return null;
}

/** A JSON array of records; invalid records are reported and left out of the result. */
function records<T extends { id: string }>(
  json: Json,
  file: GeodataFile,
  schema: ZodType<T>,
  log: ProblemLog,
): T[] {
  if (json === undefined) return [];
  if (!Array.isArray(json)) {
    log.add(file, '(file)', '(file)', 'must be a JSON array of records');
    return [];
  }
  const out: T[] = [];
  json.forEach((value, i) => {
    const rec = schemaProblems(schema, value, file, idOf(value, i), log);
    if (rec) out.push(rec);
  });
  reportDuplicates(out, file, log);
  return out;
}

function reportDuplicates(items: { id: string }[], file: string, log: ProblemLog): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) log.add(file, id, 'id', 'duplicate id');
    seen.add(id);
  }
}

function asCollection(json: Json, file: string, log: ProblemLog): unknown[] | null {
  const fc = json as { type?: unknown; features?: unknown } | null;
  if (
    !fc ||
    typeof fc !== 'object' ||
    fc.type !== 'FeatureCollection' ||
    !Array.isArray(fc.features)
  ) {
    log.add(file, '(file)', '(file)', 'must be a GeoJSON FeatureCollection with a features array');
    return null;
  }
  return fc.features;
}

/** A FeatureCollection whose features carry `properties` matching the schema and an equal top-level id. */
function features<P extends { id: string }>(
  json: Json,
  file: GeodataFile,
  schema: ZodType<P>,
  log: ProblemLog,
): Feature<Geometry | null, P>[] {
  if (json === undefined) return [];
  const list = asCollection(json, file, log);
  if (!list) return [];
  const out: Feature<Geometry | null, P>[] = [];
  list.forEach((value, i) => {
    const f = value as {
      type?: unknown;
      id?: unknown;
      geometry?: unknown;
      properties?: unknown;
    } | null;
    const id = idOf(f?.properties, i);
    if (!f || typeof f !== 'object' || f.type !== 'Feature') {
      log.add(file, id, 'type', 'must be a GeoJSON Feature');
      return;
    }
    if (f.id !== id)
      log.add(file, id, 'id', `top-level id ${JSON.stringify(f.id)} must equal properties.id`);
    let geometryOk = true;
    if (f.geometry !== null) {
      for (const message of geometryErrors(f.geometry)) {
        log.add(file, id, 'geometry', message);
        geometryOk = false;
      }
    }
    const props = schemaProblems(schema, f.properties, file, id, log, 'properties.');
    if (props && geometryOk)
      out.push({ type: 'Feature', id, geometry: f.geometry as Geometry | null, properties: props });
  });
  reportDuplicates(
    out.map((f) => f.properties),
    file,
    log,
  );
  return out;
}

function generatedCollection(
  parsed: Partial<Record<GeodataFile, Json>>,
  file: GeodataFile,
  log: ProblemLog,
): FeatureCollection {
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  const json = parsed[file];
  if (json === undefined) return empty;
  const list = asCollection(json, file, log);
  if (!list) return empty;
  const features: FeatureCollection['features'] = [];
  list.forEach((value, i) => {
    const f = value as { type?: unknown; geometry?: unknown } | null;
    if (!f || typeof f !== 'object' || f.type !== 'Feature') {
      log.add(file, idOf(value, i), 'type', 'must be a GeoJSON Feature');
      return;
    }
    const errors = geometryErrors(f.geometry);
    for (const message of errors) log.add(file, idOf(value, i), 'geometry', message);
    if (!errors.length) features.push(f as FeatureCollection['features'][number]);
  });
  return { ...(json as FeatureCollection), features };
}

function checkPlaces(places: PlaceFeature[], log: ProblemLog): void {
  for (const f of places) {
    const p = f.properties;
    if (f.geometry && f.geometry.type !== 'Point')
      log.add('places.geojson', p.id, 'geometry', 'must be a Point');
    if ((f.geometry === null) !== (p.precision === 'none')) {
      log.add(
        'places.geojson',
        p.id,
        'properties.precision',
        'must be "none" exactly when the geometry is null',
      );
    }
    const outside = f.geometry ? outsideRegion(f.geometry) : null;
    if (outside && !p.beyond_region) log.add('places.geojson', p.id, 'geometry', outside);
  }
}

function dateOrder(from: string, to: string | null | undefined): boolean {
  if (!to) return true;
  return (dayFromIso(from) ?? 0) <= (dayFromIso(to) ?? 0);
}

function checkLayers(data: Geodata, log: ProblemLog): void {
  const file = 'layers.geojson';
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const placeIds = new Set(data.places.map((p) => p.properties.id));
  const layerIds = new Map(data.layers.map((l) => [l.properties.id, l.properties.layer]));
  const admin1 = new Set(data.generated.admin1.features.map((f) => String(f.id)));
  const nkao = new Set(data.generated.nkao.features.map((f) => String(f.id)));
  const admin0 = new Set(data.generated.countries.features.map((f) => String(f.id)));

  for (const f of data.layers) {
    const p = f.properties;
    if (!dateOrder(p.valid_from, p.valid_to))
      log.add(
        file,
        p.id,
        'properties.valid_to',
        `${p.valid_to} is before valid_from ${p.valid_from}`,
      );
    p.sources.forEach((s, i) => {
      if (!sourceIds.has(s))
        log.add(file, p.id, `properties.sources.${i}`, `unknown source "${s}"`);
    });
    (p.places ?? []).forEach((pl, i) => {
      if (!placeIds.has(pl)) log.add(file, p.id, `properties.places.${i}`, `unknown place "${pl}"`);
    });
    checkGeometrySource(f, admin1, nkao, admin0, log);
    [...(p.clip?.intersect ?? []), ...(p.clip?.subtract ?? []), ...(p.clip?.add ?? [])].forEach(
      (ref) => {
        if (ref === p.id)
          log.add(file, p.id, 'properties.clip', 'must not refer to the feature itself');
        else if (!layerIds.has(ref))
          log.add(file, p.id, 'properties.clip', `unknown layer feature "${ref}"`);
      },
    );
    if (p.close_via && p.geometry_ref !== 'ceasefire-1994')
      log.add(
        file,
        p.id,
        'properties.close_via',
        'only a line (geometry_ref ceasefire-1994) can be closed into an area',
      );
    checkStates(p, sourceIds, log);
    for (const ref of p.cut_out ?? []) {
      if (layerIds.get(ref) !== 'zone-input')
        log.add(file, p.id, 'properties.cut_out', `"${ref}" must be a zone-input feature`);
    }
    if (p.zone_recipe) {
      [...p.zone_recipe.subtract, ...p.zone_recipe.add, ...(p.zone_recipe.except ?? [])].forEach(
        (ref) => {
          const target = layerIds.get(ref);
          if (!target)
            log.add(file, p.id, 'properties.zone_recipe', `unknown layer feature "${ref}"`);
          else if (target !== 'zone-input' && target !== 'lachin-corridor') {
            log.add(
              file,
              p.id,
              'properties.zone_recipe',
              `"${ref}" must be a zone-input or lachin-corridor feature`,
            );
          }
        },
      );
    }
    if (p.layer === 'peacekeeping-zone' && !p.zone_recipe)
      log.add(
        file,
        p.id,
        'properties.zone_recipe',
        'a peacekeeping-zone feature needs a zone_recipe',
      );
    if (p.layer === 'lachin-corridor' && f.geometry?.type !== 'LineString')
      log.add(file, p.id, 'geometry', 'a corridor route must be a LineString');
  }
}

function checkGeometrySource(
  f: LayerFeature,
  admin1: Set<string>,
  nkao: Set<string>,
  admin0: Set<string>,
  log: ProblemLog,
): void {
  const p = f.properties;
  const file = 'layers.geojson';
  if (p.layer === 'peacekeeping-zone') return;
  if (f.geometry === null && !p.geometry_ref)
    log.add(file, p.id, 'geometry', 'is null and there is no geometry_ref');
  if (f.geometry !== null && p.geometry_ref)
    log.add(file, p.id, 'properties.geometry_ref', 'must not be set when the geometry is inline');
  if (f.geometry) {
    const outside = outsideRegion(f.geometry);
    if (outside) log.add(file, p.id, 'geometry', outside);
  }
  const ref = p.geometry_ref;
  if (ref?.startsWith('admin1:') && !admin1.has(ref.slice(7)))
    log.add(file, p.id, 'properties.geometry_ref', `"${ref}" is not in generated/admin1.geojson`);
  if (ref?.startsWith('admin0:') && !admin0.has(ref.slice(7)))
    log.add(
      file,
      p.id,
      'properties.geometry_ref',
      `"${ref}" is not in generated/countries.geojson`,
    );
  if ((ref === 'nkao' || ref === 'ceasefire-1994') && !nkao.has(ref))
    log.add(file, p.id, 'properties.geometry_ref', `"${ref}" is not in generated/nkao.geojson`);
}

function checkStates(p: LayerPropsIn, sourceIds: Set<string>, log: ProblemLog): void {
  const file = 'layers.geojson';
  let previousEnd: string | null = null;
  (p.states ?? []).forEach((s, i) => {
    const field = `properties.states.${i}`;
    if (!dateOrder(s.valid_from, s.valid_to))
      log.add(
        file,
        p.id,
        `${field}.valid_to`,
        `${s.valid_to} is before valid_from ${s.valid_from}`,
      );
    if (!dateOrder(p.valid_from, s.valid_from))
      log.add(file, p.id, `${field}.valid_from`, `starts before the feature (${p.valid_from})`);
    if (p.valid_to && !dateOrder(s.valid_to ?? '9999-12-31', p.valid_to))
      log.add(file, p.id, `${field}.valid_to`, `ends after the feature (${p.valid_to})`);
    if (previousEnd !== null && !dateOrder(previousEnd, s.valid_from))
      log.add(file, p.id, `${field}.valid_from`, 'overlaps the previous state');
    if (previousEnd !== null && previousEnd === s.valid_from)
      log.add(
        file,
        p.id,
        `${field}.valid_from`,
        'overlaps the previous state (valid_to is inclusive)',
      );
    previousEnd = s.valid_to ?? '9999-12-31';
    s.sources.forEach((src, j) => {
      if (!sourceIds.has(src))
        log.add(file, p.id, `${field}.sources.${j}`, `unknown source "${src}"`);
    });
  });
}

function checkEvents(data: Geodata, log: ProblemLog): void {
  const file = 'events.json';
  const sourceIds = new Set(data.sources.map((s) => s.id));
  const actorIds = new Set(data.actors.map((a) => a.id));
  const placeIds = new Set(data.places.map((p) => p.properties.id));
  for (const e of data.events) {
    if (!dateOrder(e.date.start, e.date.end))
      log.add(file, e.id, 'date.end', `${e.date.end} is before start ${e.date.start}`);
    const refs: [string[], Set<string>, string, string][] = [
      [e.sources, sourceIds, 'sources', 'source'],
      [e.places, placeIds, 'places', 'place'],
      [e.actors, actorIds, 'actors', 'actor'],
    ];
    for (const [list, known, field, what] of refs) {
      list.forEach((ref, i) => {
        if (!known.has(ref)) log.add(file, e.id, `${field}.${i}`, `unknown ${what} "${ref}"`);
      });
    }
    e.claims.forEach((c, i) => {
      if (!actorIds.has(c.by)) log.add(file, e.id, `claims.${i}.by`, `unknown actor "${c.by}"`);
      c.sources.forEach((s, j) => {
        if (!sourceIds.has(s))
          log.add(file, e.id, `claims.${i}.sources.${j}`, `unknown source "${s}"`);
      });
    });
  }
}
