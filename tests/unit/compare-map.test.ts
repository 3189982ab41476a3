/** Compare marks the geometric difference between two dates, not whole re-issued shapes. */
import { describe, expect, it } from 'vitest';
import { compile } from '../../scripts/pipeline/compile.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import { compareShapes } from '../../src/compare/compare-map.ts';
import { dayFromIso } from '../../src/time/days.ts';
import { real } from './geodata-fixture.ts';

const data = compile(validateGeodata(real).data as never);
const d = (iso: string) => dayFromIso(iso) as number;

describe('compareShapes', () => {
  it('marks only the area near the corridor from 25 to 27 Aug 2022, not the whole zone', () => {
    const fc = compareShapes(data, d('2022-08-25'), d('2022-08-27'));
    const zone = fc.features.filter((f) => f.properties.layer === 'peacekeeping-zone');
    const total = zone.reduce((s, f) => s + f.properties.km2, 0);
    expect(zone.length).toBeGreaterThan(0);
    // the zone is ≈ 3,000 km²; the change is the corridor's neighbourhood
    expect(total).toBeLessThan(400);
    for (const f of fc.features) {
      const lons =
        JSON.stringify(f.geometry.coordinates)
          .match(/-?\d+\.\d+/g)
          ?.map(Number) ?? [];
      const lon = lons.filter((_, i) => i % 2 === 0);
      // everything marked lies west of Khankendi's longitude band (the corridor side)
      expect(Math.min(...lon)).toBeLessThan(46.75);
    }
  });

  it('marks a handed-over district as a change of status', () => {
    const fc = compareShapes(data, d('2020-11-19'), d('2020-11-21'));
    const marks = fc.features.map(
      (f) => `${f.properties.side}:${f.properties.id}:${f.properties.status}`,
    );
    expect(marks.sort()).toEqual([
      'now:aghdam-district:azerbaijan',
      'then:aghdam-district:armenian-held',
    ]);
  });

  it('marks nothing between two dates with the same map', () => {
    expect(compareShapes(data, d('2021-01-01'), d('2021-06-01')).features).toEqual([]);
  });
});
