/**
 * Geometry the style derives from the compiled data once at load (pure): label points for labelled
 * layers; the areas a dispute cut from the peacekeepers' zone (Farrukh, March 2022) come computed in
 * the compiled data (scripts/pipeline/cuts.ts), so no polygon clipping runs, or ships, here.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { CompiledData, DrawnProps } from '../data/types.ts';
import { layerDef } from './registry.ts';

export interface LabelProps {
  layer: string;
  status: string;
  t0: number;
  t1: number;
}

type Ring = number[][];
const polygonsOf = (g: Geometry): Ring[][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];

function inRing(p: number[], ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (
      yi > (p[1] as number) !== yj > (p[1] as number) &&
      (p[0] as number) < ((xj - xi) * ((p[1] as number) - yi)) / (yj - yi) + xi
    )
      inside = !inside;
  }
  return inside;
}

function segDist(p: number[], a: number[], b: number[]): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const t =
    dx || dy
      ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
      : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** A point well inside a polygon (the grid point farthest from its edges, in its largest part). */
export function interiorPoint(g: Geometry): [number, number] | null {
  let best: [number, number] | null = null;
  let bestD = -1;
  for (const poly of polygonsOf(g)) {
    const outer = poly[0];
    if (!outer) continue;
    const xs = outer.map((c) => c[0] as number);
    const ys = outer.map((c) => c[1] as number);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const N = 24;
    for (let i = 1; i < N; i++)
      for (let j = 1; j < N; j++) {
        const p = [x0 + ((x1 - x0) * i) / N, y0 + ((y1 - y0) * j) / N];
        if (!inRing(p, outer) || poly.slice(1).some((h) => inRing(p, h))) continue;
        let d = Infinity;
        for (const ring of poly)
          for (let k = 1; k < ring.length; k++)
            d = Math.min(d, segDist(p, ring[k - 1] as number[], ring[k] as number[]));
        if (d > bestD) {
          bestD = d;
          best = p as [number, number];
        }
      }
  }
  return best;
}

/** Label anchors for the layers whose registry entry says `labelled` (areas: inside; routes: middle). */
export function labelPoints(data: CompiledData): FeatureCollection<Point, LabelProps> {
  const out: Feature<Point, LabelProps>[] = [];
  for (const f of data.geo.timed.features) {
    const p = f.properties;
    const def = layerDef(p.layer);
    if (!def?.labelled) continue;
    // an area whose place already has a labelled point (e.g. "Kalbajar District (Kelbajar / …)") needs no second label
    if (def.kind === 'area' && data.places[p.group]?.coord) continue;
    let at: [number, number] | null = null;
    if (def.kind === 'corridor') {
      if (f.geometry.type !== 'LineString') continue;
      const c = f.geometry.coordinates;
      at = c[Math.floor(c.length / 2)] as [number, number];
    } else if (def.kind === 'area') at = interiorPoint(f.geometry);
    else if (f.geometry.type === 'Point') at = f.geometry.coordinates as [number, number];
    if (!at) continue;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { layer: p.layer, status: p.status, t0: p.t0, t1: p.t1 },
    });
  }
  return { type: 'FeatureCollection', features: out };
}

/** The areas a dispute cut from the peacekeepers' zone, as compiled (none in data compiled without them). */
export function disputedCuts(
  data: CompiledData,
): FeatureCollection<Polygon | MultiPolygon, DrawnProps> {
  return data.geo.cuts ?? { type: 'FeatureCollection', features: [] };
}
