/** The downloadable data package: CSV tables and one GeoJSON of every timed feature. */
import type { CompiledData } from '../../src/data/types.ts';
import { citationFiles } from './citations.ts';

function csvCell(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

export function exportFiles(data: CompiledData): Record<string, string> {
  const events = csv(
    ['id', 'date_start', 'date_end', 'precision', 'title', 'places', 'actors', 'sources'],
    data.events.map((e) => [
      e.id,
      e.start,
      e.end,
      e.precision,
      e.title,
      e.places.join(';'),
      e.actors.join(';'),
      e.sources.join(';'),
    ]),
  );
  const sources = csv(
    ['id', 'outlet', 'headline', 'author', 'published', 'url'],
    Object.values(data.sources).map((s) => [
      s.id,
      s.outlet,
      s.headline,
      s.author,
      s.published,
      s.url,
    ]),
  );
  const places = csv(
    ['id', 'kind', 'name', 'names_az', 'names_hy', 'names_ru', 'lat', 'lon', 'precision'],
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
    ]),
  );
  const layers = {
    type: 'FeatureCollection',
    features: data.geo.timed.features.map((f) => {
      const info = data.features[f.properties.id];
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: f.properties.id,
          layer: f.properties.layer,
          status: f.properties.status,
          valid_from: info?.valid_from,
          valid_to: info?.valid_to,
          precision: f.properties.precision,
          sources: info?.sources.join(';'),
        },
      };
    }),
  };
  return {
    'events.csv': events,
    'sources.csv': sources,
    'places.csv': places,
    'layers.geojson': JSON.stringify(layers),
    ...citationFiles(data),
  };
}
