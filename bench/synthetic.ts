/**
 * Synthetic events for the scale runs: generated here at run time and handed to the page by the
 * benchmark's request routing (never written to public/ or dist/), delivered the way a large record
 * would be in production: a compact events.bin (src/map/events-format.ts) that map-data.json names.
 */
import type { CompiledData } from '../src/data/types.ts';
import { encodeEvents } from '../src/map/events-format.ts';
import { seeded } from './stats.ts';

/** The file name the benchmark serves the events under (next to map-data.json). */
export const BENCH_EVENTS_FILE = 'bench-events.bin';

export interface Columns {
  lon: Float32Array;
  lat: Float32Array;
  t0: Uint16Array;
  t1: Uint16Array;
}

/**
 * The real event points plus `n` synthetic ones spread over the date range and the home view: 60 %
 * jittered around the real places (events cluster at towns), 40 % anywhere; 80 % last one day, the
 * rest up to two months.
 */
export function eventColumns(data: CompiledData, n: number, seed = 20201110): Columns {
  const real = data.geo.events.features;
  const total = real.length + n;
  const out: Columns = {
    lon: new Float32Array(total),
    lat: new Float32Array(total),
    t0: new Uint16Array(total),
    t1: new Uint16Array(total),
  };
  real.forEach((f, i) => {
    out.lon[i] = f.geometry.coordinates[0] as number;
    out.lat[i] = f.geometry.coordinates[1] as number;
    out.t0[i] = f.properties.t0;
    out.t1[i] = f.properties.t1;
  });
  const rand = seeded(seed);
  const [[west, south], [east, north]] = HOME_BOUNDS_FOR_BENCH;
  const inView = Object.values(data.places)
    .map((p) => p.coord)
    .filter(
      (c): c is [number, number] =>
        !!c && c[0] > west && c[0] < east && c[1] > south && c[1] < north,
    );
  const { startDay, endDay } = data.range;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  for (let k = real.length; k < total; k++) {
    const near =
      inView.length > 0 && rand() < 0.6 ? inView[Math.floor(rand() * inView.length)] : undefined;
    if (near) {
      out.lon[k] = near[0] + gauss() * 0.04;
      out.lat[k] = near[1] + gauss() * 0.03;
    } else {
      out.lon[k] = west + rand() * (east - west);
      out.lat[k] = south + rand() * (north - south);
    }
    const t0 = startDay + Math.floor(rand() * (endDay - startDay + 1));
    const r = rand();
    const length =
      r < 0.8 ? 0 : r < 0.95 ? 1 + Math.floor(rand() * 6) : 7 + Math.floor(rand() * 54);
    out.t0[k] = t0;
    out.t1[k] = Math.min(endDay, t0 + length);
  }
  return out;
}

/** The app's opening view (HOME_BOUNDS in src/map/map-view.ts, which Node cannot import). */
const HOME_BOUNDS_FOR_BENCH: [[number, number], [number, number]] = [
  [45.95, 39.5],
  [47.05, 40.2],
];

/**
 * map-data.json naming the binary file instead of carrying the points, and that file: the real
 * events plus `n` synthetic ones.
 */
export function withSyntheticEvents(
  json: string,
  n: number,
): { mapData: string; files: Record<string, Buffer>; count: number } {
  const data = JSON.parse(json) as CompiledData;
  const c = eventColumns(data, n);
  const { buffer } = encodeEvents(c.lon, c.lat, c.t0, c.t1);
  (data.geo.events as unknown as Record<string, unknown>).features = [];
  (data.geo.events as unknown as Record<string, unknown>).binary = BENCH_EVENTS_FILE;
  return {
    mapData: JSON.stringify(data),
    files: { [BENCH_EVENTS_FILE]: Buffer.from(buffer) },
    count: c.t0.length,
  };
}
