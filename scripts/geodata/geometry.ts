// Small planar geometry helpers: Douglas-Peucker, line clipping, rounding, winding, areas.
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { area } from '@turf/area';
import { intersect } from '@turf/intersect';
import { featureCollection, polygon } from '@turf/helpers';
import { rewind } from '@turf/rewind';
import { at, first, last } from './arrays.js';
import type { Bbox, Pt } from './types.js';

export const DECIMALS = 5;

export function toPt(p: Position): Pt {
  const [x, y] = p;
  if (x === undefined || y === undefined) throw new Error('position with fewer than 2 ordinates');
  return [x, y];
}

export function samePt(a: Pt, b: Pt): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function segmentDistanceSq(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  let t = len === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len;
  t = Math.max(0, Math.min(1, t));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/** Douglas-Peucker on lon/lat degrees; always keeps both endpoints. */
export function douglasPeucker(points: readonly Pt[], tolerance: number): Pt[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const tolSq = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() ?? [0, 0];
    let maxSq = -1;
    let index = -1;
    for (let i = from + 1; i < to; i++) {
      const d = segmentDistanceSq(at(points, i), at(points, from), at(points, to));
      if (d > maxSq) {
        maxSq = d;
        index = i;
      }
    }
    if (index >= 0 && maxSq > tolSq) {
      keep[index] = 1;
      stack.push([from, index], [index, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Distance in km between two points, equirectangular (fine at the scale of a few tens of km). */
export function approxKm(a: Pt, b: Pt): number {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const dx = (a[0] - b[0]) * k;
  const dy = a[1] - b[1];
  return Math.sqrt(dx * dx + dy * dy) * 111.195;
}

/** Smallest distance in km from a point to a polyline (equirectangular around the point). */
export function distanceToPolylineKm(p: Pt, line: readonly Pt[]): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const scale = (q: Pt): Pt => [q[0] * k, q[1]];
  const ps = scale(p);
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    best = Math.min(best, segmentDistanceSq(ps, scale(at(line, i)), scale(at(line, i + 1))));
  }
  return Math.sqrt(best) * 111.195;
}

/** Liang-Barsky clip of a polyline to a bbox; returns the inside parts. */
export function clipLine(line: readonly Pt[], [w, s, e, n]: Bbox): Pt[][] {
  const parts: Pt[][] = [];
  let current: Pt[] = [];
  const flush = (): void => {
    if (current.length >= 2) parts.push(current);
    current = [];
  };
  for (let i = 0; i + 1 < line.length; i++) {
    const [x0, y0] = at(line, i);
    const [x1, y1] = at(line, i + 1);
    const dx = x1 - x0;
    const dy = y1 - y0;
    let t0 = 0;
    let t1 = 1;
    const edges: [number, number][] = [
      [-dx, x0 - w],
      [dx, e - x0],
      [-dy, y0 - s],
      [dy, n - y0],
    ];
    let visible = true;
    for (const [p, q] of edges) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const r = q / p;
        if (p < 0) t0 = Math.max(t0, r);
        else t1 = Math.min(t1, r);
      }
    }
    if (!visible || t0 > t1) {
      flush();
      continue;
    }
    const a: Pt = [x0 + t0 * dx, y0 + t0 * dy];
    const b: Pt = [x0 + t1 * dx, y0 + t1 * dy];
    if (current.length === 0 || !samePt(last(current), a)) {
      flush();
      current.push(a);
    }
    current.push(b);
    if (t1 < 1) flush();
  }
  flush();
  return parts;
}

export function bboxPolygon([w, s, e, n]: Bbox): Feature<Polygon> {
  return polygon([
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ]);
}

/** Intersection of a (multi)polygon with a bbox; null when nothing is left. */
export function clipPolygonal(
  geometry: Polygon | MultiPolygon,
  bbox: Bbox,
): Polygon | MultiPolygon | null {
  const clipped = intersect(
    featureCollection<Polygon | MultiPolygon>([
      { type: 'Feature', properties: {}, geometry },
      bboxPolygon(bbox),
    ]),
  );
  return clipped ? clipped.geometry : null;
}

function roundCoord(v: number): number {
  const f = 10 ** DECIMALS;
  return Math.round(v * f) / f;
}

function roundPath(path: readonly Position[]): Pt[] {
  const out: Pt[] = [];
  for (const p of path.map(toPt)) {
    const q: Pt = [roundCoord(p[0]), roundCoord(p[1])];
    if (out.length === 0 || !samePt(last(out), q)) out.push(q);
  }
  return out;
}

/** Rounded ring, or null when rounding collapses it below a triangle. */
function roundRing(ring: readonly Position[]): Pt[] | null {
  const out = roundPath(ring);
  if (out.length > 1 && !samePt(first(out), last(out))) out.push(first(out));
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings: readonly Position[][]): Pt[][] | null {
  const outer = roundRing(first(rings));
  if (!outer) return null;
  const holes = rings.slice(1).map(roundRing);
  return [outer, ...holes.filter((h): h is Pt[] => h !== null)];
}

/**
 * Rounds coordinates to DECIMALS, drops repeated points and collapsed parts, and collapses
 * single-part multi-geometries. Returns null when nothing survives.
 */
export function roundGeometry(geometry: Geometry): Geometry | null {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: first(roundPath([geometry.coordinates])) };
    case 'LineString': {
      const line = roundPath(geometry.coordinates);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map(roundPath).filter((l) => l.length >= 2);
      if (lines.length === 0) return null;
      return lines.length === 1
        ? { type: 'LineString', coordinates: first(lines) }
        : { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon': {
      const poly = roundPolygon(geometry.coordinates);
      return poly ? { type: 'Polygon', coordinates: poly } : null;
    }
    case 'MultiPolygon': {
      const polys = geometry.coordinates.map(roundPolygon).filter((p): p is Pt[][] => p !== null);
      if (polys.length === 0) return null;
      return polys.length === 1
        ? { type: 'Polygon', coordinates: first(polys) }
        : { type: 'MultiPolygon', coordinates: polys };
    }
    default:
      throw new Error(`roundGeometry: unsupported ${geometry.type}`);
  }
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. */
export function rfc7946Winding<G extends Geometry>(geometry: G): G {
  return rewind(geometry, { reverse: false }) as G;
}

export function areaKm2(geometry: Polygon | MultiPolygon): number {
  return area(geometry) / 1e6;
}
