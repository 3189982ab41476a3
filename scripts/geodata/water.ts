// Rivers Aras and Kura and lakes Sevan and Mingachevir from GSHHG / WDB II via `gmt coast`.
// GSHHG carries no river or lake names, so pieces are named by where they lie (see COURSES
// and LAKE_BOXES); provenance says so.
import type { LineString, MultiLineString, Polygon } from 'geojson';
import { at, first, last } from './arrays.js';
import { chainPieces, closeRing, isClosed, lengthKm } from './chain.js';
import {
  areaKm2,
  clipLine,
  distanceToPolylineKm,
  douglasPeucker,
  rfc7946Winding,
  roundGeometry,
} from './geometry.js';
import { gmtCoastDump } from './gmt.js';
import { ATTRIBUTION, LICENCES } from './provenance.js';
import type { Sources } from './sources.js';
import type { Bbox, IdFeature, LayerResult, Pt } from './types.js';

export const WATER_BBOX: Bbox = [43.4, 38.3, 50.6, 41.95];
const TOLERANCE = 0.002;
/** River pieces shorter than this (after clipping) are dropped. */
const MIN_RIVER_KM = 5;
/** A river piece is named when this share of its vertices lies within CORRIDOR_KM of a course. */
const CORRIDOR_KM = 12;
const MIN_SHARE = 0.9;
const SNAP_DEG = 0.003;

interface RiverCourse {
  id: string;
  name: string;
  /** Coarse course (lon, lat) through points read off the GSHHG river network itself. */
  course: Pt[];
  /** Part of the river kept in the output (see the notes in provenance). */
  keep: Bbox;
}

const COURSES: RiverCourse[] = [
  {
    id: 'river-aras',
    name: 'Aras',
    course: [
      [43.4, 40.121],
      [43.649, 40.126],
      [44.0, 40.012],
      [44.405, 40.0],
      [44.814, 39.633],
      [45.0, 39.417],
      [45.437, 39.0],
      [46.0, 38.877],
      [46.662, 39.0],
      [47.0, 39.182],
      [47.976, 39.72],
      [48.1, 39.77],
      [48.6, 39.6],
      [49.0, 39.38],
      [49.236, 39.252],
    ],
    // WDB II continues the line from the end of the Iranian border (48.0° E) to the Caspian
    // instead of to the Kura at Sabirabad; that stretch is left out rather than mislabelled.
    keep: [43.4, 38.3, 48.0, 41.95],
  },
  {
    id: 'river-kura',
    name: 'Kura',
    course: [
      [43.4, 41.848],
      [43.519, 41.95],
      [44.235, 41.95],
      [45.0, 41.575],
      [45.074, 41.389],
      [45.251, 41.255],
      [45.527, 41.21],
      [45.81, 41.026],
      [45.878, 41.0],
      [46.0, 40.953],
      [46.338, 40.901],
      [47.021, 40.774],
      [47.4, 40.2],
      [48.0, 40.115],
      [48.837, 40.0],
      [49.0, 39.639],
      [49.0, 39.451],
      [49.368, 39.351],
    ],
    keep: WATER_BBOX,
  },
];

interface LakeBox {
  id: string;
  name: string;
  /** Box that must contain the lake ring's vertex centroid. */
  box: Bbox;
}

const LAKE_BOXES: LakeBox[] = [
  { id: 'lake-sevan', name: 'Sevan', box: [44.8, 40.0, 45.8, 40.8] },
  { id: 'lake-mingachevir', name: 'Mingachevir', box: [46.2, 40.6, 47.3, 41.2] },
];

const gap = (a: Pt, b: Pt): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Index of the interior vertex of `piece` nearest to `node`, if within SNAP_DEG. */
function nearestInterior(piece: readonly Pt[], node: Pt): number | null {
  let best: number | null = null;
  let bestGap = SNAP_DEG;
  for (let i = 1; i < piece.length - 1; i++) {
    const d = gap(at(piece, i), node);
    if (d <= bestGap) {
      best = i;
      bestGap = d;
    }
  }
  return best;
}

/**
 * Splits pieces where another piece ends next to them (confluences, and places where WDB II
 * hands a river over from one level to another a few hundred metres off the line).
 */
function splitAtNodes(pieces: readonly Pt[][]): Pt[][] {
  const nodes = pieces.flatMap((p) => [first(p), last(p)]);
  return pieces.flatMap((piece) => {
    const ownEnd = (n: Pt): boolean =>
      gap(n, first(piece)) <= SNAP_DEG || gap(n, last(piece)) <= SNAP_DEG;
    const cuts = [...new Set(nodes.filter((n) => !ownEnd(n)).map((n) => nearestInterior(piece, n)))]
      .filter((i): i is number => i !== null)
      .sort((a, b) => a - b);
    const parts: Pt[][] = [];
    let from = 0;
    for (const cut of [...cuts, piece.length - 1]) {
      parts.push(piece.slice(from, cut + 1));
      from = cut;
    }
    return parts.filter((p) => p.length >= 2 && lengthKm(p) > 0);
  });
}

