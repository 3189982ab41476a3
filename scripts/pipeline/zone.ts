/** Builds geometry the map draws but nobody draws by hand: corridor areas and the peacekeepers' zone. */
import buffer from '@turf/buffer';
import difference from '@turf/difference';
import union from '@turf/union';
import { featureCollection, feature } from '@turf/helpers';
import rewind from '@turf/rewind';
import type { Feature, Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';

export const CORRIDOR_HALF_WIDTH_KM = 2.5;

type Area = Feature<Polygon | MultiPolygon>;

export function corridorArea(route: LineString): Area {
  const area = buffer(feature(route), CORRIDOR_HALF_WIDTH_KM, { units: 'kilometers', steps: 8 });
  if (!area) throw new Error('buffering the corridor route produced nothing');
  return area as Area;
}

export function asArea(geometry: Geometry): Area {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return feature(geometry);
  if (geometry.type === 'LineString') return corridorArea(geometry);
  throw new Error(`a ${geometry.type} cannot be used as an area`);
}

/** Removes each cut from an area; null when nothing is left. */
export function without(area: Area, cuts: Geometry[]): Area | null {
  let rest: Area | null = area;
  for (const cut of cuts) {
    if (!rest) return null;
    rest = difference(featureCollection([rest, asArea(cut)])) as Area | null;
  }
  return rest;
}

/** ((base − subtract) ∪ add) − except. */
export function buildZone(
  base: Geometry,
  subtract: Geometry[],
  add: Geometry[],
  except: Geometry[] = [],
): Polygon | MultiPolygon {
  let zone: Area | null = asArea(base);
  for (const cut of subtract) {
    if (!zone) break;
    zone = difference(featureCollection([zone, asArea(cut)])) as Area | null;
  }
  if (!zone) throw new Error('the cuts removed the whole zone');
  for (const extra of add) {
    zone = union(featureCollection([zone, asArea(extra)])) as Area | null;
    if (!zone) throw new Error('union produced nothing');
  }
  const rest = without(zone, except);
  if (!rest) throw new Error('the exceptions removed the whole zone');
  return rest.geometry;
}

/** An area bounded by a line and the points that close it (e.g. everything east of the 1994 line). */
export function closeLine(line: LineString, via: Position[]): Polygon {
  const ring = [...line.coordinates, ...via, line.coordinates[0] as Position];
  return rewind({ type: 'Polygon', coordinates: [ring] }) as Polygon;
}
