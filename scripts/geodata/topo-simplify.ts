// Topology-aware simplification: borders shared by neighbouring polygons are cut into arcs at
// junctions and each arc is simplified once, so neighbours keep identical shared edges
// (plain per-polygon Douglas-Peucker opens gaps and overlaps between districts).
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { at, first, last } from './arrays.js';
import { douglasPeucker, samePt, toPt } from './geometry.js';
import type { Pt } from './types.js';

const key = (p: Pt): string => `${p[0]},${p[1]}`;

/** Ring without its closing point. */
function openRing(ring: readonly Position[]): Pt[] {
  const pts = ring.map(toPt);
  if (pts.length > 1 && samePt(first(pts), last(pts))) pts.pop();
  return pts;
}

/** A vertex is a junction when, over all rings, it has more than two distinct neighbours. */
function findJunctions(rings: readonly Pt[][]): Set<string> {
  const neighbours = new Map<string, Set<string>>();
  const junctions = new Set<string>();
  for (const ring of rings) {
    const inThisRing = new Set<string>();
    ring.forEach((p, i) => {
      const k = key(p);
      if (inThisRing.has(k)) junctions.add(k); // the ring touches itself here
      inThisRing.add(k);
      const set = neighbours.get(k) ?? new Set<string>();
      set.add(key(at(ring, (i + ring.length - 1) % ring.length)));
      set.add(key(at(ring, (i + 1) % ring.length)));
      neighbours.set(k, set);
    });
  }
  for (const [k, set] of neighbours) if (set.size > 2) junctions.add(k);
  return junctions;
}

/** Splits a ring into arcs that start and end at junctions (the last arc returns to the start). */
function splitRing(ring: readonly Pt[], junctions: Set<string>): Pt[][] {
  let start = ring.findIndex((p) => junctions.has(key(p)));
  if (start < 0) {
    // No junction: start at the smallest key so that a ring shared whole (an enclave and the
    // hole around it) is cut at the same vertex on both sides.
    const keys = ring.map(key);
    start = keys.indexOf(keys.reduce((min, k) => (k < min ? k : min)));
  }
  const rotated = [...ring.slice(start), ...ring.slice(0, start), at(ring, start)];
  const arcs: Pt[][] = [];
  let current: Pt[] = [first(rotated)];
  rotated.slice(1).forEach((p, i) => {
    current.push(p);
    if (junctions.has(key(p)) || i === rotated.length - 2) {
      arcs.push(current);
      current = [p];
    }
  });
  return arcs;
}

class ArcSimplifier {
  private readonly cache = new Map<string, Pt[]>();
  constructor(private readonly tolerance: number) {}

  /** Simplifies in a canonical direction so both neighbours get the same vertices. */
  simplify(arc: readonly Pt[]): Pt[] {
    const forward = arc.map(key).join(';');
    const backward = arc.map(key).reverse().join(';');
    const flipped = backward < forward;
    const canonicalKey = flipped ? backward : forward;
    let result = this.cache.get(canonicalKey);
    if (!result) {
      const canonical = flipped ? arc.slice().reverse() : arc.slice();
      result = douglasPeucker(canonical, this.tolerance);
      this.cache.set(canonicalKey, result);
    }
    return flipped ? result.slice().reverse() : result.slice();
  }
}

function joinArcs(arcs: readonly Pt[][]): Pt[] {
  const ring: Pt[] = [];
  for (const p of arcs.flat()) {
    if (ring.length === 0 || !samePt(last(ring), p)) ring.push(p);
  }
  if (!samePt(first(ring), last(ring))) ring.push(first(ring));
  return ring;
}

export interface TopoSimplifyStats {
  vertices_before: number;
  vertices_after: number;
  /** Rings that would have collapsed and were kept unsimplified. */
  rings_kept_whole: number;
}

type Rings = Pt[][];

function toPolygons(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function fromPolygons<G extends Polygon | MultiPolygon>(template: G, polys: Rings[]): G {
  const geometry: Polygon | MultiPolygon =
    template.type === 'Polygon'
      ? { type: 'Polygon', coordinates: first(polys) }
      : { type: 'MultiPolygon', coordinates: polys };
  return geometry as G;
}

/** Simplifies a set of polygonal geometries together; returns new geometries in input order. */
export function topoSimplify<G extends Polygon | MultiPolygon>(
  geometries: readonly G[],
  tolerance: number,
): { geometries: G[]; stats: TopoSimplifyStats } {
  const polygons = geometries.map(toPolygons);
  const junctions = findJunctions(polygons.flatMap((ps) => ps.flatMap((rs) => rs.map(openRing))));
  const simplifier = new ArcSimplifier(tolerance);
  const stats: TopoSimplifyStats = { vertices_before: 0, vertices_after: 0, rings_kept_whole: 0 };

  const simplifyRing = (ring: readonly Position[]): Pt[] => {
    const open = openRing(ring);
    stats.vertices_before += open.length + 1;
    let out = joinArcs(splitRing(open, junctions).map((arc) => simplifier.simplify(arc)));
    if (out.length < 4) {
      stats.rings_kept_whole++;
      out = [...open, first(open)];
    }
    stats.vertices_after += out.length;
    return out;
  };

  const result = geometries.map((g, i) =>
    fromPolygons(
      g,
      at(polygons, i).map((rings) => rings.map(simplifyRing)),
    ),
  );
  return { geometries: result, stats };
}
