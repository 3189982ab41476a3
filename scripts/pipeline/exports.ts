/** The downloadable data package: CSV tables, GeoJSON of events and timed features, citations, README. */
import type { CompiledData, EventRecord, TimedFeatureInfo } from '../../src/data/types.ts';
import { citationFiles } from './citations.ts';
import { downloadsReadme } from './downloads-readme.ts';

type Cell = string | number | null | undefined;

function csvCell(value: Cell): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/** Lists inside a CSV cell are joined with ";" (ids never contain one). */
const list = (ids: string[]): string => ids.join(';');

function eventsCsv(data: CompiledData): string {
  return csv(
    [
      'id',
      'date_start',
      'date_end',
      'precision',
      'end_precision',
      'date_note',
      'reported_on',
      'title',
      'summary',
      'places',
      'mentioned',
      'actors',
      'claims',
      'sides_note',
      'sources',
    ],
    data.events.map((e) => [
      e.id,
      e.start,
      e.end,
      e.precision,
      e.end_precision ?? '',
      e.note,
      e.reported_on,
      e.title,
      e.summary,
      list(e.places),
      list(e.mentioned),
      list(e.actors),
      e.claims.length,
      e.sides_note,
      list(e.sources),
    ]),
  );
}

/** One row per claim: who claims what (in the project's words), for which event, citing what. */
function claimsCsv(data: CompiledData): string {
  const rows: Cell[][] = [];
  for (const e of data.events) {
    e.claims.forEach((c, i) => {
      const actor = data.actors[c.by];
      rows.push([
        e.id,
        i + 1,
        e.start,
        c.by,
        actor?.name,
        actor?.side,
        actor?.based_in ?? null,
        c.says,
        list(c.sources),
      ]);
    });
  }
  return csv(
    [
      'event',
      'claim_no',
      'event_date',
      'claimant',
      'claimant_name',
      'side',
      'outlet_based_in',
      'claim',
      'sources',
    ],
    rows,
  );
}

/** Each event as a point where it happened (null geometry when no place of it could be located). */
function eventsGeojson(data: CompiledData): string {
  const points = new Map(data.geo.events.features.map((f) => [f.properties.id, f.geometry]));
  const feature = (e: EventRecord) => ({
    type: 'Feature',
    id: e.id,
    geometry: points.get(e.id) ?? null,
    properties: {
      id: e.id,
      t0: e.start,
      t1: e.end ?? e.start,
      precision: e.precision,
      end_precision: e.end_precision ?? null,
      date_note: e.note,
      reported_on: e.reported_on,
      title: e.title,
      summary: e.summary,
      places: e.places,
      mentioned: e.mentioned,
      actors: e.actors,
      claims: e.claims,
      sides_note: e.sides_note,
      sources: e.sources,
    },
  });
  return JSON.stringify({ type: 'FeatureCollection', features: data.events.map(feature) });
}

/**
 * Every drawn shape with the dates of its own state: a district held by Armenian forces and then
 * by Azerbaijan is two features, each with its valid_from / valid_to, status and sources.
 */
function layersGeojson(data: CompiledData): string {
  const stateOf = (info: TimedFeatureInfo | undefined, status: string, t0: number) =>
    info?.states.find((s) => s.status === status && s.t0 === t0);
  const features = data.geo.timed.features.map((f) => {
    const info = data.features[f.properties.id];
    const state = stateOf(info, f.properties.status, f.properties.t0);
    return {
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        id: f.properties.id,
        layer: f.properties.layer,
        title: info?.title,
        status: f.properties.status,
        valid_from: state?.valid_from ?? info?.valid_from,
        valid_to: state ? state.valid_to : (info?.valid_to ?? null),
        note: state?.note ?? null,
        sources: (state?.sources ?? info?.sources ?? []).join(';'),
        feature_valid_from: info?.valid_from,
        feature_valid_to: info?.valid_to ?? null,
        feature_sources: info?.sources.join(';'),
        precision: f.properties.precision,
        method: info?.method,
        shape: f.geometry.type === 'LineString' ? 'route' : 'area',
      },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

export function exportFiles(data: CompiledData): Record<string, string> {
  const sources = csv(
    ['id', 'outlet', 'headline', 'author', 'published', 'date_note', 'url', 'language', 'kind'],
    Object.values(data.sources).map((s) => [
      s.id,
      s.outlet,
      s.headline,
      s.author,
      s.published,
      s.date_note,
      s.url,
      s.language,
      s.kind,
    ]),
  );
  const places = csv(
    [
      'id',
      'kind',
      'name',
      'names_az',
      'names_hy',
      'names_ru',
      'lat',
      'lon',
      'precision',
      'coordinate_source',
    ],
    Object.values(data.places).map((p) => [
      p.id,
      p.kind,
      p.name,
      p.names.az.join(';'),
      p.names.hy.join(';'),
      p.names.ru.join(';'),
      p.coord?.[1],
      p.coord?.[0],
      p.precision,
      p.coordinate_source,
    ]),
  );
  const files: Record<string, string> = {
    'events.csv': eventsCsv(data),
    'claims.csv': claimsCsv(data),
    'events.geojson': eventsGeojson(data),
    'sources.csv': sources,
    'places.csv': places,
    'layers.geojson': layersGeojson(data),
    ...citationFiles(data),
  };
  return { ...files, 'README.md': downloadsReadme(data, Object.keys(files)) };
}
