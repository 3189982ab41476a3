/** The files of geodata/ that the pipeline reads, and how to read them. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export const GEODATA_FILES = [
  'sources.json',
  'actors.json',
  'places.geojson',
  'events.json',
  'layers.geojson',
  'story.json',
  'generated/admin1.geojson',
  'generated/nkao.geojson',
  'generated/countries.geojson',
  'generated/water.geojson',
  'generated/locator.geojson',
] as const;

export type GeodataFile = (typeof GEODATA_FILES)[number];

/** Raw text of each file, or null when it is missing. */
export type RawGeodata = Record<GeodataFile, string | null>;

export function readGeodata(dir: string): RawGeodata {
  const raw = {} as RawGeodata;
  for (const name of GEODATA_FILES) {
    const path = join(dir, name);
    raw[name] = existsSync(path) ? readFileSync(path, 'utf8') : null;
  }
  return raw;
}
