/** The real geodata as test input, and helpers that make small mutations of it. */
import { compile } from '../../scripts/pipeline/compile.ts';
import { readGeodata, type GeodataFile, type RawGeodata } from '../../scripts/pipeline/files.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import type { Basemap, CompiledData } from '../../src/data/types.ts';

export const real: RawGeodata = readGeodata('geodata');

/** The real record, validated and compiled as the build does it. */
export function compiledRecord(): CompiledData {
  const result = validateGeodata(real);
  if (!result.data) throw new Error('geodata/ does not validate');
  return compile(result.data);
}

/** A basemap with no shapes: for styles built without the embedded basemap. */
export const emptyBasemap = ((empty) => ({
  countries: empty,
  admin1: empty,
  nkao: empty,
  water: empty,
  labels: empty,
  attribution: [],
}))({ type: 'FeatureCollection', features: [] }) as unknown as Basemap;

export type Json = Record<string, unknown> & { features?: Json[]; properties?: Json };

/** The real data with one file replaced by `change` applied to a fresh copy of it. */
export function mutate(file: GeodataFile, change: (json: Json & Json[]) => void): RawGeodata {
  const json = JSON.parse(real[file] as string) as Json & Json[];
  change(json);
  return { ...real, [file]: JSON.stringify(json) };
}

export function feature(fc: Json, id: string): Json {
  const f = fc.features?.find((x) => (x.properties as Json | undefined)?.id === id);
  if (!f) throw new Error(`fixture: no feature ${id}`);
  return f;
}

export function record(list: Json[], id: string): Json {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`fixture: no record ${id}`);
  return r;
}
