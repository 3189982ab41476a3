/**
 * Synthetic events for the scale runs: generated here at run time, injected into the page's
 * map-data.json response by the benchmark, never written to public/ or dist/.
 */
import type { Feature, Point } from 'geojson';
import type { CompiledData, EventPointProps } from '../src/data/types.ts';
import { seeded } from './stats.ts';

/**
 * `n` point events spread over the date range and the home view: 60 % jittered around the real
 * places (events cluster at towns), 40 % anywhere; 80 % last one day, the rest up to two months.
 */
export function syntheticEvents(
  data: CompiledData,
  n: number,
  seed = 20201110,
): Feature<Point, EventPointProps>[] {
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
  const out: Feature<Point, EventPointProps>[] = [];
  for (let i = 0; i < n; i++) {
    let lon: number;
    let lat: number;
    const near =
      inView.length > 0 && rand() < 0.6 ? inView[Math.floor(rand() * inView.length)] : undefined;
    if (near) {
      lon = near[0] + gauss() * 0.04;
      lat = near[1] + gauss() * 0.03;
    } else {
      lon = west + rand() * (east - west);
      lat = south + rand() * (north - south);
    }
    const t0 = startDay + Math.floor(rand() * (endDay - startDay + 1));
    const r = rand();
    const length =
      r < 0.8 ? 0 : r < 0.95 ? 1 + Math.floor(rand() * 6) : 7 + Math.floor(rand() * 54);
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round5(lon), round5(lat)] },
      properties: { id: `synthetic-${i}`, t0, t1: Math.min(endDay, t0 + length) },
    });
  }
  return out;
}

/** The app's opening view (HOME_BOUNDS in src/map/map-view.ts, which Node cannot import). */
const HOME_BOUNDS_FOR_BENCH: [[number, number], [number, number]] = [
  [45.95, 39.5],
  [47.05, 40.2],
];
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** The app's map-data.json with `n` synthetic events added to the map's event layer (geo.events). */
export function withSyntheticEvents(json: string, n: number): string {
  if (n === 0) return json;
  const data = JSON.parse(json) as CompiledData;
  data.geo.events.features.push(...syntheticEvents(data, n));
  return JSON.stringify(data);
}
