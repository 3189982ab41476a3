/** The overlap check: no two control areas may share more than the tolerance on any date. */
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import {
  findOverlaps,
  OVERLAP_TOLERANCE_KM2,
  type ControlArea,
} from '../../scripts/pipeline/overlap.ts';
import { formatProblem } from '../../scripts/pipeline/problems.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import { dayFromIso } from '../../src/time/days.ts';
import { feature, mutate, real, type Json } from './geodata-fixture.ts';

const d = (iso: string) => dayFromIso(iso) as number;
/** A square of `side` degrees with its south-west corner at lon, lat. */
function square(lon: number, lat: number, side: number): Feature<Polygon> {
  const ring = [
    [lon, lat],
    [lon + side, lat],
    [lon + side, lat + side],
    [lon, lat + side],
    [lon, lat],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}
const state = (
  id: string,
  from: string,
  to: string | null,
  area: Feature<Polygon>,
): ControlArea => ({
  id,
  status: 'azerbaijan',
  t0: d(from),
  t1: to ? d(to) : 84_000,
  area,
});

describe('findOverlaps', () => {
  it('reports two areas that overlap on the first date both are live', () => {
    // 0.1° squares near 40° N are ≈ 95 km²; these share a quarter of each
    const a = state('a', '2020-11-10', null, square(46, 40, 0.1));
    const b = state('b', '2021-01-01', '2021-12-31', square(46.05, 40.05, 0.1));
    const [found, ...rest] = findOverlaps([a, b]);
    expect(rest).toEqual([]);
    expect(found?.a).toBe('a');
    expect(found?.b).toBe('b');
    expect(found?.date).toBe('2021-01-01');
    expect(found?.km2).toBeGreaterThan(20);
    expect(found?.km2).toBeLessThan(30);
  });
  it('ignores areas that only touch, or overlap on no shared date', () => {
    const a = state('a', '2020-11-10', '2020-12-31', square(46, 40, 0.1));
    const touching = state('b', '2020-11-10', null, square(46.1, 40, 0.1));
    const later = state('c', '2021-01-01', null, square(46, 40, 0.1));
    expect(findOverlaps([a, touching, later])).toEqual([]);
  });
  it('allows overlaps up to the tolerance', () => {
    // a sliver 0.005° wide: ≈ 0.4 × 11 km ≈ 4.7 km²
    const a = state('a', '2020-11-10', null, square(46, 40, 0.1));
    const b = state('b', '2020-11-10', null, square(46.095, 40, 0.1));
    expect(findOverlaps([a, b], 5)).toEqual([]);
    expect(findOverlaps([a, b], OVERLAP_TOLERANCE_KM2)).toHaveLength(1);
  });
});

describe('npm run validate', () => {
  const run = (raw: typeof real) => validateGeodata(raw).problems.map(formatProblem);
  it('finds no overlap in the real data', () => {
    expect(run(real).filter((l) => l.includes(' × '))).toEqual([]);
  });
  it('fails when a district is drawn whole over the peacekeepers’ zone', () => {
    const lines = run(
      mutate('layers.geojson', (fc) => {
        delete (feature(fc, 'kalbajar-district').properties as Json).clip;
      }),
    );
    // the issue measured ≈ 750 km² of Kalbajar inside the zone of Nov 2020
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^geodata\/layers\.geojson › kalbajar-district × zone-2020 › 2020-11-10: overlap 7\d\d\.\d km²/,
      ),
    );
  });
  it('fails when the corridor is not cut where it enters the zone', () => {
    const lines = run(
      mutate('layers.geojson', (fc) => {
        const clip = (feature(fc, 'lachin-corridor-original').properties as Json).clip as Json;
        clip.subtract = [];
      }),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /(zone-2020 × lachin-corridor-original|lachin-corridor-original × zone-2020) › 2020-11-10: overlap/,
      ),
    );
  });
});
