/**
 * One meaning per area and date: no two control areas (armenian-held, azerbaijan, peacekeepers,
 * contested) may overlap by more than OVERLAP_TOLERANCE_KM2 on any date. Checked on every date on
 * which the set of live states changes, i.e. whenever a pair of states first becomes live together.
 */
import area from '@turf/area';
import bbox from '@turf/bbox';
import intersect from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { dayFromIso, isoFromDay, OPEN_END } from '../../src/time/days.ts';
import { areaFeature, CONTROL_STATUSES, geometryResolver } from './areas.ts';
import type { ProblemLog } from './problems.ts';
import type { Geodata } from './geodata.ts';

/**
 * Two control areas may share up to 1 km² on a date. Areas built from the same inputs by boolean
 * operations meet edge to edge (measured overlap ≈ 0); 1 km² absorbs rounding at shared edges while
 * any real double meaning (a village, a strip along a border) is larger.
 */
export const OVERLAP_TOLERANCE_KM2 = 1;

export interface ControlArea {
  id: string;
  status: string;
  /** first and last day (inclusive) of the state */
  t0: number;
  t1: number;
  area: Feature<Polygon | MultiPolygon>;
}

export interface Overlap {
  a: string;
  b: string;
  /** ISO date on which the two states first are live together */
  date: string;
  km2: number;
}

function boxesMeet(a: number[], b: number[]): boolean {
  return !(a[2]! < b[0]! || b[2]! < a[0]! || a[3]! < b[1]! || b[3]! < a[1]!);
}

/** Overlapping area of two features in km² (0 when they only touch). */
export function overlapKm2(
  a: Feature<Polygon | MultiPolygon>,
  b: Feature<Polygon | MultiPolygon>,
): number {
  if (!boxesMeet(bbox(a), bbox(b))) return 0;
  const shared = intersect(featureCollection([a, b]));
  return shared ? area(shared) / 1e6 : 0;
}

/** Every pair of control areas that overlaps by more than the tolerance, with the first shared date. */
export function findOverlaps(
  areas: ControlArea[],
  toleranceKm2 = OVERLAP_TOLERANCE_KM2,
): Overlap[] {
  const km2 = new Map<string, number>(); // geometry does not change with the date: measure each pair once
  const found: Overlap[] = [];
  const changeDays = [...new Set(areas.flatMap((s) => [s.t0, s.t1 + 1]))].sort((x, y) => x - y);
  for (const day of changeDays) {
    const live = areas.filter((s) => s.t0 <= day && day <= s.t1);
    for (let i = 0; i < live.length; i++) {
      for (let j = i + 1; j < live.length; j++) {
        const a = live[i]!;
        const b = live[j]!;
        if (a.id === b.id || (a.t0 !== day && b.t0 !== day)) continue; // report a pair when it starts
        const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
        let shared = km2.get(key);
        if (shared === undefined) {
          shared = overlapKm2(a.area, b.area);
          km2.set(key, shared);
        }
        if (shared > toleranceKm2)
          found.push({ a: a.id, b: b.id, date: isoFromDay(day), km2: shared });
      }
    }
  }
  return found;
}

/** The control areas of the layers: one entry per state whose status says who controls the area. */
export function controlAreas(data: Pick<Geodata, 'layers' | 'generated'>): ControlArea[] {
  const geometryOf = geometryResolver(data);
  const out: ControlArea[] = [];
  for (const f of data.layers) {
    const p = f.properties;
    if (p.layer === 'zone-input') continue;
    const states = (p.states ?? []).filter((s) => CONTROL_STATUSES.has(s.status));
    if (!states.length) continue;
    const shape = areaFeature(geometryOf(f));
    if (!shape) continue; // points (posts, Farrukh village) are not areas
    for (const s of states) {
      out.push({
        id: p.id,
        status: s.status,
        t0: dayFromIso(s.valid_from) ?? 0,
        t1: s.valid_to ? (dayFromIso(s.valid_to) ?? OPEN_END) : OPEN_END,
        area: shape,
      });
    }
  }
  return out;
}

/**
 * Building the areas takes seconds; validation runs on every build and many times in the tests with
 * unchanged layers, so results are kept per content of the layers and generated geometry.
 */
const memo = new Map<string, Overlap[] | Error>();

function overlapsOf(data: Pick<Geodata, 'layers' | 'generated'>): Overlap[] | Error {
  const key = JSON.stringify([data.layers, data.generated]);
  let found = memo.get(key);
  if (!found) {
    try {
      found = findOverlaps(controlAreas(data));
    } catch (err) {
      found = err as Error;
    }
    if (memo.size > 8) memo.clear();
    memo.set(key, found);
  }
  return found;
}

/** Adds one problem per overlap: `geodata/layers.geojson › a × b › date: overlap N km²`. */
export function checkOverlaps(data: Pick<Geodata, 'layers' | 'generated'>, log: ProblemLog): void {
  const found = overlapsOf(data);
  if (found instanceof Error) {
    log.add('layers.geojson', '(geometry)', '(build)', found.message);
    return;
  }
  for (const o of found) {
    log.add(
      'layers.geojson',
      `${o.a} × ${o.b}`,
      o.date,
      `overlap ${o.km2.toFixed(1)} km² (tolerance ${OVERLAP_TOLERANCE_KM2} km²)`,
    );
  }
}
