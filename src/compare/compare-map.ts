/**
 * The map side of "compare two dates": the geometric difference between two dates' shapes of each
 * compared group (area gained and lost, per status), not whole shapes that were re-issued. A zone
 * redrawn around a new corridor route is marked only where it changed.
 */
import area from '@turf/area';
import difference from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import type { CompiledData, DrawnProps } from '../data/types.ts';
import { layerDef } from '../map/registry.ts';

type Area = Feature<Polygon | MultiPolygon, DrawnProps>;
export interface ChangeProps {
  side: 'now' | 'then';
  id: string;
  layer: string;
  status: string;
  /** km² of the change, rounded */
  km2: number;
}

/** Slivers left by independently simplified outlines are not changes (km²). */
const MIN_KM2 = 0.5;

const isArea = (f: Feature): f is Area =>
  f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/** `a` minus every shape in `others`, or null when nothing is left. */
function minus(a: Area, others: Area[]): Feature<Polygon | MultiPolygon> | null {
  let rest: Feature<Polygon | MultiPolygon> | null = a;
  for (const o of others) {
    if (!rest) break;
    rest = difference(featureCollection([rest, o]));
  }
  return rest;
}

/** What changed between the dates `then` and `now`: areas gained (side now) and lost (side then). */
export function compareShapes(
  data: CompiledData,
  then: number,
  now: number,
): FeatureCollection<Polygon | MultiPolygon, ChangeProps> {
  const areas = data.geo.timed.features.filter(
    (f): f is Area => isArea(f) && layerDef(f.properties.layer)?.compared === true,
  );
  const at = (d: number) => areas.filter((f) => f.properties.t0 <= d && d <= f.properties.t1);
  const [A, B] = [at(then), at(now)];
  const out: Feature<Polygon | MultiPolygon, ChangeProps>[] = [];
  const emit = (side: 'now' | 'then', f: Area, others: Area[]) => {
    const same = others.filter(
      (o) =>
        o.properties.group === f.properties.group && o.properties.status === f.properties.status,
    );
    // the same drawn feature on both dates: nothing changed (and no geometry work, e.g. while playing)
    if (same.includes(f)) return;
    const rest = minus(f, same);
    if (!rest) return;
    const km2 = area(rest) / 1e6;
    if (km2 < MIN_KM2) return;
    const p = f.properties;
    out.push({
      ...rest,
      properties: { side, id: p.id, layer: p.layer, status: p.status, km2: Math.round(km2) },
    });
  };
  for (const f of B) emit('now', f, A);
  for (const f of A) emit('then', f, B);
  return featureCollection(out);
}

/** Puts the difference on the map (or clears it when compare is off). */
export function showCompareOnMap(
  map: MapLibreMap,
  data: CompiledData,
  day: number,
  compare: number | null,
): void {
  const apply = () => {
    const source = map.getSource('compare') as GeoJSONSource | undefined;
    source?.setData(compare === null ? featureCollection([]) : compareShapes(data, compare, day));
  };
  if (map.getSource('compare')) apply();
  else map.once('load', apply);
}

/** How long the previous state of a shape that changed on the shown day stays ghosted (ms). */
export const GHOST_MS = 1600;
let ghostTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * While the reader moves through time, the shapes that changed between the last date shown and this
 * one are ghosted for a moment (their former extent outlined, their new extent tinted), so a change
 * is seen happening. Only for short steps (scrubbing, stepping), not for jumps across months.
 */
export function ghostChange(map: MapLibreMap, data: CompiledData, from: number, to: number): void {
  const source = map.getSource('ghost') as GeoJSONSource | undefined;
  if (!source || from === to || Math.abs(to - from) > 31) return;
  const changed = compareShapes(data, from, to);
  if (!changed.features.length) return;
  source.setData(changed);
  clearTimeout(ghostTimer);
  ghostTimer = setTimeout(() => source.setData(featureCollection([])), GHOST_MS);
}
