// Rivers Aras and Kura and lakes Sevan and Mingachevir from GSHHG / WDB II via `gmt coast`.
// GSHHG carries no river or lake names, so pieces are named by where they lie (see COURSES
// and LAKE_BOXES); provenance says so.
import type { LineString, MultiLineString, Polygon } from "geojson";
import { chainPieces, closeRing, isClosed, lengthKm } from "./chain.js";
import {
  areaKm2,
  clipLine,
  distanceToPolylineKm,
  douglasPeucker,
  rfc7946Winding,
  roundGeometry,
} from "./geometry.js";
import { gmtCoastDump } from "./gmt.js";
import { ATTRIBUTION, LICENCES } from "./provenance.js";
import type { Sources } from "./sources.js";
import { topoSimplify } from "./topo-simplify.js";
import type { Bbox, IdFeature, LayerResult, Pt } from "./types.js";

export const WATER_BBOX: Bbox = [43.4, 38.3, 50.6, 41.95];
const TOLERANCE = 0.002;
/** River pieces shorter than this (after clipping) are dropped. */
const MIN_RIVER_KM = 5;
/** A river piece is named when this share of its vertices lies within CORRIDOR_KM of a course. */
const CORRIDOR_KM = 12;
const MIN_SHARE = 0.9;

interface RiverCourse {
  id: string;
  name: string;
  /** Coarse course (lon, lat) through points read off the GSHHG river network itself. */
  course: Pt[];
}

const COURSES: RiverCourse[] = [
  {
    id: "river-aras",
    name: "Aras",
    course: [
      [43.4, 40.11], [43.65, 40.13], [44.0, 40.01], [44.4, 40.0], [44.81, 39.63], [45.0, 39.42],
      [45.44, 39.0], [46.0, 38.88], [46.66, 39.0], [47.0, 39.18], [47.98, 39.72], [48.1, 39.77],
      [48.6, 39.6], [49.0, 39.38], [49.24, 39.25],
    ],
  },
  {
    id: "river-kura",
    name: "Kura",
    course: [
      [43.4, 41.85], [43.6, 41.99], [44.1, 41.98], [44.75, 41.8], [45.0, 41.57], [45.88, 41.0],
      [46.34, 40.9], [47.02, 40.77], [47.4, 40.2], [48.0, 40.11], [48.84, 40.0], [49.0, 39.64],
      [49.37, 39.35],
    ],
  },
];

interface LakeBox {
  id: string;
  name: string;
  /** Box that must contain the lake ring's vertex centroid. */
  box: Bbox;
}

const LAKE_BOXES: LakeBox[] = [
  { id: "lake-sevan", name: "Sevan", box: [44.8, 40.0, 45.8, 40.8] },
  { id: "lake-mingachevir", name: "Mingachevir", box: [46.2, 40.6, 47.3, 41.2] },
];

const key = (p: Pt): string => `${p[0]},${p[1]}`;

/** Splits pieces at interior vertices where another piece starts or ends (confluences). */
function splitAtNodes(pieces: readonly Pt[][]): Pt[][] {
  const nodes = new Set(pieces.flatMap((p) => [key(p[0]), key(p[p.length - 1])]));
  const out: Pt[][] = [];
  for (const piece of pieces) {
    let current: Pt[] = [piece[0]];
    for (let i = 1; i < piece.length; i++) {
      current.push(piece[i]);
      if (i < piece.length - 1 && nodes.has(key(piece[i]))) {
        out.push(current);
        current = [piece[i]];
      }
    }
    out.push(current);
  }
  return out.filter((p) => p.length >= 2);
}

function shareNear(piece: readonly Pt[], course: readonly Pt[]): number {
  const near = piece.filter((p) => distanceToPolylineKm(p, course) <= CORRIDOR_KM).length;
  return near / piece.length;
}

function riverFeature(river: RiverCourse, pieces: readonly Pt[][]): IdFeature<LineString | MultiLineString> | null {
  const { chains } = chainPieces(pieces, 1e-6);
  const lines = chains
    .flatMap((c) => clipLine(c, WATER_BBOX))
    .filter((c) => lengthKm(c) >= MIN_RIVER_KM)
    .map((c) => douglasPeucker(c, TOLERANCE));
  const geometry = roundGeometry({ type: "MultiLineString", coordinates: lines });
  if (!geometry || (geometry.type !== "LineString" && geometry.type !== "MultiLineString")) return null;
  const km = lines.reduce((sum, l) => sum + lengthKm(l), 0);
  return {
    type: "Feature",
    id: river.id,
    properties: { kind: "river", name: river.name, parts: lines.length, length_km: Math.round(km) },
    geometry,
  };
}

