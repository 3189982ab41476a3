/** Loads the compiled data; a missing or corrupt file is reported by name. */
import type { Basemap, CompiledData } from './types.ts';

export class DataLoadError extends Error {}

async function fetchJson<T>(file: string, check: (v: unknown) => boolean): Promise<T> {
  const url = `${import.meta.env.BASE_URL}data/${file}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DataLoadError(`${file} could not be fetched`);
  }
  if (!response.ok) throw new DataLoadError(`${file}: HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataLoadError(`${file} is not valid JSON`);
  }
  if (!check(json)) throw new DataLoadError(`${file} does not have the expected structure`);
  return json as T;
}

const isCompiled = (v: unknown): boolean => {
  const d = v as Partial<CompiledData> | null;
  return (
    !!d &&
    Array.isArray(d.events) &&
    !!d.range &&
    !!d.geo?.timed &&
    !!d.sources &&
    !!d.places &&
    !!d.groups
  );
};
const isBasemap = (v: unknown): boolean => {
  const b = v as Partial<Basemap> | null;
  return !!b && !!b.countries && !!b.admin1 && Array.isArray(b.attribution);
};

export function loadMapData(): Promise<CompiledData> {
  return fetchJson<CompiledData>('map-data.json', isCompiled);
}

export function loadBasemap(): Promise<Basemap> {
  return fetchJson<Basemap>('basemap.json', isBasemap);
}
