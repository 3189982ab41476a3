// Country polygons around the South Caucasus from world-atlas (Natural Earth admin-0, TopoJSON).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { at, first } from './arrays.js';
import { clipPolygonal, rfc7946Winding, roundGeometry, toPt } from './geometry.js';
import { ATTRIBUTION, LICENCES } from './provenance.js';
import type { Sources } from './sources.js';
import { topoSimplify } from './topo-simplify.js';
import type { Bbox, IdFeature, LayerResult } from './types.js';

export const COUNTRIES_BBOX: Bbox = [42.0, 37.0, 51.5, 43.5];
const TOLERANCE = 0.003;

/** ISO 3166-1 numeric (world-atlas ids) → alpha-3. */
const ISO_A3: Readonly<Record<string, string>> = {
  '031': 'AZE',
  '051': 'ARM',
  '364': 'IRN',
  '268': 'GEO',
  '792': 'TUR',
  '643': 'RUS',
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

function loadTopojsonClient(sources: Sources): TopojsonClient {
  const require = createRequire(import.meta.url);
  return require(sources.npm['topojson-client'].dir) as TopojsonClient;
}

function overlapsBbox(ring: readonly Position[], [w, s, e, n]: Bbox): boolean {
  const pts = ring.map(toPt);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return (
    Math.max(...xs) >= w && Math.min(...xs) <= e && Math.max(...ys) >= s && Math.min(...ys) <= n
  );
}

/** Drops the parts of a (multi)polygon that cannot reach the bbox (most of Russia, Iran…). */
function nearbyParts(geometry: Polygon | MultiPolygon, bbox: Bbox): MultiPolygon {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polys.filter((rings) => overlapsBbox(first(rings), bbox)),
  };
}

export function buildCountries(sources: Sources): LayerResult<Polygon | MultiPolygon> {
  const atlas = sources.npm['world-atlas'];
  const topology = JSON.parse(
    readFileSync(join(atlas.dir, 'countries-10m.json'), 'utf8'),
  ) as Topology;
  const all = loadTopojsonClient(sources).feature(topology, topology.objects.countries);
  const wanted = all.features.filter(
    (f): f is Feature<Polygon | MultiPolygon, { name?: string }> =>
      typeof f.id === 'string' &&
      f.id in ISO_A3 &&
      (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'),
  );
  const near = wanted.map((f) => nearbyParts(f.geometry, COUNTRIES_BBOX));
  const { geometries, stats } = topoSimplify(near, TOLERANCE);
  const features: IdFeature<Polygon | MultiPolygon>[] = [];
  wanted.forEach((f, i) => {
    const id = String(f.id);
    const geometry = at(geometries, i);
    const clipped =
      geometry.coordinates.length > 0 ? clipPolygonal(geometry, COUNTRIES_BBOX) : null;
    const rounded = clipped ? roundGeometry(clipped) : null;
    if (!rounded || (rounded.type !== 'Polygon' && rounded.type !== 'MultiPolygon')) return;
    features.push({
      type: 'Feature',
      id,
      properties: { name: f.properties.name ?? id, iso_a3: ISO_A3[id] },
      geometry: rfc7946Winding(rounded),
    });
  });
  features.sort((a, b) => a.id.localeCompare(b.id));
  const missing = Object.keys(ISO_A3).filter((id) => !features.some((f) => f.id === id));
  return {
    collection: { type: 'FeatureCollection', features },
    checks: [
      `countries: ${features.map((f) => `${f.id} ${String(f.properties.iso_a3)}`).join(', ')}; vertices ${stats.vertices_before} → ${stats.vertices_after}`,
      ...(missing.length > 0 ? [`✗ countries missing: ${missing.join(', ')}`] : []),
    ],
    provenance: {
      file: 'countries.geojson',
      sources: [
        {
          package: 'world-atlas',
          version: atlas.version,
          registry: 'npm',
          path: 'countries-10m.json (TopoJSON, Natural Earth 4.1.0 admin-0)',
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
        `filter ids ${Object.entries(ISO_A3)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([n, a]) => `${n} ${a}`)
          .join(', ')}`,
        'drop polygon parts whose outer ring does not reach the bbox',
        `topology-preserving Douglas-Peucker, tolerance ${TOLERANCE}°`,
        `clip to bbox lon ${COUNTRIES_BBOX[0]}–${COUNTRIES_BBOX[2]}, lat ${COUNTRIES_BBOX[1]}–${COUNTRIES_BBOX[3]}`,
        'coordinates rounded to 5 decimals, RFC 7946 winding',
      ],
      clip_bbox: COUNTRIES_BBOX,
      simplify_tolerance_deg: TOLERANCE,
      attribution: [ATTRIBUTION.admin0],
      notes: [
        "Azerbaijan (031) includes the Nakhchivan exclave. Natural Earth admin-0 draws Azerbaijan's internationally recognised border (no separate Nagorno-Karabakh unit).",
        'Country borders come from a different Natural Earth layer than admin1.geojson; the two do not coincide exactly.',
      ],
    },
  };
}
