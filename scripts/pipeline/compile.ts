/** Turns validated geodata into the compact structure the app loads (src/data/types.ts). */
import type { Feature, Geometry, Point } from 'geojson';
import { dayFromIso, OPEN_END } from '../../src/time/days.ts';
import { placeName } from '../../src/names/names.ts';
import truncate from '@turf/truncate';
import { isBackground } from '../../src/domain/background.ts';
import { layerDef } from '../../src/map/registry.ts';
import type {
  CompiledData,
  DrawnProps,
  EventPointProps,
  EventRecord,
  Place,
  PlacePointProps,
  TimedFeatureInfo,
} from '../../src/data/types.ts';
import { withoutDrafts } from './drafts.ts';
import { reportedOn } from './reported.ts';
import type { Geodata, LayerFeature } from './geodata.ts';
import { geometryResolver } from './areas.ts';
import { corridorArea } from './zone.ts';
import { disputedCuts } from './cuts.ts';

function day(iso: string): number {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`not a date: ${iso}`); // validation guarantees this never happens
  return d;
}
const endDay = (iso: string | null | undefined): number => (iso ? day(iso) : OPEN_END);

/** Labels drawn at lower zooms first. */
const LABEL_RANK: Record<string, number> = { 'capital city': 1, city: 1, town: 2, district: 3 };
/** Places that are whole countries or regions get no point label (the basemap names them). */
const NOT_A_POINT = new Set([
  'country',
  'region',
  'macro-region',
  'former-state',
  'historical-region',
]);

export function compile(geodata: Geodata, generatedAt = new Date().toISOString()): CompiledData {
  const data = withoutDrafts(geodata); // draft sources and events stay out of the app and downloads
  const places = compilePlaces(data);
  const events = compileEvents(data);
  const features = compileFeatures(data.layers);
  const geometryOf = geometryResolver(data);

  const placeEvents: Record<string, string[]> = {};
  for (const e of events) for (const p of e.places) (placeEvents[p] ??= []).push(e.id);
  const groups: Record<string, string[]> = {};
  for (const f of Object.values(features)) (groups[f.group] ??= []).push(f.id);

  const timed = drawTimed(data.layers, features, geometryOf);
  return {
    generated: generatedAt,
    // the timeline is the story's (geodata/story.json)
    range: {
      start: data.story.start,
      end: data.story.end,
      startDay: day(data.story.start),
      endDay: day(data.story.end),
    },
    story: data.story,
    sources: Object.fromEntries(data.sources.map((s) => [s.id, s])),
    actors: Object.fromEntries(data.actors.map((a) => [a.id, a])),
    places,
    events,
    features,
    placeEvents,
    groups,
    geo: {
      timed: { type: 'FeatureCollection', features: timed },
      // computed here, not in the browser: the clipping code stays out of the app (issue 14)
      cuts: disputedCuts(timed),
      events: { type: 'FeatureCollection', features: eventPoints(events, places) },
      places: { type: 'FeatureCollection', features: placePoints(places) },
    },
  };
}

function compilePlaces(data: Geodata): Record<string, Place> {
  const out: Record<string, Place> = {};
  for (const f of data.places) {
    const p = f.properties;
    const coord = f.geometry
      ? ([f.geometry.coordinates[0], f.geometry.coordinates[1]] as [number, number])
      : null;
    out[p.id] = {
      id: p.id,
      kind: p.kind,
      name: p.name,
      names: p.names,
      native: p.native,
      precision: p.precision,
      confidence: p.confidence,
      coordinate_source: p.coordinate_source,
      coord,
    };
  }
  return out;
}

function compileEvents(data: Geodata): EventRecord[] {
  const published = new Map(data.sources.map((s) => [s.id, s.published]));
  return data.events
    .map((e) => ({
      id: e.id,
      start: e.date.start,
      end: e.date.end ?? null,
      precision: e.date.precision,
      end_precision: e.date.end ? (e.date.end_precision ?? null) : null,
      note: e.date.note ?? null,
      // from the dates of all the event's sources, never stored by hand (reported.ts)
      reported_on: reportedOn(e, (id) => published.get(id)),
      title: e.title,
      summary: e.summary,
      places: e.places,
      mentioned: e.mentioned ?? [],
      actors: e.actors,
      claims: e.claims,
      sources: e.sources,
      sides_note: e.sides_note ?? null,
      t0: day(e.date.start),
      t1: e.date.end ? day(e.date.end) : day(e.date.start),
    }))
    .sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.id.localeCompare(b.id));
}

