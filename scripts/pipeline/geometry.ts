/** Geometry checks: RFC 7946 structure (geojson-validation), WGS84 ranges, winding, self-intersection, region. */
import * as gjv from 'geojson-validation';
import booleanClockwise from '@turf/boolean-clockwise';
import kinks from '@turf/kinks';
import type { Geometry, Position } from 'geojson';

/** The area the map covers; a located feature outside it is almost always a lat/lon swap. */
export const REGION_BBOX = { west: 42, south: 37, east: 51.5, north: 43.5 } as const;

let rulesDefined = false;
function defineRfc7946Rules(): void {
  if (rulesDefined) return;
  rulesDefined = true;
  gjv.define('Position', (position: unknown) => {
    if (!Array.isArray(position) || position.length < 2) return [];
    const [lon, lat] = position as number[];
    const errors: string[] = [];
    if (typeof lon === 'number' && (lon < -180 || lon > 180))
      errors.push(`longitude ${lon} is outside -180…180`);
    if (typeof lat === 'number' && (lat < -90 || lat > 90))
      errors.push(`latitude ${lat} is outside -90…90`);
    return errors;
  });
  gjv.define('Polygon', (polygon: unknown) =>
    windingErrors((polygon as { coordinates: unknown }).coordinates),
  );
  gjv.define('MultiPolygon', (mp: unknown) => {
    const coords = (mp as { coordinates: unknown }).coordinates;
    return Array.isArray(coords) ? coords.flatMap((p) => windingErrors(p)) : [];
  });
}

/** RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise. */
function windingErrors(rings: unknown): string[] {
  if (!Array.isArray(rings)) return [];
  const errors: string[] = [];
  rings.forEach((ring, i) => {
    if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return;
    const clockwise = booleanClockwise(ring as Position[]);
    if (i === 0 && clockwise)
      errors.push('exterior ring is clockwise (RFC 7946 wants counter-clockwise)');
    if (i > 0 && !clockwise)
      errors.push(`hole ${i} is counter-clockwise (RFC 7946 wants clockwise)`);
  });
  return errors;
}

function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

/** Every problem with a geometry object, as plain messages; never throws. */
export function geometryErrors(geometry: unknown): string[] {
  defineRfc7946Rules();
  let errors: string[];
  try {
    errors = gjv.isGeometryObject(geometry, true) as string[];
  } catch (err) {
    return [`is not valid GeoJSON geometry (${(err as Error).message})`];
  }
  if (errors.length) return errors;
  const g = geometry as Geometry;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    try {
      const found = kinks(g).features.length;
      if (found) return [`self-intersects at ${found} point(s)`];
    } catch (err) {
      return [`cannot be checked for self-intersection (${(err as Error).message})`];
    }
  }
  return [];
}

export function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** First position outside the map's region, described, or null. */
export function outsideRegion(geometry: Geometry): string | null {
  const { west, south, east, north } = REGION_BBOX;
  for (const [lon, lat] of positionsOf(geometry)) {
    if (lon === undefined || lat === undefined) continue;
    if (lon < west || lon > east || lat < south || lat > north) {
      const hint =
        lat >= west && lat <= east && lon >= south && lon <= north
          ? ' (latitude and longitude swapped?)'
          : '';
      return `position [${lon}, ${lat}] is outside the map region (lon ${west}…${east}, lat ${south}…${north})${hint}`;
    }
  }
  return null;
}
