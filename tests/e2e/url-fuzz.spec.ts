/**
 * 500 random and malformed links (fast-check, fixed seed) loaded one after another in one browser
 * session: no uncaught error or dialog, the date always in range, and the notice names exactly the
 * parts that parseUrl ignores (nothing else, and nothing when every part is valid).
 */
import fc from 'fast-check';
import type { CompiledData } from '../../src/data/types.ts';
import { CONTEXT_LAYER_IDS } from '../../src/map/registry.ts';
import { parseUrl, URL_KEYS } from '../../src/state/url.ts';
import { isoFromDay } from '../../src/time/days.ts';
import { test, expect, waitForIdle } from './harness.ts';

const LINKS = 500;
const SEED = 7;

const hostileValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '2022-03-26',
    '2023-02-30',
    '2019-01-01',
    '2024-06-30',
    '9999-99-99',
    '-1',
    'farrukh',
    'lachin-corridor',
    'atlantis',
    '__proto__',
    'constructor',
    'farrukh-incident-2022-03',
    '8/39.8/46.7',
    '22/85/180',
    '0/-85/-180',
    '23/0/0',
    '1e400/1/1',
    '8/NaN/46',
    '8/39.8',
    '1',
    '0',
    '99999',
    'OSM',
    'list',
    'map',
    'az',
    'ru',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%',
    '%%',
    '%E0%A4%A',
    '%00',
    '%0A%0D',
    '\u202eevil',
    'a'.repeat(500),
  ),
);
const KEYS = Object.keys(URL_KEYS);
const param = fc.oneof(
  fc.tuple(fc.constantFrom(...KEYS), hostileValue).map(([k, v]) => `${k}=${encodeURIComponent(v)}`),
  fc.tuple(fc.constantFrom(...KEYS), hostileValue).map(([k, v]) => `${k}=${v}`),
  fc.tuple(fc.string({ maxLength: 10 }), hostileValue).map(([k, v]) => `${k}=${v}`),
  fc.constantFrom('', '=', '&', '==', 'date', 'date=', '=2022-03-26', '?', '#x', '%zz=1', '[]=1'),
);
const queries = fc.array(param, { maxLength: 6 }).map((parts) => parts.join('&'));

test(`${LINKS} random and malformed links load without errors; what is ignored is named`, async ({
  page,
  context,
  request,
  offsite,
}) => {
  test.setTimeout(900_000);
  // Routing disables the browser's HTTP cache, which makes 500 loads several times slower: here the
  // harness's blocking route is swapped for a listener that records the same offsite requests.
  await context.unrouteAll();
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1')
      offsite.push(r.url());
  });

  const data = (await (await request.get('/data/map-data.json')).json()) as CompiledData;
  const ctx = {
    minDay: data.range.startDay,
    maxDay: data.range.endDay,
    isPlace: (id: string) => Object.hasOwn(data.places, id) || Object.hasOwn(data.groups, id),
    isEvent: (id: string) => data.events.some((e) => e.id === id),
    tourSteps: data.story.tour.length,
    // the same list the app gives parseUrl (src/main.ts)
    contextLayers: CONTEXT_LAYER_IDS.map((id) => id.replace(/^context-/, '')),
  };
  const errors: string[] = [];
  let current = '';
  page.on('pageerror', (e) => errors.push(`${current}: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`${current}: dialog ${d.message()}`);
    void d.dismiss();
  });

  // links that opt in to the online basemap are left out (they contact its host by design)
  const links = fc
    .sample(queries, { numRuns: LINKS * 2, seed: SEED })
    .map((q) => ({ q, expected: parseUrl(new URL(`http://127.0.0.1/?${q}`).search, ctx) }))
    .filter(({ expected }) => expected.state.basemap === undefined)
    .slice(0, LINKS);
  expect(links).toHaveLength(LINKS);

  const started = Date.now();
  let withNotice = 0;
  for (const [i, { q, expected }] of links.entries()) {
    current = `#${i} ?${q}`;
    await page.goto(`/?${q}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body?.dataset.ready === 'true');
    const seen = await page.evaluate(() => ({
      notices: [...document.querySelectorAll('.notice')]
        .map((n) => n.textContent ?? '')
        .filter((t) => t.includes('not understood')),
      iso: document.getElementById('date-output')?.getAttribute('data-iso') ?? '',
      map: !!document.querySelector('#map canvas') && !document.getElementById('map')?.hidden,
    }));
    if (expected.ignored.length) {
      withNotice++;
      expect(seen.notices, current).toHaveLength(1);
      for (const part of expected.ignored) expect(seen.notices[0], current).toContain(part);
    } else {
      expect(seen.notices, current).toEqual([]);
    }
    expect(
      seen.iso >= data.range.start && seen.iso <= data.range.end,
      `${current}: ${seen.iso}`,
    ).toBe(true);
    if (expected.state.day !== undefined && expected.state.tour === undefined)
      expect(seen.iso, current).toBe(isoFromDay(expected.state.day));
    // every 20th link: let the map finish drawing too, so a map-side error surfaces here
    if (i % 20 === 0 && seen.map) await waitForIdle(page);
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`${LINKS} links in ${seconds.toFixed(0)} s, ${withNotice} with a notice`);
  expect(errors).toEqual([]);
  expect(withNotice, 'the sample mixes valid and invalid links').toBeGreaterThan(LINKS / 5);
  expect(withNotice).toBeLessThan(LINKS);
});
