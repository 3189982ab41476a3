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
  it('marks only the corridor’s neighbourhood when traffic left the old road (25 → 30 Aug 2022)', () => {
    const fc = compareShapes(data, d('2022-08-25'), d('2022-08-30'));
    expect(fc.features.length).toBeGreaterThan(0);
    // the zone was not re-drawn as a whole: nothing of it is marked
    expect(fc.features.filter((f) => f.properties.layer === 'peacekeeping-zone')).toEqual([]);
    const total = fc.features.reduce((s, f) => s + f.properties.km2, 0);
    expect(total).toBeLessThan(600); // the zone alone is ≈ 3,000 km²
    for (const f of fc.features) {
      const nums =
        JSON.stringify(f.geometry.coordinates)
          .match(/-?\d+\.\d+/g)
          ?.map(Number) ?? [];
      const lats = nums.filter((_, i) => i % 2 === 1);
      // everything marked lies south of Khankendi (the corridor side)
      expect(Math.max(...lats), f.properties.id).toBeLessThan(39.85);
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

describe('summariseChanges', () => {
  it('reads a re-issued shape with the same status as one redrawn outline', async () => {
    const { changesBetween, summariseChanges } = await import('../../src/compare/changes.ts');
    const lines = summariseChanges(changesBetween(data, d('2022-08-25'), d('2022-08-30')));
    const lachin = lines.filter((c) => c.feature.group === 'lachin-district');
    expect(lachin).toHaveLength(1);
    expect(lachin[0]).toMatchObject({ redrawn: true, after: 'azerbaijan' });
    // a real change of status stays a change
    const handover = summariseChanges(changesBetween(data, d('2020-11-19'), d('2020-11-21')));
    expect(handover.find((c) => c.feature.id === 'aghdam-district')).toMatchObject({
      redrawn: false,
      before: 'armenian-held',
      after: 'azerbaijan',
    });
  });
});
