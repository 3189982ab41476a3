/** The real data passes; each small mutation of it fails with a precise `file › id › field: message` line. */
import { describe, expect, it } from 'vitest';
import type { RawGeodata } from '../../scripts/pipeline/files.ts';
import { formatProblem } from '../../scripts/pipeline/problems.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import { feature, mutate, real, record, type Json } from './geodata-fixture.ts';

const lines = (raw: RawGeodata) => validateGeodata(raw).problems.map(formatProblem);

describe('the real geodata', () => {
  it('passes validation', () => {
    expect(lines(real)).toEqual([]);
  });
});

const cases: [string, RawGeodata, RegExp][] = [
  [
    'malformed JSON',
    { ...real, 'events.json': '[{"id": ' },
    /^geodata\/events\.json › \(file\) › \(file\): malformed JSON/,
  ],
  [
    'missing file',
    { ...real, 'sources.json': null },
    /sources\.json › \(file\) › \(file\): is missing/,
  ],
  [
    'not an array',
    { ...real, 'actors.json': '{}' },
    /actors\.json › \(file\) › \(file\): must be a JSON array/,
  ],
  [
    'not a FeatureCollection',
    { ...real, 'places.geojson': '[]' },
    /places\.geojson › \(file\) › \(file\): must be a GeoJSON FeatureCollection/,
  ],
  [
    'wrong geometry type for a place',
    mutate('places.geojson', (fc) => {
      feature(fc, 'farrukh').geometry = {
        type: 'LineString',
        coordinates: [
          [46.8, 40.0],
          [46.9, 40.1],
        ],
      };
    }),
    /places\.geojson › farrukh › geometry: must be a Point/,
  ],
  [
    'unknown geometry type',
    mutate('layers.geojson', (fc) => {
      feature(fc, 'farrukh').geometry = { type: 'Circle', coordinates: [46.8, 40] };
    }),
    /layers\.geojson › farrukh › geometry: /,
  ],
  [
    'unclosed ring',
    mutate('layers.geojson', (fc) => {
      const g = feature(fc, 'shusha-city').geometry as { coordinates: number[][][] };
      g.coordinates[0]!.pop();
    }),
    /shusha-city › geometry: .*first and last positions/,
  ],
  [
    'ring with too few positions',
    mutate('layers.geojson', (fc) => {
      feature(fc, 'shusha-city').geometry = {
        type: 'Polygon',
        coordinates: [
          [
            [46.74, 39.75],
            [46.75, 39.75],
            [46.74, 39.75],
          ],
        ],
      };
    }),
    /shusha-city › geometry: .*four positions/,
  ],
  [
    'longitude out of range',
    mutate('places.geojson', (fc) => {
      feature(fc, 'farrukh').geometry = { type: 'Point', coordinates: [246.8, 40.0] };
    }),
    /places\.geojson › farrukh › geometry: .*longitude 246\.8/,
  ],
  [
    'latitude out of range',
    mutate('places.geojson', (fc) => {
      feature(fc, 'askeran').geometry = { type: 'Point', coordinates: [46.8, 140.0] };
    }),
    /askeran › geometry: .*latitude 140/,
  ],
  [
    'swapped latitude and longitude',
    mutate('places.geojson', (fc) => {
      feature(fc, 'khankendi').geometry = { type: 'Point', coordinates: [39.81528, 46.75194] };
    }),
    /khankendi › geometry: .*outside the map region.*swapped/,
  ],
  [
    'swapped coordinates in a layer',
    mutate('layers.geojson', (fc) => {
      feature(fc, 'farrukh').geometry = { type: 'Point', coordinates: [40.01944, 46.80111] };
    }),
    /layers\.geojson › farrukh › geometry: .*swapped/,
  ],
  [
    'clockwise exterior ring',
    mutate('layers.geojson', (fc) => {
      const g = feature(fc, 'shusha-city').geometry as { coordinates: number[][][] };
      g.coordinates[0]!.reverse();
    }),
    /shusha-city › geometry: exterior ring is clockwise/,
  ],
  [
    'self-intersecting polygon',
    mutate('layers.geojson', (fc) => {
      feature(fc, 'shusha-city').geometry = {
        type: 'Polygon',
        coordinates: [
          [
            [46.73, 39.74],
            [46.76, 39.77],
            [46.76, 39.74],
            [46.73, 39.77],
            [46.73, 39.74],
          ],
        ],
      };
    }),
    /shusha-city › geometry: self-intersects/,
  ],
  [
    'duplicate event id',
    mutate('events.json', (list) => {
      list.push({ ...record(list, 'farrukh-incident-2022-03') });
    }),
    /events\.json › farrukh-incident-2022-03 › id: duplicate id/,
  ],
  [
    'duplicate place id',
    mutate('places.geojson', (fc) => {
      fc.features!.push(structuredClone(feature(fc, 'farrukh')));
    }),
    /places\.geojson › farrukh › id: duplicate id/,
  ],
  [
    'top-level id differs',
    mutate('places.geojson', (fc) => {
      feature(fc, 'farrukh').id = 'parukh';
    }),
    /places\.geojson › farrukh › id: top-level id "parukh"/,
  ],
  [
    'dangling source in an event',
    mutate('events.json', (list) => {
      (record(list, 'farrukh-incident-2022-03').sources as string[]).push('S999');
    }),
    /farrukh-incident-2022-03 › sources\.\d+: unknown source "S999"/,
  ],
  [
    'dangling place in an event',
    mutate('events.json', (list) => {
      (record(list, 'farrukh-incident-2022-03').places as string[]).push('atlantis');
    }),
    /farrukh-incident-2022-03 › places\.\d+: unknown place "atlantis"/,
  ],
  [
    'dangling actor in a claim',
    mutate('events.json', (list) => {
      (record(list, 'farrukh-incident-2022-03').claims as Json[])[0]!.by = 'nobody';
    }),
    /farrukh-incident-2022-03 › claims\.0\.by: unknown actor "nobody"/,
  ],
  [
    'dangling source in a layer state',
    mutate('layers.geojson', (fc) => {
      (feature(fc, 'kalbajar-district').properties!.states as Json[])[0]!.sources = ['S404'];
    }),
    /kalbajar-district › properties\.states\.0\.sources\.0: unknown source "S404"/,
  ],
  [
    'dangling geometry_ref',
    mutate('layers.geojson', (fc) => {
      feature(fc, 'kalbajar-district').properties!.geometry_ref = 'admin1:AZE-9999';
    }),
    /kalbajar-district › properties\.geometry_ref: "admin1:AZE-9999" is not in generated/,
  ],
  [
    'dangling zone recipe part',
    mutate('layers.geojson', (fc) => {
      ((feature(fc, 'zone-2020').properties!.zone_recipe as Json).subtract as string[]).push(
        'zone-cut-moon',
      );
    }),
    /zone-2020 › properties\.zone_recipe: unknown layer feature "zone-cut-moon"/,
  ],
  [
    'impossible date',
    mutate('events.json', (list) => {
      (record(list, 'farrukh-incident-2022-03').date as Json).start = '2023-02-30';
    }),
    /farrukh-incident-2022-03 › date\.start: must be a real ISO date/,
  ],
  [
    'date in another format',
    mutate('sources.json', (list) => {
      record(list, 'S001a').published = '26.03.2022';
    }),
    /sources\.json › S001a › published: must be a real ISO date/,
  ],
  [
    'valid_to before valid_from',
    mutate('layers.geojson', (fc) => {
      feature(fc, 'monitoring-centre').properties!.valid_to = '2020-01-01';
    }),
    /monitoring-centre › properties\.valid_to: 2020-01-01 is before valid_from 2021-01-30/,
  ],
  [
    'event end before start',
    mutate('events.json', (list) => {
      (record(list, 'farrukh-incident-2022-03').date as Json).end = '2022-03-01';
    }),
    /farrukh-incident-2022-03 › date\.end: 2022-03-01 is before start/,
  ],
  [
    'overlapping states',
    mutate('layers.geojson', (fc) => {
      (feature(fc, 'kalbajar-district').properties!.states as Json[])[1]!.valid_from = '2020-11-20';
    }),
    /kalbajar-district › properties\.states\.1\.valid_from: overlaps the previous state/,
  ],
  [
    'event with no source',
    mutate('events.json', (list) => {
      record(list, 'farrukh-incident-2022-03').sources = [];
    }),
    /farrukh-incident-2022-03 › sources: must list at least one id/,
  ],
  [
    'claim with no claimant',
    mutate('events.json', (list) => {
      delete (record(list, 'farrukh-incident-2022-03').claims as Json[])[0]!.by;
    }),
    /farrukh-incident-2022-03 › claims\.0\.by: /,
  ],
  [
    'claim with no source',
    mutate('events.json', (list) => {
      (record(list, 'farrukh-incident-2022-03').claims as Json[])[0]!.sources = [];
    }),
    /farrukh-incident-2022-03 › claims\.0\.sources: must list at least one id/,
  ],
  [
    'HTML in a summary',
    mutate('events.json', (list) => {
      record(list, 'farrukh-incident-2022-03').summary = 'Hello <img src=x onerror=alert(1)>';
    }),
    /farrukh-incident-2022-03 › summary: must not contain HTML markup/,
  ],
  [
    'HTML in a place name',
    mutate('places.geojson', (fc) => {
      feature(fc, 'farrukh').properties!.name = '<b>Farrukh</b>';
    }),
    /places\.geojson › farrukh › properties\.name: must not contain HTML/,
  ],
  [
    'javascript: URL',
    mutate('sources.json', (list) => {
      record(list, 'S001a').url = 'javascript:alert(1)';
    }),
    /sources\.json › S001a › url: must be an http\(s\) URL/,
  ],
  [
    'unknown status',
    mutate('layers.geojson', (fc) => {
      (feature(fc, 'kalbajar-district').properties!.states as Json[])[0]!.status = 'liberated';
    }),
    /kalbajar-district › properties\.states\.0\.status: /,
  ],
  [
    'unknown layer',
    mutate('layers.geojson', (fc) => {
      feature(fc, 'farrukh').properties!.layer = 'secret-base';
    }),
    /layers\.geojson › farrukh › properties\.layer: /,
  ],
  [
    'unknown field',
    mutate('events.json', (list) => {
      record(list, 'farrukh-incident-2022-03').summmary = 'typo';
    }),
    /farrukh-incident-2022-03 › : .*summmary|farrukh-incident-2022-03 › \(record\): .*summmary/,
  ],
  [
    'null geometry without precision none',
    mutate('places.geojson', (fc) => {
      feature(fc, 'farrukh').geometry = null;
    }),
    /places\.geojson › farrukh › properties\.precision: must be "none"/,
  ],
  [
    'corridor that is not a line',
    mutate('layers.geojson', (fc) => {
      feature(fc, 'lachin-corridor-original').geometry = {
        type: 'Point',
        coordinates: [46.6, 39.7],
      };
    }),
    /lachin-corridor-original › geometry: a corridor route must be a LineString/,
  ],
  [
    'empty title',
    mutate('events.json', (list) => {
      record(list, 'farrukh-incident-2022-03').title = '   ';
    }),
    /farrukh-incident-2022-03 › title: must not be empty/,
  ],
];