const onBboxEdge = (p: Pt, [w, s, e, n]: Bbox): boolean =>
  Math.min(Math.abs(p[0] - w), Math.abs(p[0] - e), Math.abs(p[1] - s), Math.abs(p[1] - n)) < 1e-9;

/** Drops short pieces with a loose end (not joined to another piece nor cut by the bbox). */
function dropStubs(pieces: readonly Pt[][]): Pt[][] {
  const ends = pieces.flatMap((p, i) => [
    { i, p: first(p) },
    { i, p: last(p) },
  ]);
  const loose = (i: number, p: Pt): boolean =>
    !onBboxEdge(p, WATER_BBOX) && !ends.some((e) => e.i !== i && gap(e.p, p) <= SNAP_DEG);
  return pieces.filter(
    (piece, i) =>
      lengthKm(piece) >= MIN_RIVER_KM || !(loose(i, first(piece)) || loose(i, last(piece))),
  );
}

interface CourseScore {
  river: RiverCourse;
  share: number;
  meanKm: number;
}

function scoreCourse(piece: readonly Pt[], river: RiverCourse): CourseScore {
  const distances = piece.map((p) => distanceToPolylineKm(p, river.course));
  return {
    river,
    share: distances.filter((d) => d <= CORRIDOR_KM).length / distances.length,
    meanKm: distances.reduce((a, b) => a + b, 0) / distances.length,
  };
}

/** The river whose course the piece follows most closely, if it follows one at all. */
function classifyPiece(piece: readonly Pt[]): RiverCourse | null {
  const eligible = COURSES.map((r) => scoreCourse(piece, r))
    .filter((s) => s.share >= MIN_SHARE)
    .sort((a, b) => a.meanKm - b.meanKm);
  return eligible[0]?.river ?? null;
}

