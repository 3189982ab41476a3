/** The downloads a researcher gets: claims.csv, events.csv/.geojson, layers.geojson per state, README. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { compile } from '../../scripts/pipeline/compile.ts';
import { exportFiles } from '../../scripts/pipeline/exports.ts';
import { readGeodata } from '../../scripts/pipeline/files.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import type { CompiledData } from '../../src/data/types.ts';

let data: CompiledData;
let files: Record<string, string>;
beforeAll(() => {
  const result = validateGeodata(readGeodata('geodata'));
  if (!result.data) throw new Error('geodata/ does not validate');
  data = compile(result.data);
  files = exportFiles(data);
});

/** RFC 4180 rows (quoted cells may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows;
}

function table(name: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(files[name] as string) as [string[], ...string[][]];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('claims.csv', () => {
  it('has one row per claim with claimant, side, the claim and its sources', () => {
    const rows = table('claims.csv');
    expect(rows).toHaveLength(data.events.reduce((n, e) => n + e.claims.length, 0));
    const prosecutor = rows.find(
      (r) => r.event === 'peacekeepers-killed-2023-09-20' && r.claimant === 'az-prosecutor',
    );
    expect(prosecutor?.side).toBe('azerbaijan');
    expect(prosecutor?.claim).toMatch(/five/);
    expect(prosecutor?.sources?.split(';')).toContain('R-peacekeepers-killed-prosecutor');
    const outlet = rows.find((r) => r.claimant === 'azernews');
    expect(outlet?.side).toBe('media');
    expect(outlet?.outlet_based_in).toBe('azerbaijan');
    for (const r of rows) {
      expect(data.actors[r.claimant as string], r.claimant).toBeDefined();
      for (const s of (r.sources as string).split(';'))
        expect(data.sources[s], `${r.event}: ${s}`).toBeDefined();
    }
  });
});

describe('events.csv and events.geojson', () => {
  it('events.csv carries the summary, mentioned places and the computed reported_on', () => {
    const rows = table('events.csv');
    expect(rows).toHaveLength(data.events.length);
    const gas = rows.find((r) => r.id === 'gas-supply-cut-2022-03');
    expect(gas?.summary).toMatch(/8 March 2022/);
    expect(gas?.mentioned).toBe('nakhchivan;sarsang-reservoir');
    expect(rows.find((r) => r.id === 'aghdam-handover-2020-11-20')?.reported_on).toBe('');
  });

  it('events.geojson has every event, a point where it happened, t0/t1, precision and sources', () => {
    const fc = JSON.parse(files['events.geojson'] as string) as FeatureCollection;
    expect(fc.features).toHaveLength(data.events.length);
    const byId = new Map(fc.features.map((f) => [f.id, f]));
    const farrukh = byId.get('farrukh-incident-2022-03') as Feature;
    expect(farrukh.geometry).toEqual({ type: 'Point', coordinates: data.places.farrukh?.coord });
    expect(farrukh.properties).toMatchObject({
      t0: '2022-03-24',
      t1: '2022-03-27',
      precision: 'day',
    });
    expect(farrukh.properties?.summary).toBeTruthy();
    expect(farrukh.properties?.sources).toContain('S001a');
    // a place that could not be located is never replaced by another one
    expect(byId.get('peacekeepers-killed-2023-09-20')?.geometry).toBeNull();
  });
});

describe('layers.geojson', () => {
  it('gives each state its own valid_from and valid_to', () => {
    const fc = JSON.parse(files['layers.geojson'] as string) as FeatureCollection;
    const kalbajar = fc.features
      .filter((f) => f.properties?.id === 'kalbajar-district')
      .map((f) => f.properties);
    expect(kalbajar).toContainEqual(
      expect.objectContaining({
        status: 'armenian-held',
        valid_from: '2020-09-27',
        valid_to: '2020-11-24',
      }),
    );
    expect(kalbajar).toContainEqual(
      expect.objectContaining({ status: 'azerbaijan', valid_from: '2020-11-25', valid_to: null }),
    );
    for (const f of fc.features) {
      const p = f.properties as Record<string, string | null>;
      if (p.valid_to) expect(p.valid_from! <= p.valid_to, p.id ?? '').toBe(true);
    }
  });
});

describe('the downloads README', () => {
  it('names every file and the licences', () => {
    const readme = files['README.md'] as string;
    for (const name of Object.keys(files).filter((f) => f !== 'README.md'))
      expect(readme, name).toContain(`\`${name}\``);
    for (const term of [
      'CC BY 4.0',
      'Natural Earth',
      'public domain',
      'GSHHG',
      'LGPL',
      'CC BY-SA',
      'GeoNames',
    ])
      expect(readme, term).toContain(term);
  });
});