function buildRivers(checks: string[]): IdFeature<LineString | MultiLineString>[] {
  const segments = gmtCoastDump(WATER_BBOX, ["-I1", "-I2", "-I3"]);
  const pieces = splitAtNodes(segments.map((s) => s.points).filter((p) => p.length >= 2));
  const byRiver = new Map<string, Pt[][]>(COURSES.map((r) => [r.id, []]));
  for (const piece of pieces) {
    const scored = COURSES.map((r) => ({ r, share: shareNear(piece, r.course) })).sort((a, b) => b.share - a.share);
    if (scored[0].share >= MIN_SHARE) byRiver.get(scored[0].r.id)?.push(piece);
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

const inBox = (p: Pt, [w, s, e, n]: Bbox): boolean => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;

function buildLakes(checks: string[]): IdFeature<Polygon>[] {
  const segments = gmtCoastDump(WATER_BBOX, ["-W2/0.1p", "-A0/2/2"]);
  const { chains } = chainPieces(
    segments.map((s) => s.points),
    1e-6,
  );
  const rings = chains.filter((c) => isClosed(c) || closeRing(c, 1e-6) !== null);
  const features: IdFeature<Polygon>[] = [];
  for (const lake of LAKE_BOXES) {
    const candidates = rings
      .filter((r) => inBox(centroidOfVertices(r), lake.box))
      .map((r) => ({ r, km2: areaKm2({ type: "Polygon", coordinates: [r] }) }))
      .sort((a, b) => b.km2 - a.km2);
    if (candidates.length === 0) {
      checks.push(`✗ lake ${lake.name}: no closed GSHHG level-2 ring in ${lake.box.join(",")}`);
      continue;
    }
    const simplified = topoSimplify([{ type: "Polygon", coordinates: [candidates[0].r] } as Polygon], TOLERANCE)
      .geometries[0];
    const rounded = roundGeometry(simplified);
    if (!rounded || rounded.type !== "Polygon") continue;
    const geometry = rfc7946Winding(rounded);
    const km2 = areaKm2(geometry);
    checks.push(`lake ${lake.name}: ${km2.toFixed(0)} km² (GSHHG ring before simplification ${candidates[0].km2.toFixed(0)} km²)`);
    features.push({
      type: "Feature",
      id: lake.id,
      properties: { kind: "lake", name: lake.name, area_km2: Math.round(km2) },
      geometry,
    });
  }
  return features;
}

export function buildWater(sources: Sources): LayerResult {
  const checks: string[] = [];
  const base = {
    file: "water.geojson",
    clip_bbox: WATER_BBOX,
    simplify_tolerance_deg: TOLERANCE,
    attribution: [ATTRIBUTION.gshhg],
  };
  if (!sources.gmt) {
    checks.push(`✗ water.geojson written empty: ${sources.gmtProblem ?? "GMT unavailable"}`);
    return {
      collection: { type: "FeatureCollection", features: [] },
      provenance: { ...base, sources: [], steps: [], notes: [`No features: ${sources.gmtProblem ?? "GMT unavailable"}.`] },
      checks,
    };
  }
  const features = [...buildRivers(checks), ...buildLakes(checks)];
  return {
    collection: { type: "FeatureCollection", features },
    provenance: {
      ...base,
      sources: [
        { package: sources.gmt.gshhg.name, version: sources.gmt.gshhg.version, registry: "debian", path: "/usr/share/gmt-gshhg/binned_{GSHHS,river}_f.nc", licence: LICENCES.gshhg },
        { package: sources.gmt.gmt.name, version: sources.gmt.gmt.version, registry: "debian", path: "gmt coast -Df -M", licence: LICENCES.gmt },
      ],
      steps: [
        `rivers: gmt coast -R${WATER_BBOX[0]}/${WATER_BBOX[2]}/${WATER_BBOX[1]}/${WATER_BBOX[3]} -Df -I1 -I2 -I3 -M (WDB II double-lined, permanent major and additional major rivers)`,
        "rivers: GMT cuts rivers at its 1° storage bins; pieces are split at confluences and rejoined end to end",
        `rivers: a piece is named Aras or Kura when ≥ ${MIN_SHARE * 100}% of its vertices lie within ${CORRIDOR_KM} km of that river's coarse course (course points read off the same data, listed in extra.courses)`,
        `rivers: clipped to the bbox, parts shorter than ${MIN_RIVER_KM} km dropped, Douglas-Peucker ${TOLERANCE}°`,
        `lakes: gmt coast … -Df -W2 -A0/2/2 -M (GSHHG level 2 = lake shores), pieces rejoined into closed rings`,
        "lakes: the largest ring whose vertex centroid falls in the lake's box (extra.lake_boxes) is taken",
        `lakes: Douglas-Peucker ${TOLERANCE}°, RFC 7946 winding, coordinates rounded to 5 decimals`,
      ],
      notes: [
        "GSHHG/WDB II has no names: river and lake names were assigned by location, not read from the data.",
        "WDB II draws the lower Aras to the Caspian south of the Kura rather than joining the Kura at Sabirabad; the data is kept as drawn.",
        "The Kura is interrupted where it flows through the Mingachevir reservoir.",
        "The small Karabakh rivers (Tartar, Hakari, Qarqar) and the Sarsang reservoir are not in any installable source.",
      ],
      extra: {
        courses: Object.fromEntries(COURSES.map((r) => [r.name, r.course])),
        lake_boxes: Object.fromEntries(LAKE_BOXES.map((l) => [l.name, l.box])),
      },
    },
    checks,
  };
}
