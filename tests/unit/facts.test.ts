/** Facts from the sources, checked against the compiled map data. */
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { compile } from '../../scripts/pipeline/compile.ts';
import { readGeodata } from '../../scripts/pipeline/files.ts';
import { validateGeodata, type Geodata } from '../../scripts/pipeline/validate.ts';
import type { CompiledData, EventRecord } from '../../src/data/types.ts';
import { eventDateText, eventPrecisionText } from '../../src/domain/events.ts';
import { dayFromIso } from '../../src/time/days.ts';

let geodata: Geodata;
let data: CompiledData;
beforeAll(() => {
  const result = validateGeodata(readGeodata('geodata'));
  if (!result.data) throw new Error('geodata/ does not validate');
  geodata = result.data;
  data = compile(geodata);
});

const d = (iso: string) => dayFromIso(iso) as number;
const coordOf = (id: string) => {
  const c = data.places[id]?.coord;
  if (!c) throw new Error(`no coordinate for ${id}`);
  return c;
};

/** Areas of a layer active on a date. */
function areasOn(layer: string, iso: string): Feature<Polygon | MultiPolygon>[] {
  const day = d(iso);
  return data.geo.timed.features.filter(
    (f): f is Feature<Polygon | MultiPolygon, (typeof f)['properties']> =>
      f.properties.layer === layer &&
      f.properties.t0 <= day &&
      day <= f.properties.t1 &&
      (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'),
  ) as Feature<Polygon | MultiPolygon>[];
}
const inside = (place: string, layer: string, iso: string) =>
  areasOn(layer, iso).some((f) => booleanPointInPolygon(coordOf(place), f));

describe('the peacekeepers’ zone', () => {
  it('holds Farrukh / Parukh until 23 Mar 2022 and not after the incident began', () => {
    expect(inside('farrukh', 'peacekeeping-zone', '2022-03-23')).toBe(true);
    expect(inside('farrukh', 'peacekeeping-zone', '2022-03-25')).toBe(false);
  });
  it('contains Khankendi, Mukhtar and Shosh but not Shusha, Dashalti or Hadrut', () => {
    for (const p of ['khankendi', 'mukhtar', 'shushakend', 'martuni', 'askeran'])
      expect(inside(p, 'peacekeeping-zone', '2021-06-01'), p).toBe(true);
    for (const p of ['shusha', 'dashalti', 'hadrut', 'aghdam-district', 'kalbajar-district'])
      expect(inside(p, 'peacekeeping-zone', '2021-06-01'), p).toBe(false);
  });
  it('is about 3,000 km² (±15 %) in each version', () => {
    for (const iso of ['2021-06-01', '2022-05-01', '2023-01-01']) {
      const km2 = areasOn('peacekeeping-zone', iso).reduce((s, f) => s + area(f), 0) / 1e6;
      expect(km2, iso).toBeGreaterThan(3020 * 0.85);
      expect(km2, iso).toBeLessThan(3020 * 1.15);
    }
  });
  it('exists from 10 Nov 2020 and is gone after 12 Jun 2024', () => {
    expect(areasOn('peacekeeping-zone', '2020-11-09')).toHaveLength(0);
    expect(areasOn('peacekeeping-zone', '2020-11-10')).toHaveLength(1);
    expect(areasOn('peacekeeping-zone', '2024-06-12')).toHaveLength(1);
    expect(areasOn('peacekeeping-zone', '2024-06-13')).toHaveLength(0);
  });
  it('has its disputed cuts computed at compile time (geo.cuts), none where the data draws the area', () => {
    // the record draws the Farrukh area itself (territory-farrukh-2022): no cut is derived
    expect(data.geo.cuts.features).toHaveLength(0);
    // without it, the compile step cuts what left the zone that day (the style reads geo.cuts as it is)
    const without = compile({
      ...geodata,
      layers: geodata.layers.filter((f) => f.properties.id !== 'territory-farrukh-2022'),
    });
    const cut = without.geo.cuts.features.find((f) => f.properties.id === 'farrukh-cut');
    expect(cut, 'a cut for Farrukh').toBeDefined();
    if (!cut) return;
    expect(cut.properties.status).toBe('contested');
    expect(cut.properties.t0).toBe(d('2022-03-24'));
    expect(booleanPointInPolygon(coordOf('farrukh'), cut)).toBe(true);
    const km2 = area(cut) / 1e6;
    expect(km2).toBeGreaterThan(1);
    expect(km2).toBeLessThan(300);
  });
  it('is marked as ended in practice after 20 Sep 2023', () => {
    expect(
      areasOn('peacekeeping-zone', '2023-09-19').map(
        (f) => (f.properties as { status: string }).status,
      ),
    ).toEqual(['peacekeepers']);
    expect(
      areasOn('peacekeeping-zone', '2023-10-01').map(
        (f) => (f.properties as { status: string }).status,
      ),
    ).toEqual(['ended-in-practice']);
  });
});

describe('the Lachin corridor', () => {
  it('contains Lachin town and Zabukh on the original route, not on the bypass', () => {
    expect(inside('lachin-town', 'lachin-corridor', '2021-06-01')).toBe(true);
    expect(inside('zabukh', 'lachin-corridor', '2021-06-01')).toBe(true);
    expect(inside('lachin-town', 'lachin-corridor', '2022-09-01')).toBe(false);
    expect(inside('zabukh', 'lachin-corridor', '2022-09-01')).toBe(false);
    expect(inside('sus', 'lachin-corridor', '2022-09-01')).toBe(false);
  });
  it('is 5 km wide: a buffer of 2.5 km each side', () => {
    const [corridor] = areasOn('lachin-corridor', '2021-06-01');
    expect(corridor).toBeDefined();
    expect(booleanPointInPolygon([46.54694 - 0.02, 39.64083], corridor!)).toBe(true); // ≈1.7 km west of Lachin
    expect(booleanPointInPolygon([46.54694 - 0.05, 39.64083], corridor!)).toBe(false); // ≈4.3 km west
  });
});

describe('the districts', () => {
  // what was handed over, not today's district: the Soviet-era Kalbajar district (≈1,936 km²), the part of
  // Aghdam west of the 1994 line (846.7 km², Trend / News.az, 20 Nov 2020), Lachin less the corridor
  const handedOver: Record<string, number> = {
    'kalbajar-district': 1936,
    'lachin-district': 1837,
    'aghdam-district': 846.7,
  };
  for (const [id, km2] of Object.entries(handedOver)) {
    it(`${id} is within 20 % of the area handed over (${km2} km²)`, () => {
      const [f] = areasOn(id, '2021-01-01');
      expect(f).toBeDefined();
      const measured = area(f!) / 1e6;
      expect(Math.abs(measured - km2) / km2).toBeLessThan(0.2);
    });
  }
  it('change hands on the handover dates', () => {
    const status = (id: string, iso: string) =>
      areasOn(id, iso).map((f) => (f.properties as { status: string }).status);
    expect(status('aghdam-district', '2020-11-19')).toEqual(['armenian-held']);
    expect(status('aghdam-district', '2020-11-20')).toEqual(['azerbaijan']);
    expect(status('kalbajar-district', '2020-11-24')).toEqual(['armenian-held']);
    expect(status('kalbajar-district', '2020-11-25')).toEqual(['azerbaijan']);
    expect(status('lachin-district', '2020-11-30')).toEqual(['armenian-held']);
    expect(status('lachin-district', '2020-12-01')).toEqual(['azerbaijan']);
  });
  it('contain their towns', () => {
    expect(inside('kalbajar-district', 'kalbajar-district', '2021-01-01')).toBe(true);
    expect(inside('aghdam-district', 'aghdam-district', '2021-01-01')).toBe(true);
  });
});

describe('control areas', () => {
  const CONTROL = new Set(['armenian-held', 'war', 'azerbaijan', 'peacekeepers', 'contested']);
  const controlOf = (place: string | [number, number], iso: string) =>
    data.geo.timed.features
      .filter(
        (f) =>
          CONTROL.has(f.properties.status) &&
          f.properties.t0 <= d(iso) &&
          d(iso) <= f.properties.t1 &&
          (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') &&
          booleanPointInPolygon(
            typeof place === 'string' ? coordOf(place) : place,
            f as Feature<Polygon | MultiPolygon>,
          ),
      )
      .map((f) => `${f.properties.id}:${f.properties.status}`);
  it('put Khankendi in exactly one area under a named control on every key date', () => {
    expect(controlOf('khankendi', '2020-09-27')).toEqual(['territory-before-war:war']);
    expect(controlOf('khankendi', '2021-06-01')).toEqual(['zone-2020:peacekeepers']);
    expect(controlOf('khankendi', '2023-09-21')).toEqual(['territory-former-zone:azerbaijan']);
    expect(controlOf('khankendi', '2024-07-01')).toEqual(['territory-former-zone:azerbaijan']);
  });
  it('draw Shusha, Hadrut and Jabrayil as taken in the war from 10 Nov 2020', () => {
    for (const p of ['shusha', 'hadrut', 'jabrayil']) {
      expect(controlOf(p, '2020-09-27'), p).toEqual(['territory-before-war:war']);
      expect(controlOf(p, '2020-11-10'), p).toEqual(['territory-azerbaijan-2020:azerbaijan']);
    }
  });
  it('hand over only the part of Aghdam west of the 1994 line', () => {
    expect(controlOf('aghdam-district', '2020-11-20')).toEqual(['aghdam-district:azerbaijan']);
    // the district's east, beyond the 1994 line, was Azerbaijani throughout and is not a handover area
    expect(controlOf([47.23, 39.97], '2020-11-20')).toEqual([]);
  });
  it('draw Lachin town in the corridor until 29 Aug 2022 and under Azerbaijani control from 30 Aug', () => {
    expect(controlOf('lachin-town', '2022-08-29')).toEqual([
      'lachin-corridor-original:peacekeepers',
    ]);
    // NE's Lachin polygon misses the town by ≈1.7 km, so it falls in the neighbouring territory area
    const after = controlOf('lachin-town', '2022-08-30');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/:azerbaijan$/);
  });
});

describe('the record', () => {
  it('gives every event a source and every claim a claimant and a source', () => {
    for (const e of data.events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const c of e.claims) {
        expect(data.actors[c.by], `${e.id}: claimant ${c.by}`).toBeDefined();
        expect(c.sources.length, `${e.id}: claim by ${c.by}`).toBeGreaterThan(0);
      }
    }
  });
  it('keeps the Russian and Azerbaijani accounts of Farrukh as separate claims', () => {
    const e = data.events.find((x) => x.id === 'farrukh-incident-2022-03');
    const by = new Set(e?.claims.map((c) => c.by));
    expect(by.has('ru-mod')).toBe(true);
    expect(by.has('az-mod')).toBe(true);
  });
  it('has the events of the core loop', () => {
    const ids = new Set(data.events.map((e) => e.id));
    for (const id of [
      'trilateral-statement-2020-11-10',
      'aghdam-handover-2020-11-20',
      'kalbajar-handover-2020-11-25',
      'lachin-handover-2020-12-01',
      'farrukh-incident-2022-03',
      'lachin-bypass-2022-08-26',
      'withdrawal-complete-2024-06-12',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
  it('cites all eight seed articles', () => {
    const cited = new Set(
      data.events.flatMap((e) => [...e.sources, ...e.claims.flatMap((c) => c.sources)]),
    );
    for (const s of ['S000', 'S001a', 'S001b', 'S001c', 'S001d', 'S002', 'S003', 'S004'])
      expect(cited.has(s), s).toBe(true);
  });
  it('marks approximate geometry as approximate', () => {
    for (const f of Object.values(data.features)) {
      if (f.layer === 'peacekeeping-zone' || f.layer === 'lachin-corridor')
        expect(f.precision, f.id).not.toBe('exact');
    }
  });
});

describe('the record after the issue-12 fact-check', () => {
  const event = (id: string) => {
    const e = data.events.find((x) => x.id === id);
    if (!e) throw new Error(`no event ${id}`);
    return e;
  };
  const claimants = (id: string) => new Set(event(id).claims.map((c) => c.by));

  it('gives both the Russian and the Azerbaijani account of the peacekeepers killed in Sep 2023', () => {
    const e = event('peacekeepers-killed-2023-09-20');
    expect(claimants(e.id)).toEqual(new Set(['ru-mod', 'az-mod', 'az-prosecutor']));
    expect(e.sources).not.toContain('R-first-peacekeeper-killed'); // a December 2020 article
    expect(e.places).toEqual(['janyatag']);
    // no pin at Stepanakert for lack of a place
    expect(data.geo.events.features.some((f) => f.properties.id === e.id)).toBe(false);
    const apology = event('aliyev-apologises-to-putin-2023-09-21');
    expect(apology.start).toBe('2023-09-21');
    expect(claimants(apology.id).has('ru-government')).toBe(true);
  });
  it('shows the monitoring-centre memorandum dates as claims, not one silent choice', () => {
    const says = event('monitoring-centre-agreement-2020-11-11')
      .claims.map((c) => c.says)
      .join(' ');
    for (const date of ['11 November', '1 December 2020', '30 January 2021'])
      expect(says).toContain(date);
  });
  it('dates the first peacekeeper death to the blast, not the announcement', () => {
    const e = event('first-peacekeeper-killed-2020-12-18');
    expect([e.start, e.reported_on]).toEqual(['2020-12-17', '2020-12-18']);
  });
  it('gives the Karabakh Armenian account of the gas cut, dated to the day', () => {
    const e = event('gas-supply-cut-2022-03');
    expect([e.start, e.precision]).toEqual(['2022-03-08', 'day']);
    expect(claimants(e.id).has('nk-authorities')).toBe(true);
    expect(claimants(e.id).has('az-mfa')).toBe(true);
    expect(e.places).not.toContain('nakhchivan');
    expect(e.mentioned).toContain('nakhchivan');
  });
  it('attributes the 26 Mar 2022 appeal to the Armenian foreign ministry and its own words', () => {
    const e = event('armenia-appeal-to-west-2022-03');
    expect([e.start, e.end]).toEqual(['2022-03-26', '2022-03-26']);
    expect(e.sources).toContain('R-am-mfa-2022-03-26');
    expect(e.summary).toMatch(/international community/);
  });
  it('carries each side’s account of the 2023 exodus and casualties', () => {
    expect(claimants('exodus-2023-09-24')).toEqual(
      new Set(['am-government', 'am-pm', 'az-mfa', 'az-presidential-administration']),
    );
    expect(claimants('operation-2023-09-19').has('nk-ombudsman')).toBe(true);
    expect(claimants('operation-2023-09-19').has('az-health')).toBe(true);
    expect(claimants('operation-suspended-2023-09-20').has('nk-authorities')).toBe(true);
    expect(event('nk-dissolution-decree-annulled-2023-10-19').reported_on).toBe('2023-12-22');
  });
  it('pins the mission where it happened, not at places an op-ed mentions', () => {
    const e = event('peacekeeping-mission-2020-11-10');
    for (const p of ['goycha', 'zangazur', 'yerevan']) {
      expect(e.places).not.toContain(p);
      expect(e.mentioned).toContain(p);
    }
    expect(event('farrukh-incident-2022-03').places).not.toContain('turkiye');
  });
  it('never reports the 2020 handovers as reported in 2021', () => {
    for (const id of [
      'aghdam-handover-2020-11-20',
      'kalbajar-handover-2020-11-25',
      'lachin-handover-2020-12-01',
    ])
      expect(event(id).reported_on, id).toBeNull();
  });
  it('labels Lake Sevan and Syunik with the Armenian name first in "Both" mode', () => {
    expect(data.places.goycha?.name.startsWith('Lake Sevan')).toBe(true);
    expect(data.places.zangazur?.name.startsWith('Syunik')).toBe(true);
    expect(data.places.khankendi?.name).toBe('Khankendi / Stepanakert');
  });
});

describe('the blockade of the Lachin corridor', () => {
  const blockade = () => data.events.find((e) => e.id === 'blockade-2022-12-12') as EventRecord;
  it('ends on the day the map stops drawing the corridor as blockaded', () => {
    const e = blockade();
    const blockaded = Object.values(data.features)
      .filter((f) => f.layer === 'lachin-corridor')
      .flatMap((f) => f.states)
      .filter((s) => s.status === 'contested');
    expect(Math.min(...blockaded.map((s) => s.t0))).toBe(e.t0);
    expect(Math.max(...blockaded.map((s) => s.t1))).toBe(e.t1);
    expect(e.end).toBe('2023-09-19');
  });
  it('gives its start to the day and says its end is uncertain, with who says what', () => {
    const e = blockade();
    expect([e.start, e.precision, e.end_precision]).toEqual(['2022-12-12', 'day', 'approximate']);
    expect(eventDateText(e)).toBe('12 December 2022 – about 19 September 2023');
    expect(eventPrecisionText(e)).toBe('start: exact day; end: approximate date');
    // the protesters' own end of their action, and AP's account of the lifting and the first crossing
    const says = (by: string) =>
      e.claims
        .filter((c) => c.by === by)
        .map((c) => c.says)
        .join(' ');
    expect(says('az-protesters')).toMatch(/28 Apr 2023/);
    expect(says('ap')).toMatch(/24 Sep 2023/);
    expect(e.note).toMatch(/20 Sep 2023/);
  });
});
