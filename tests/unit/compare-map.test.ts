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

  it('lists each place once: Farrukh’s point and its area are one change', async () => {
    const { changesBetween, summariseChanges } = await import('../../src/compare/changes.ts');
    const isPlace = (group: string) => Object.hasOwn(data.places, group);
    const into = summariseChanges(changesBetween(data, d('2022-01-01'), d('2022-04-10')), isPlace);
    const farrukh = into.filter((c) => c.feature.group === 'farrukh');
    expect(farrukh).toHaveLength(1);
    expect(farrukh[0]).toMatchObject({
      feature: { id: 'farrukh' },
      before: 'peacekeepers',
      after: 'contested',
      redrawn: false,
    });
    const out = summariseChanges(changesBetween(data, d('2022-04-10'), d('2023-10-01')), isPlace);
    expect(out.filter((c) => c.feature.group === 'farrukh')).toMatchObject([
      { before: 'contested', after: 'azerbaijan' },
    ]);
    // a district re-issued with another status is one change of the place, read from the later shape
    const lachin = summariseChanges(
      changesBetween(data, d('2020-11-01'), d('2023-05-01')),
      isPlace,
    );
    expect(lachin.filter((c) => c.feature.group === 'lachin-district')).toMatchObject([
      { feature: { id: 'lachin-district-2023-04' }, before: 'armenian-held', after: 'azerbaijan' },
    ]);
    // areas that are not one place (the territory layer) keep one line each
    const territory = into.filter((c) => c.feature.group === 'territory');
    expect(territory.length).toBe(
      summariseChanges(changesBetween(data, d('2022-01-01'), d('2022-04-10'))).filter(
        (c) => c.feature.group === 'territory',
      ).length,
    );
  });
});
