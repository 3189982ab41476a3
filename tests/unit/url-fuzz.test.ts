/**
 * Property-based tests (fast-check) for the URL-state parser: any query string is read without
 * throwing, into a valid state, and every part is either used or named as ignored (on one line);
 * any valid state survives a round trip through the URL.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_MODES } from '../../src/names/names.ts';
import type { AppState } from '../../src/state/store.ts';
import { formatUrl, parseUrl, URL_KEYS, type UrlContext } from '../../src/state/url.ts';
import { dayFromIso } from '../../src/time/days.ts';

const PLACES = ['farrukh', 'lachin-corridor', 'khankendi'];
const EVENTS = ['farrukh-incident-2022-03', 'kalbajar-handover-2020-11-25'];
const ctx: UrlContext = {
  minDay: dayFromIso('2020-09-27') as number,
  maxDay: dayFromIso('2024-06-30') as number,
  isPlace: (id) => PLACES.includes(id),
  isEvent: (id) => EVENTS.includes(id),
  tourSteps: 9,
  contextLayers: ['nkao', 'ceasefire-1994', 'rivers'],
};
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

// eslint-disable-next-line no-control-regex -- a notice must not echo control characters
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Checks every field the parser may set; a new URL key needs its check here. */
function expectValidState(state: Partial<AppState>): void {
  const inRange = (d: unknown) =>
    Number.isInteger(d) && (d as number) >= ctx.minDay && (d as number) <= ctx.maxDay;
  for (const [key, value] of Object.entries(state)) {
    switch (key) {
      case 'day':
      case 'compare':
        expect(inRange(value), `${key}=${value}`).toBe(true);
        break;
      case 'selection': {
        const s = value as AppState['selection'];
        expect(
          s?.kind === 'place' ? ctx.isPlace(s.id) : s?.kind === 'event' && ctx.isEvent(s.id),
        ).toBe(true);
        break;
      }
      case 'camera': {
        const v = value as NonNullable<AppState['camera']>;
        expect([v.zoom, v.lat, v.lon].every(Number.isFinite)).toBe(true);
        expect(v.zoom >= 0 && v.zoom <= 22 && Math.abs(v.lat) <= 85 && Math.abs(v.lon) <= 180).toBe(
          true,
        );
        break;
      }
      case 'tour':
        expect(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 9).toBe(
          true,
        );
        break;
      case 'names':
        expect(NAME_MODES).toContain(value);
        break;
      case 'viewMode':
        expect(['map', 'list']).toContain(value);
        break;
      case 'context':
        expect((value as string[]).every((l) => ctx.contextLayers.includes(l))).toBe(true);
        expect(value).toEqual([...new Set(value as string[])].sort());
        break;
      case 'basemap':
        expect(value).toBe('osm');
        break;
      case 'embed':
        expect(value).toBe(true);
        break;
      default:
        throw new Error(`parseUrl set "${key}": add a check for it in url-fuzz.test.ts`);
    }
  }
}

function expectWellFormed(search: string): void {
  let parsed: ReturnType<typeof parseUrl> | undefined;
  expect(() => (parsed = parseUrl(search, ctx))).not.toThrow();
  const { state, ignored } = parsed!;
  expectValidState(state);
  for (const line of ignored) {
    expect(UNSHOWABLE.test(line), JSON.stringify(line)).toBe(false);
    expect(line.length).toBeLessThan(160);
  }
  // nothing is dropped silently: each part is used (one state field each) or named as ignored
  const parts = [...new URLSearchParams(search)].length;
  expect(ignored.length + Object.keys(state).length).toBe(parts);
}

const KEYS = Object.keys(URL_KEYS);
const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '2022-03-26',
    '2023-02-30',
    '2019-12-31',
    '2024-07-01',
    ...PLACES,
    ...EVENTS,
    '__proto__',
    'constructor',
    'toString',
    '8/39.8/46.7',
    '22/85/180',
    '22.5/0/0',
    '8/85.1/0',
    '1e3/1/1',
    '8/39.8/46.7/1',
    '0',
    '9',
    '10',
    '1.5',
    '01',
    'osm',
    'OSM',
    'list',
    'map',
    'az',
    'both',
    '\u202eevil',
  ),
  fc
    .tuple(
      fc.integer({ min: 1990, max: 2030 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc
    .tuple(
      fc.double({ min: -30, max: 30 }),
      fc.double({ min: -100, max: 100 }),
      fc.double({ min: -200, max: 200 }),
    )
    .map((t) => t.join('/')),
);
const query = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom(...KEYS), value),
      fc.tuple(fc.string({ maxLength: 8 }), value),
    ),
    { maxLength: 8 },
  )
  .chain((pairs) =>
    fc
      .boolean()
      .map((encode) =>
        pairs
          .map(([k, v]) =>
            encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`,
          )
          .join('&'),
      ),
  );

describe('property: the URL-state parser', () => {
  it('reads any string without throwing, into a valid state, naming what it ignores', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.webQueryParameters()),
        (s) => expectWellFormed(s),
      ),
      { numRuns: RUNS },
    );
  });

  it('reads any mix of known and unknown keys with hostile values', () => {
    fc.assert(
      fc.property(query, fc.boolean(), (q, mark) => expectWellFormed(mark ? `?${q}` : q)),
      { numRuns: RUNS },
    );
  });

  it('writes any valid state so that it reads back the same, with nothing ignored', () => {
    const day = fc.integer({ min: ctx.minDay, max: ctx.maxDay });
    const state = fc.record({
      day,
      compare: fc.option(day, { nil: null }),
      selection: fc.option(
        fc.oneof(
          fc.constantFrom(...PLACES).map((id) => ({ kind: 'place' as const, id })),
          fc.constantFrom(...EVENTS).map((id) => ({ kind: 'event' as const, id })),
        ),
        { nil: null },
      ),
      camera: fc.option(
        fc.record({
          zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
          lat: fc.integer({ min: -850_000, max: 850_000 }).map((n) => n / 10_000),
          lon: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000),
        }),
        { nil: null },
      ),
      tour: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
      names: fc.constantFrom(...NAME_MODES),
      viewMode: fc.constantFrom('map' as const, 'list' as const),
      context: fc.subarray(['ceasefire-1994', 'nkao', 'rivers']),
      basemap: fc.constantFrom(undefined, 'osm' as const),
    });
    fc.assert(
      fc.property(state, (s: AppState) => {
        const back = parseUrl(formatUrl(s), ctx);
        expect(back.ignored).toEqual([]);
        const full: AppState = {
          ...s,
          ...back.state,
          compare: back.state.compare ?? null,
          selection: back.state.selection ?? null,
          camera: back.state.camera ?? null,
          tour: back.state.tour ?? null,
          names: back.state.names ?? 'both',
          viewMode: back.state.viewMode ?? 'map',
          context: back.state.context ?? [],
          basemap: back.state.basemap,
        };
        expect(full).toEqual(s);
      }),
      { numRuns: RUNS },
    );
  });
});
