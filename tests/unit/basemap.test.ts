/** The embedded basemap's context layers: roads of the corridor and the locator inset. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LineString } from 'geojson';
import { basemapOf } from '../../scripts/pipeline/basemap.ts';
import { readGeodata } from '../../scripts/pipeline/files.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import type { Basemap } from '../../src/data/types.ts';

let basemap: Required<Basemap>;
beforeAll(() => {
  const result = validateGeodata(readGeodata('geodata'));
  if (!result.data) throw new Error('geodata/ does not validate');
  const built = basemapOf(result.data);
  if (!built.roads || !built.locator) throw new Error('the basemap has no roads or no locator');
  basemap = { ...built, roads: built.roads, locator: built.locator };
});

const road = (id: string) => {
  const f = basemap.roads.features.find((x) => x.id === id);
  if (!f) throw new Error(`no road ${id}`);
  return f as unknown as { geometry: LineString; properties: Record<string, unknown> };
};
const passesNear = (line: LineString, [lon, lat]: [number, number], deg = 0.001) =>
  line.coordinates.some(([x, y]) => Math.abs(x! - lon) < deg && Math.abs(y! - lat) < deg);

describe('corridor roads', () => {
  it('draw each stretch once, named by the routes that used it', () => {
    const ids = basemap.roads.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'road-stepanakert-lisagor',
        'road-old-corridor',
        'road-new-corridor',
        'road-temporary-link',
        'road-border-goris',
        'road-kornidzor-tegh',
      ]),
    );
    for (const f of basemap.roads.features) {
      expect(f.properties?.kind).toBe('road');
      expect(f.properties?.precision).toBe('schematic');
    }
  });
  it('run the old road through Lachin town and the new one past Hin Shen', () => {
    expect(passesNear(road('road-old-corridor').geometry, [46.54694, 39.64083])).toBe(true);
    expect(passesNear(road('road-new-corridor').geometry, [46.60278, 39.63722])).toBe(true);
    expect(passesNear(road('road-new-corridor').geometry, [46.54694, 39.64083])).toBe(false);
    expect(road('road-temporary-link').properties.routes).toEqual(['lachin-corridor-bypass']);
  });
});

describe('locator inset', () => {
  it('has Armenia and Azerbaijan as focus countries among their neighbours', () => {
    const focus = basemap.locator.features
      .filter((f) => f.properties?.role === 'focus')
      .map((f) => f.properties?.iso_a3)
      .sort();
    expect(focus).toEqual(['ARM', 'AZE']);
    const all = basemap.locator.features.map((f) => f.properties?.iso_a3);
    expect(all).toEqual(expect.arrayContaining(['GEO', 'TUR', 'IRN', 'RUS']));
    for (const f of basemap.locator.features) {
      expect(typeof f.properties?.label_lon).toBe('number');
      expect(typeof f.properties?.label_lat).toBe('number');
    }
  });
  it('stays small enough to embed (under 30 KB)', () => {
    expect(JSON.stringify(basemap.locator).length).toBeLessThan(30_000);
  });
});