function riverFeature(
  river: RiverCourse,
  pieces: readonly Pt[][],
): IdFeature<LineString | MultiLineString> | null {
  const { chains } = chainPieces(dropStubs(pieces), SNAP_DEG);
  const lines = chains
    .flatMap((c) => clipLine(c, river.keep))
    .filter((c) => lengthKm(c) >= MIN_RIVER_KM)
    .map((c) => douglasPeucker(c, TOLERANCE));
  const geometry = roundGeometry({ type: 'MultiLineString', coordinates: lines });
  if (!geometry || (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString'))
    return null;
  const km = lines.reduce((sum, l) => sum + lengthKm(l), 0);
  return {
    type: 'Feature',
    id: river.id,
    properties: { kind: 'river', name: river.name, parts: lines.length, length_km: Math.round(km) },
    geometry,
  };
}

function buildRivers(checks: string[]): IdFeature<LineString | MultiLineString>[] {
  const segments = gmtCoastDump(WATER_BBOX, ['-I1', '-I2', '-I3']);
  const pieces = splitAtNodes(segments.flatMap((s) => clipLine(s.points, WATER_BBOX)));
  const byRiver = new Map<string, Pt[][]>(COURSES.map((r) => [r.id, []]));
  for (const piece of pieces) {
    const river = classifyPiece(piece);
    if (river) byRiver.get(river.id)?.push(piece);
  }
  const features: IdFeature<LineString | MultiLineString>[] = [];
  for (const river of COURSES) {
    const feature = riverFeature(river, byRiver.get(river.id) ?? []);
    if (!feature) {
      checks.push(`✗ river ${river.name}: no GSHHG pieces matched`);
      continue;
    }
    checks.push(
      `river ${river.name}: ${String(feature.properties.parts)} part(s), ≈${String(feature.properties.length_km)} km inside the bbox`,
    );
    features.push(feature);
  }
  return features;
}

function centroidOfVertices(ring: readonly Pt[]): Pt {
  const sum = ring.reduce<Pt>((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  return [sum[0] / ring.length, sum[1] / ring.length];
}

const inBox = (p: Pt, [w, s, e, n]: Bbox): boolean =>
  p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;

function buildLakes(checks: string[]): IdFeature<Polygon>[] {
  const segments = gmtCoastDump(WATER_BBOX, ['-W2/0.1p', '-A0/2/2']);
  const { chains } = chainPieces(
    segments.map((s) => s.points),
    1e-6,
  );
  const rings = chains.filter((c) => isClosed(c) || closeRing(c, 1e-6) !== null);
  const features: IdFeature<Polygon>[] = [];
  for (const lake of LAKE_BOXES) {
    const candidates = rings
      .filter((r) => inBox(centroidOfVertices(r), lake.box))
      .map((r) => ({ r, km2: areaKm2({ type: 'Polygon', coordinates: [r] }) }))
      .sort((a, b) => b.km2 - a.km2);
    const largest = candidates[0];
    if (!largest) {
      checks.push(`✗ lake ${lake.name}: no closed GSHHG level-2 ring in ${lake.box.join(',')}`);
      continue;
    }
    const rounded = roundGeometry({
      type: 'Polygon',
      coordinates: [douglasPeucker(largest.r, TOLERANCE)],
    });
    if (!rounded || rounded.type !== 'Polygon') continue;
    const geometry = rfc7946Winding(rounded);
    const km2 = areaKm2(geometry);
    checks.push(
      `lake ${lake.name}: ${km2.toFixed(0)} km² (GSHHG ring before simplification ${largest.km2.toFixed(0)} km²)`,
    );
    features.push({
      type: 'Feature',
      id: lake.id,
      properties: { kind: 'lake', name: lake.name, area_km2: Math.round(km2) },
      geometry,
    });
  }
  return features;
}

export function buildWater(sources: Sources): LayerResult {
  const checks: string[] = [];
  const base = {
    file: 'water.geojson',
    clip_bbox: WATER_BBOX,
    simplify_tolerance_deg: TOLERANCE,
    attribution: [ATTRIBUTION.gshhg],
  };
  if (!sources.gmt) {
    checks.push(`✗ water.geojson written empty: ${sources.gmtProblem ?? 'GMT unavailable'}`);
    return {
      collection: { type: 'FeatureCollection', features: [] },
      provenance: {
        ...base,
        sources: [],
        steps: [],
        notes: [`No features: ${sources.gmtProblem ?? 'GMT unavailable'}.`],
      },
      checks,
    };
  }
  const features = [...buildRivers(checks), ...buildLakes(checks)];
  return {
    collection: { type: 'FeatureCollection', features },
    provenance: {
      ...base,
      sources: [
        {
          package: sources.gmt.gshhg.name,
          version: sources.gmt.gshhg.version,
          registry: 'debian',
          path: '/usr/share/gmt-gshhg/binned_{GSHHS,river}_f.nc',
          licence: LICENCES.gshhg,
        },
        {
          package: sources.gmt.gmt.name,
          version: sources.gmt.gmt.version,
          registry: 'debian',
          path: 'gmt coast -Df -M',
          licence: LICENCES.gmt,
        },
      ],
      steps: [
        `rivers: gmt coast -R${WATER_BBOX[0]}/${WATER_BBOX[2]}/${WATER_BBOX[1]}/${WATER_BBOX[3]} -Df -I1 -I2 -I3 -M (WDB II double-lined, permanent major and additional major rivers)`,
        'rivers: GMT cuts rivers at the edges of its storage bins',
        `rivers: clipped to the bbox; pieces are split where another piece ends within ${SNAP_DEG}° of them (confluences), and rejoined end to end`,
        `rivers: a piece is named Aras or Kura when ≥ ${MIN_SHARE * 100}% of its vertices lie within ${CORRIDOR_KM} km of that river's coarse course (course points read off the same data, listed in extra.courses; the closer course wins); other rivers are dropped`,
        'rivers: the Aras is kept west of 48.0° E only (see notes)',
        `rivers: loose pieces and parts shorter than ${MIN_RIVER_KM} km dropped, Douglas-Peucker ${TOLERANCE}°, coordinates rounded to 5 decimals`,
        `lakes: gmt coast … -Df -W2 -A0/2/2 -M (GSHHG level 2 = lake shores), pieces rejoined into closed rings`,
        "lakes: the largest ring whose vertex centroid falls in the lake's box (extra.lake_boxes) is taken",
        `lakes: Douglas-Peucker ${TOLERANCE}°, RFC 7946 winding, coordinates rounded to 5 decimals`,
      ],
      notes: [
        'GSHHG/WDB II has no names: river and lake names were assigned by location, not read from the data.',
        'East of 48.0° E (where the Aras leaves the Iranian border) WDB II draws the line on to the Caspian south of the Kura instead of to the Kura at Sabirabad; that stretch is left out, so the Aras ends at 48.0° E.',
        'The Kura is interrupted where it flows through the Mingachevir reservoir.',
        'The small Karabakh rivers (Tartar, Hakari, Qarqar) and the Sarsang reservoir are not in any installable source.',
      ],
      extra: {
        courses: Object.fromEntries(COURSES.map((r) => [r.name, r.course])),
        lake_boxes: Object.fromEntries(LAKE_BOXES.map((l) => [l.name, l.box])),
      },
    },
    checks,
  };
}
