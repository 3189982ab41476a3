/** The real geodata as test input, and helpers that make small mutations of it. */
import { readGeodata, type GeodataFile, type RawGeodata } from '../../scripts/pipeline/files.ts';

export const real: RawGeodata = readGeodata('geodata');

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
