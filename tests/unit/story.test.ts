/** Pure parts of the storytelling tools on the real record: compare, density, tour references. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compiledRecord } from './geodata-fixture.ts';
import { changesBetween, eventsBetween } from '../../src/compare/changes.ts';
import type { CompiledData } from '../../src/data/types.ts';
import { dayFromIso, isoFromDay } from '../../src/time/days.ts';
import { densityCounts } from '../../src/timeline/density.ts';

let data: CompiledData;
beforeAll(() => {
  data = compiledRecord();
});
const d = (iso: string) => dayFromIso(iso) as number;

// stepping: tests/unit/stepping.test.ts, on a fictional fixture

describe('compare', () => {
  it('finds the three handovers between 19 Nov and 2 Dec 2020, in either order', () => {
    for (const [a, b] of [
      ['2020-11-19', '2020-12-02'],
      ['2020-12-02', '2020-11-19'],
    ] as const) {
      const changed = changesBetween(data, d(a), d(b)).map(
        (c) => `${c.feature.id}:${c.before}>${c.after}`,
      );
      for (const id of ['aghdam-district', 'kalbajar-district', 'lachin-district']) {
        expect(changed).toContain(`${id}:armenian-held>azerbaijan`);
      }
      const events = eventsBetween(data.events, d(a), d(b)).map((e) => e.id);
      expect(events).toEqual(
        expect.arrayContaining([
          'aghdam-handover-2020-11-20',
          'kalbajar-handover-2020-11-25',
          'lachin-handover-2020-12-01',
        ]),
      );
    }
  });
  it('sees the corridor and Lachin district change on the day traffic left the old road (30 Aug 2022)', () => {
    const changed = changesBetween(data, d('2022-08-29'), d('2022-08-30')).map((c) => c.feature.id);
    expect(changed).toEqual(
      expect.arrayContaining([
        'lachin-corridor-original',
        'lachin-corridor-bypass',
        'lachin-district',
        'lachin-district-2022-08',
      ]),
    );
    expect(changed).not.toContain('zone-2022-03'); // the zone itself did not change
  });
  it('finds nothing between a date and itself', () => {
    expect(changesBetween(data, d('2021-05-05'), d('2021-05-05'))).toEqual([]);
    expect(eventsBetween(data.events, d('2021-05-05'), d('2021-05-05'))).toEqual([]);
  });
});

describe('density', () => {
  it('counts every dated event once, by month', () => {
    const { startDay, endDay } = data.range;
    const counts = densityCounts(data.events, startDay, endDay);
    expect(counts.length).toBeGreaterThan(40);
    const inRange = data.events.filter(
      (e) => e.t1 >= startDay && e.t0 <= endDay && e.t1 - e.t0 <= 366,
    ).length;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(inRange);
  });
});

describe('the guided tour', () => {
  it('has 8–12 steps in date order whose events and highlights exist', () => {
    expect(data.story.tour.length).toBeGreaterThanOrEqual(8);
    expect(data.story.tour.length).toBeLessThanOrEqual(12);
    let last = 0;
    for (const s of data.story.tour) {
      const day = d(s.date);
      expect(day, s.date).toBeGreaterThanOrEqual(last);
      last = day;
      const e = data.events.find((x) => x.id === s.event);
      expect(e, s.event).toBeDefined();
      expect(
        e!.t0 <= day && day <= Math.max(e!.t1, e!.t0),
        `${s.event} on ${isoFromDay(day)}`,
      ).toBe(true);
      if (s.highlight) expect(data.groups[s.highlight], s.highlight).toBeDefined();
    }
  });

  it('says the corridor moves only on a day the map moves it (tour steps and the captions of events)', () => {
    // the map's corridor routes: a route starts on the day the map moves the corridor
    const routeStarts = new Set(
      (data.groups['lachin-corridor'] ?? []).map((id) => data.features[id]?.t0),
    );
    routeStarts.delete(Math.min(...[...routeStarts].filter((x) => x !== undefined)));
    const moves =
      /re-?routed|corridor moves|corridor (is )?moved|traffic (moves|switches)|switch(es)? to (a|the) new road/i;
    const texts = [
      ...data.story.tour.map((s) => ({ day: d(s.date), text: `${s.title} ${s.text}` })),
      // an event's title is the date caption of its day
      ...data.events.map((e) => ({ day: e.t0, text: e.title })),
    ];
    // a text may tell of a later move if it dates it ("on 30 August traffic moves …")
    const MONTHS =
      'January February March April May June July August September October November December'.split(
        ' ',
      );
    const datesOfMoves = [...routeStarts].map((day) => {
      const [, m, dd] = isoFromDay(day as number)
        .split('-')
        .map(Number);
      const month = MONTHS[(m as number) - 1] as string;
      return new RegExp(`\\b${dd} (${month}|${month.slice(0, 3)})\\b`);
    });
    const said = texts.filter((t) => moves.test(t.text));
    expect(said.length).toBeGreaterThan(0);
    for (const t of said) {
      const dated = datesOfMoves.some((re) => re.test(t.text));
      expect(routeStarts.has(t.day) || dated, `${isoFromDay(t.day)}: ${t.text}`).toBe(true);
    }
  });
});