const setUrl = (id: string, url: string) =>
  mutate('sources.json', (list) => {
    record(list, id).url = url;
  });
const setPlaceName = (id: string, name: string) =>
  mutate('places.geojson', (fc) => {
    (feature(fc, id).properties as Json).name = name;
  });
type StateJson = { valid_from: string; valid_to: string | null; sources: string[] };
const statesOf = (fc: Json, id: string) =>
  (feature(fc, id).properties as Json).states as StateJson[];

/** Editorial rules (record-rules.ts): source policy, where vs mentioned, balance, names, layers. */
const recordCases: [string, RawGeodata, RegExp][] = [
  [
    'a Wikipedia mirror as a source',
    setUrl('S000', 'https://wikimili.com/en/Shusha'),
    /^geodata\/sources\.json › S000 › url: wikimili\.com is a copy or fork of Wikipedia/,
  ],
  [
    'a Kiwix copy of Wikipedia as a source',
    setUrl('S000', 'https://example.org/kiwix/content/wikipedia_en_all_maxi_2024-01/A/Shusha'),
    /sources\.json › S000 › url: example\.org serves a Kiwix dump/,
  ],
  [
    'Simple English Wikipedia as a source',
    setUrl('R-bishkek-protocol-wikipedia', 'https://simple.m.wikipedia.org/wiki/Bishkek_Protocol'),
    /R-bishkek-protocol-wikipedia › url: Simple English Wikipedia is not accepted/,
  ],
  [
    'Scots Wikipedia as a source',
    setUrl('R-bishkek-protocol-wikipedia', 'https://sco.wikipedia.org/wiki/Lachin'),
    /R-bishkek-protocol-wikipedia › url: Scots Wikipedia is not accepted/,
  ],
  [
    'a travel guide as a source',
    setUrl('S000', 'https://tripomatic.com/nl/poi/moskou-city:36'),
    /sources\.json › S000 › url: tripomatic\.com is a travel guide/,
  ],
  [
    'a source dated from the event it is cited for',
    mutate('sources.json', (list) => {
      record(list, 'R-lachin-handover').date_note =
        'No date in the URL; dated to the event it is cited for (handover, 1 Dec 2020).';
    }),
    /sources\.json › R-lachin-handover › date_note: a date taken from the event .* is circular/,
  ],
  [
    'a source without a date note',
    mutate('sources.json', (list) => {
      record(list, 'S000').date_note = null;
    }),
    /sources\.json › S000 › date_note: must say how the date was established/,
  ],
  [
    'a mirror behind a place coordinate',
    mutate('places.geojson', (fc) => {
      (feature(fc, 'farrukh').properties as Json).coordinate_source =
        'http://piglix.com/piglix/Farrukh';
    }),
    /places\.geojson › farrukh › properties\.coordinate_source: piglix\.com is a copy/,
  ],
  [
    'an event resting on Wikipedia alone',
    mutate('events.json', (list) => {
      record(list, 'aghdam-handover-2020-11-20').sources = ['R-bishkek-protocol-wikipedia'];
    }),
    /aghdam-handover-2020-11-20 › sources: cites only Wikipedia/,
  ],
  [
    'a layer change on a date no event covers',
    mutate('layers.geojson', (fc) => {
      const [held, returned] = statesOf(fc, 'kalbajar-district') as [StateJson, StateJson];
      held.valid_to = '2020-11-22';
      returned.valid_from = '2020-11-23';
    }),
    /layers\.geojson › kalbajar-district › properties\.states\.1\.valid_from: 2020-11-23: no event on this date cites any of its sources .*no event covers this date/,
  ],
  [
    'a layer change whose event cites other sources',
    mutate('layers.geojson', (fc) => {
      (statesOf(fc, 'kalbajar-district')[1] as StateJson).sources = ['S004'];
    }),
    /kalbajar-district › properties\.states\.1\.valid_from: 2020-11-25: .*events on this date: kalbajar-handover-2020-11-25 \(add a shared source\)/,
  ],
  [
    'an unknown mentioned place',
    mutate('events.json', (list) => {
      record(list, 'gas-supply-cut-2022-03').mentioned = ['atlantis'];
    }),
    /gas-supply-cut-2022-03 › mentioned\.0: unknown place "atlantis"/,
  ],
  [
    'a place both where it happened and mentioned',
    mutate('events.json', (list) => {
      record(list, 'gas-supply-cut-2022-03').mentioned = ['shusha'];
    }),
    /gas-supply-cut-2022-03 › mentioned\.0: "shusha" is also in places/,
  ],
  [
    'a stale reported_on',
    mutate('events.json', (list) => {
      record(list, 'aghdam-handover-2020-11-20').reported_on = '2021-09-04';
    }),
    /aghdam-handover-2020-11-20 › reported_on: is computed from the sources' dates \(null\)/,
  ],
  [
    'a contested event with one side only and no note',
    mutate('events.json', (list) => {
      delete record(list, 'aliyev-corridor-troops-2021-08-14').sides_note;
    }),
    /aliyev-corridor-troops-2021-08-14 › sides_note: only one side of the conflict makes claims/,
  ],
  [
    'an irredentist name first for Lake Sevan',
    setPlaceName('goycha', 'Goycha (Lake Sevan basin)'),
    /places\.geojson › goycha › properties\.name: starts with "Goycha", the other side's name; put the Armenian name first/,
  ],
  [
    'an irredentist name first for Syunik',
    setPlaceName('zangazur', 'Zangazur / Zangezur (Syunik)'),
    /zangazur › properties\.name: starts with "Zangazur"/,
  ],
  [
    'the Armenian name first for a place in Azerbaijan',
    setPlaceName('khankendi', 'Stepanakert / Khankendi'),
    /khankendi › properties\.name: starts with "Stepanakert", the other side's name; put the Azerbaijani name first/,
  ],
  [
    'a contested place without the other side’s name',
    setPlaceName('shusha', 'Shusha'),
    /shusha › properties\.name: must also carry the other side's name/,
  ],
];

describe('bad data is rejected with a precise line', () => {
  it.each([...cases, ...recordCases])('%s', (_name, raw, expected) => {
    let found: string[] = [];
    expect(() => (found = lines(raw))).not.toThrow();
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.some((l) => expected.test(l)),
      `expected ${expected} in:\n${found.join('\n')}`,
    ).toBe(true);
  });
});
