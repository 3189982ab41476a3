/**
 * The geometry of each layer feature, resolved once: inline, from generated/, built by a zone
 * recipe, or a corridor route's band, then clipped: ∪ each `clip.add`, ∩ each `clip.intersect`,
 * − each `clip.subtract` (in that order).
 * Shared by the compile step (what the map draws) and the overlap check (what it must never draw).
 */
import intersect from '@turf/intersect';
import union from '@turf/union';
import { featureCollection, feature } from '@turf/helpers';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { layerDef, STATUS_IDS, STATUS_LOOKS } from '../../src/map/registry.ts';
import type { Geodata, LayerFeature } from './geodata.ts';
import { asArea, buildZone, closeLine, corridorArea, without } from './zone.ts';

type Area = Feature<Polygon | MultiPolygon>;

/**
 * Statuses that say who controls an area (the registry's control and dispute roles: armenian-held,
 * azerbaijan, peacekeepers, contested); no two areas with one of them may overlap on a date.
 */
export const CONTROL_STATUSES: ReadonlySet<string> = new Set(
  STATUS_IDS.filter((s) => ['control', 'dispute'].includes(STATUS_LOOKS[s].role)),
);

export type GeometryOf = (f: LayerFeature) => Geometry;

/** Returns a memoised resolver; it throws only on a reference cycle or an empty result. */
export function geometryResolver(data: Pick<Geodata, 'layers' | 'generated'>): GeometryOf {
  const byId = new Map(data.layers.map((f) => [f.properties.id, f]));
  const generated = new Map<string, Geometry>();
  for (const f of data.generated.admin1.features) generated.set(`admin1:${f.id}`, f.geometry);
  for (const f of data.generated.countries.features) generated.set(`admin0:${f.id}`, f.geometry);
  for (const f of data.generated.nkao.features) generated.set(String(f.id), f.geometry);
  const done = new Map<string, Geometry>();
  const busy = new Set<string>();

  const pick = (id: string): Geometry => {
    const f = byId.get(id);
    if (!f) throw new Error(`unknown layer feature "${id}"`); // validation reports it first
    return geometryOf(f);
  };

  function base(f: LayerFeature): Geometry {
    const p = f.properties;
    if (p.zone_recipe) {
      const { subtract, add, except = [] } = p.zone_recipe;
      return buildZone(
        generated.get('nkao') as Geometry,
        subtract.map(pick),
        add.map(pick),
        except.map(pick),
      );
    }
    if (layerDef(p.layer)?.kind === 'corridor' && f.geometry?.type === 'LineString') {
      // the corridor's area: the route buffered, with what the statement excludes (Shusha city) cut out
      const band = corridorArea(f.geometry);
      return (without(band, (p.cut_out ?? []).map(pick)) ?? band).geometry;
    }
    if (f.geometry) return f.geometry;
    const ref = p.geometry_ref as string;
    const found = generated.get(ref);
    if (!found) throw new Error(`${p.id}: unresolved geometry_ref ${ref}`); // validation reports it first
    return p.close_via && found.type === 'LineString' ? closeLine(found, p.close_via) : found;
  }

  /** Results of clip steps by the chain of steps so far: areas built from one base share their first steps. */
  const steps = new Map<string, Area | null>();
  const step = (key: string, run: () => Area | null): Area | null => {
    if (!steps.has(key)) steps.set(key, run());
    return steps.get(key) as Area | null;
  };

  function clipped(f: LayerFeature, geometry: Geometry): Geometry {
    const p = f.properties;
    const clip = p.clip;
    if (!clip) return geometry;
    let key = p.geometry_ref && !p.close_via ? p.geometry_ref : `feature:${p.id}`;
    let rest: Area | null = asArea(geometry);
    for (const id of clip.add ?? []) {
      const before: Area = rest;
      key += ` ∪ ${id}`;
      rest = step(key, () => union(featureCollection([before, asArea(pick(id))])) as Area | null);
      if (!rest) break;
    }
    for (const id of clip.intersect ?? []) {
      const before: Area | null = rest;
      key += ` ∩ ${id}`;
      rest = step(key, () =>
        before ? (intersect(featureCollection([before, asArea(pick(id))])) as Area | null) : null,
      );
    }
    for (const id of clip.subtract ?? []) {
      const before: Area | null = rest;
      key += ` − ${id}`;
      rest = step(key, () => (before ? without(before, [pick(id)]) : null));
    }
    if (!rest) throw new Error(`${p.id}: the clip leaves nothing`);
    return rest.geometry;
  }

  function geometryOf(f: LayerFeature): Geometry {
    const id = f.properties.id;
    const cached = done.get(id);
    if (cached) return cached;
    if (busy.has(id)) throw new Error(`${id}: its geometry refers back to itself`);
    busy.add(id);
    try {
      const g = despike(clipped(f, base(f)));
      done.set(id, g);
      return g;
    } finally {
      busy.delete(id);
    }
  }
  return geometryOf;
}

/** Two vertices closer than this (degrees, ≈ 1 m) count as the same point. */
const SAME_POINT_DEG = 1e-5;
const near = (a: Position, b: Position) =>
  Math.abs(a[0]! - b[0]!) < SAME_POINT_DEG && Math.abs(a[1]! - b[1]!) < SAME_POINT_DEG;

/**
 * Removes zero-width spikes (a ring that runs out to a vertex and straight back) and repeated
 * vertices. Boolean operations leave them where two inputs share an edge (e.g. the 1994 line and a
 * district line), and the map's triangulation fills a spike as a visible darker wedge.
 */
export function despike<G extends Geometry>(geometry: G): G {
  const ring = (r: Position[]): Position[] | null => {
    const pts = r.slice(0, -1);
    let changed = true;
    while (changed && pts.length >= 3) {
      changed = false;
      for (let i = 0; i < pts.length && pts.length >= 3; i++) {
        const prev = pts[(i - 1 + pts.length) % pts.length]!;
        const next = pts[(i + 1) % pts.length]!;
        if (near(prev, pts[i]!)) {
          pts.splice(i, 1); // repeated vertex
          changed = true;
        } else if (near(prev, next)) {
          pts.splice(i, 1); // spike: out to pts[i] and back
          changed = true;
        }
      }
    }
    return pts.length >= 3 ? [...pts, pts[0]!] : null;
  };
  const polygon = (rings: Position[][]): Position[][] | null => {
    const outer = ring(rings[0]!);
    if (!outer) return null;
    return [
      outer,
      ...rings
        .slice(1)
        .map(ring)
        .filter((h): h is Position[] => h !== null),
    ];
  };
  if (geometry.type === 'Polygon') {
    const p = polygon(geometry.coordinates);
    return (p ? { type: 'Polygon', coordinates: p } : geometry) as G;
  }
  if (geometry.type === 'MultiPolygon') {
    const parts = geometry.coordinates.flatMap((p) => {
      const q = polygon(p);
      return q ? [q] : [];
    });
    return (parts.length ? { type: 'MultiPolygon', coordinates: parts } : geometry) as G;
  }
  return geometry;
}

/** Area features of a geometry (empty for points and lines). */
export function areaFeature(geometry: Geometry): Area | null {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? feature(geometry) : null;
}