function compileFeatures(layers: LayerFeature[]): Record<string, TimedFeatureInfo> {
  const out: Record<string, TimedFeatureInfo> = {};
  for (const { properties: p } of layers) {
    if (p.layer === 'zone-input') continue;
    out[p.id] = {
      id: p.id,
      layer: p.layer,
      title: p.title,
      valid_from: p.valid_from,
      valid_to: p.valid_to,
      precision: p.precision,
      method: p.method,
      sources: p.sources,
      places: p.places ?? [],
      group: p.places?.[0] ?? p.layer,
      states: (p.states ?? []).map((s) => ({
        valid_from: s.valid_from,
        valid_to: s.valid_to,
        status: s.status,
        note: s.note ?? null,
        sources: s.sources,
        t0: day(s.valid_from),
        t1: endDay(s.valid_to),
      })),
      t0: day(p.valid_from),
      t1: endDay(p.valid_to),
    };
  }
  return out;
}

function drawTimed(
  layers: LayerFeature[],
  info: Record<string, TimedFeatureInfo>,
  geometryOf: (f: LayerFeature) => Geometry,
): Feature<Geometry, DrawnProps>[] {
  const out: Feature<Geometry, DrawnProps>[] = [];
  for (const f of layers) {
    const fi = info[f.properties.id];
    if (!fi) continue; // zone inputs are not drawn
    const geometry = geometryOf(f);
    const route = layerDef(fi.layer)?.kind === 'corridor' ? f.geometry : null;
    const shapes: Geometry[] = !route
      ? [geometry]
      : geometry.type === 'LineString'
        ? [corridorArea(geometry).geometry, route]
        : [geometry, route];
    const periods = fi.states.length
      ? fi.states
      : [{ status: 'active' as const, t0: fi.t0, t1: fi.t1 }];
    for (const computed of shapes) {
      // computed outlines (buffers, clips) carry 15 decimals; 5 (about a metre) is far finer than
      // any shape here and makes map-data.json smaller on a slow line (issue 14)
      const shape = truncate(computed, { precision: 5, mutate: false });
      for (const s of periods) {
        out.push({
          type: 'Feature',
          geometry: shape,
          properties: {
            id: fi.id,
            group: fi.group,
            layer: fi.layer,
            status: s.status,
            precision: fi.precision,
            t0: s.t0,
            t1: s.t1,
          },
        });
      }
    }
  }
  return out;
}

function eventPoints(
  events: EventRecord[],
  places: Record<string, Place>,
): Feature<Point, EventPointProps>[] {
  const out: Feature<Point, EventPointProps>[] = [];
  for (const e of events) {
    if (isBackground(e)) continue; // the whole mission or a war would be marked on every date
    const located = e.places.map((id) => places[id]).find((p) => p?.coord && p.kind !== 'country');
    if (!located?.coord) continue;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: located.coord },
      properties: { id: e.id, t0: e.t0, t1: e.t1 },
    });
  }
  return out;
}

function placePoints(places: Record<string, Place>): Feature<Point, PlacePointProps>[] {
  return Object.values(places)
    .filter(
      (p): p is Place & { coord: [number, number] } => p.coord !== null && !NOT_A_POINT.has(p.kind),
    )
    .map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: p.coord },
      properties: {
        id: p.id,
        kind: p.kind,
        label: p.name,
        // the label in each naming choice; the style picks one with the global state `names`
        label_az: placeName(p, 'az'),
        label_hy: placeName(p, 'hy'),
        label_ru: placeName(p, 'ru'),
        rank: LABEL_RANK[p.kind] ?? 4,
      },
    }));
}
