// A small map of the South Caucasus and its neighbours for the locator inset, from world-atlas
// (Natural Earth admin-0 at 1:50m, TopoJSON), simplified hard: it is drawn a few hundred pixels wide.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { at } from './arrays.js';
import { clipPolygonal, rfc7946Winding, roundGeometry } from './geometry.js';
import { ATTRIBUTION, LICENCES } from './provenance.js';
import type { Sources } from './sources.js';
import { topoSimplify } from './topo-simplify.js';
import type { Bbox, IdFeature, LayerResult } from './types.js';

/** Black Sea to the Caspian, the Greater Caucasus to northern Iran. */
export const LOCATOR_BBOX: Bbox = [36.0, 35.5, 54.0, 45.5];
const TOLERANCE = 0.03;

/** ISO 3166-1 numeric (world-atlas ids) → [alpha-3, English label, role in the inset]. */
const COUNTRIES: Readonly<Record<string, [string, string, 'focus' | 'neighbour']>> = {
  '031': ['AZE', 'Azerbaijan', 'focus'],
  '051': ['ARM', 'Armenia', 'focus'],
  '268': ['GEO', 'Georgia', 'neighbour'],
  '792': ['TUR', 'Turkey', 'neighbour'],
  '364': ['IRN', 'Iran', 'neighbour'],
  '643': ['RUS', 'Russia', 'neighbour'],
  '368': ['IRQ', 'Iraq', 'neighbour'],
  '760': ['SYR', 'Syria', 'neighbour'],
  '795': ['TKM', 'Turkmenistan', 'neighbour'],
  '398': ['KAZ', 'Kazakhstan', 'neighbour'],
};

/** Where each country's label sits in the inset (inside the bbox, away from the small countries). */
const LABEL_AT: Readonly<Record<string, [number, number]>> = {
  '031': [48.3, 40.6],
  '051': [44.9, 40.35],
  '268': [43.6, 42.1],
  '792': [39.5, 39.3],
  '364': [49.0, 37.0],
  '643': [44.5, 44.6],
  '368': [43.5, 36.0],
  '760': [38.2, 36.0],
  '795': [53.2, 39.5],
  '398': [52.5, 45.1],
};

interface Topology {
  type: 'Topology';
  objects: Record<string, unknown>;
}

interface TopojsonClient {
  feature(
    topology: Topology,
    object: unknown,
  ): FeatureCollection<Geometry | null, { name?: string }>;
}

export function buildLocator(sources: Sources): LayerResult<Polygon | MultiPolygon> {
  const atlas = sources.npm['world-atlas'];
  const topology = JSON.parse(
    readFileSync(join(atlas.dir, 'countries-50m.json'), 'utf8'),
  ) as Topology;
  const require = createRequire(import.meta.url);
  const client = require(sources.npm['topojson-client'].dir) as TopojsonClient;
  const all = client.feature(topology, topology.objects.countries);
  const wanted = all.features.filter(
    (f): f is Feature<Polygon | MultiPolygon, { name?: string }> =>
      typeof f.id === 'string' &&
      f.id in COUNTRIES &&
      (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'),
  );
  // clip before simplifying so that Russia and Kazakhstan do not dominate the work
  const clippedParts = wanted.map((f) => {
    const c = clipPolygonal(f.geometry, LOCATOR_BBOX);
    const polys = !c ? [] : c.type === 'Polygon' ? [c.coordinates] : c.coordinates;
    return { type: 'MultiPolygon', coordinates: polys } as MultiPolygon;
  });
  const { geometries, stats } = topoSimplify(clippedParts, TOLERANCE);
  const features: IdFeature<Polygon | MultiPolygon>[] = [];
  wanted.forEach((f, i) => {
    const id = String(f.id);
    const geometry = at(geometries, i);
    const rounded = geometry.coordinates.length > 0 ? roundGeometry(geometry) : null;
    if (!rounded || (rounded.type !== 'Polygon' && rounded.type !== 'MultiPolygon')) return;
    const [iso, label, role] = COUNTRIES[id] as [string, string, 'focus' | 'neighbour'];
    const [label_lon, label_lat] = LABEL_AT[id] as [number, number];
    features.push({
      type: 'Feature',
      id,
      properties: { name: label, iso_a3: iso, role, label_lon, label_lat },
      geometry: rfc7946Winding(rounded),
    });
  });
  features.sort((a, b) => a.id.localeCompare(b.id));
  const missing = Object.keys(COUNTRIES).filter((id) => !features.some((f) => f.id === id));
  return {
    collection: { type: 'FeatureCollection', features },
    checks: [
      `locator: ${features.length} countries; vertices ${stats.vertices_before} → ${stats.vertices_after}`,
      ...(missing.length > 0 ? [`✗ locator countries missing: ${missing.join(', ')}`] : []),
    ],
    provenance: {
      file: 'locator.geojson',
      sources: [
        {
          package: 'world-atlas',
          version: atlas.version,
          registry: 'npm',
          path: 'countries-50m.json (TopoJSON, Natural Earth 4.1.0 admin-0, 1:50m)',
          licence: LICENCES.worldAtlas,
        },
        {
          package: 'topojson-client',
          version: sources.npm['topojson-client'].version,
          registry: 'npm',
          path: 'feature() to decode the TopoJSON',
          licence: LICENCES.topojsonClient,
        },
      ],
      steps: [
        `filter ids ${Object.entries(COUNTRIES)
          .map(([n, [a]]) => `${n} ${a}`)
          .join(', ')}`,
        `clip to bbox lon ${LOCATOR_BBOX[0]}–${LOCATOR_BBOX[2]}, lat ${LOCATOR_BBOX[1]}–${LOCATOR_BBOX[3]}`,
        `topology-preserving Douglas-Peucker, tolerance ${TOLERANCE}°`,
        'properties: name (English), iso_a3, role (focus = Armenia and Azerbaijan), label_lon/label_lat',
        'coordinates rounded to 5 decimals, RFC 7946 winding',
      ],
      clip_bbox: LOCATOR_BBOX,
      simplify_tolerance_deg: TOLERANCE,
      attribution: [ATTRIBUTION.admin0],
      notes: [
        'For the locator inset only: at this tolerance small features (enclaves, narrow straits) are lost.',
        "Azerbaijan (031) includes the Nakhchivan exclave; Natural Earth draws Azerbaijan's internationally recognised border.",
      ],
    },
  };
}
