/**
 * Areas a dispute cut from the peacekeepers' zone (Farrukh, March 2022), computed once at compile time
 * and stored as `geo.cuts` in map-data.json: the app draws them as they are, so the polygon clipping
 * (turf difference, polyclip) never ships in the code a reader downloads before the map is drawn.
 */
import difference from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { DrawnProps } from '../../src/data/types.ts';
import { layerDef } from '../../src/map/registry.ts';

const areaShape = (f: Feature<Geometry, DrawnProps>) =>
  f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/**
 * For each point feature that became contested on a day the zone changed, and whose disputed area the
 * data does not draw itself: the zone version ending the day before minus the one starting that day,
 * with the point's properties (id `<point id>-cut`) for the contested period.
 */
export function disputedCuts(
  timed: Feature<Geometry, DrawnProps>[],
): FeatureCollection<Polygon | MultiPolygon, DrawnProps> {
  const zone = timed.filter((f) => f.properties.layer === 'peacekeeping-zone' && areaShape(f));
  const out: Feature<Polygon | MultiPolygon, DrawnProps>[] = [];
  for (const f of timed) {
    const p = f.properties;
    if (p.status !== 'contested' || layerDef(p.layer)?.kind !== 'point') continue;
    // the data may already draw the disputed area itself (a contested area from that day)
    const drawn = timed.some(
      (a) => areaShape(a) && a.properties.status === 'contested' && a.properties.t0 === p.t0,
    );
    if (drawn) continue;
    const before = zone.find((z) => z.properties.t1 === p.t0 - 1);
    const after = zone.find((z) => z.properties.t0 === p.t0);
    if (!before || !after) continue;
    const cut = difference(featureCollection([before, after] as Feature<Polygon | MultiPolygon>[]));
    if (!cut) continue;
    out.push({ ...cut, properties: { ...p, id: `${p.id}-cut` } });
  }
  return featureCollection(out);
}
