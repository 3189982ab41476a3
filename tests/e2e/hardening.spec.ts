/**
 * Hardening in the browser: the Content-Security-Policy, hostile strings in the data (which the
 * validator would reject, so they are injected into the compiled data on purpose to prove the
 * renderer is safe on its own), failure modes (network failure, wrong structure, blocked fonts, an
 * unreachable opt-in basemap). 500 random links: url-fuzz.spec.ts.
 */
import type { Page, Route } from '@playwright/test';
import type { Basemap, CompiledData } from '../../src/data/types.ts';
import { ONLINE_BASEMAPS } from '../../src/map/online-basemap.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp.ts';
import { test, expect, openApp, waitForIdle } from './harness.ts';

type Win = { __csp: string[]; __pwned?: unknown; __inline?: unknown };

/** Records uncaught errors, dialogs (alert/confirm/prompt) and CSP violations of one page. */
async function watch(page: Page) {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as Win;
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  return {
    errors,
    dialogs,
    csp: () => page.evaluate(() => (window as unknown as Win).__csp),
  };
}

test('the built page and the preview server set the Content-Security-Policy; the app needs nothing more', async ({
  page,
  request,
}) => {
  const response = await request.get('/');
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const html = await response.text();
  expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script in the built page
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');

  const w = await watch(page);
  await openApp(page, '?date=2022-03-26&place=farrukh');
  // dispatched: the 26 Mar 2022 tick covers this range tick on the track (see core.spec's tick test)
  await page.locator('.tick[data-event="farrukh-incident-2022-03"]').dispatchEvent('click');
  await page.getByRole('button', { name: 'About the data' }).click();
  await page.keyboard.press('Escape');
  await waitForIdle(page);
  expect(await w.csp(), 'CSP violations in normal use').toEqual([]);

  // and the policy is in force: an injected inline script does not run
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as Win).__inline;
  });
  expect(ran).toBeUndefined();
  expect((await w.csp()).some((v) => v.startsWith('script-src'))).toBe(true);
  expect(w.errors).toEqual([]);
});

// ---------------------------------------------------------------------------------------------
// Hostile strings

const xss = (n: number) => `<img src=x onerror="window.__pwned=${n}">`;
const EVENT = 'farrukh-incident-2022-03';
const HOSTILE = {
  placeName: `Farrukh ${xss(1)}`,
  azName: '<script>window.__pwned=2</script>',
  native: '<svg onload="window.__pwned=3">',
  title: `Dispute ${xss(4)}`,
  summary: '<iframe src="javascript:window.__pwned=5"></iframe> summary',
  says: `${xss(6)} said`,
  actor: '<a href="javascript:window.__pwned=8">Ministry</a>',
  outlet: `DW ${xss(9)}`,
  headline: '<style>body{display:none}</style>Headline',
  method: `${xss(16)} method`,
  attribution: `Natural Earth ${xss(18)}`,
};
const BAD_URLS = [
  'javascript:window.__pwned=10',
  'data:text/html,<script>window.__pwned=12</script>',
  ' javascript:window.__pwned=13',
  'JAVASCRIPT:window.__pwned=14',
];

async function serveHostileData(page: Page): Promise<string[]> {
  const hostileSources: string[] = [];
  await page.route('**/data/map-data.json', async (route: Route) => {
    const response = await route.fetch();
    const d = (await response.json()) as CompiledData;
    const place = d.places.farrukh!;
    place.name = HOSTILE.placeName;
    place.names.az[0] = HOSTILE.azName;
    place.native[0] = HOSTILE.native;
    const event = d.events.find((e) => e.id === EVENT)!;
    event.title = HOSTILE.title;
    event.summary = HOSTILE.summary;
    event.claims[0]!.says = HOSTILE.says;
    d.actors[event.claims[0]!.by]!.name = HOSTILE.actor;
    event.sources.forEach((id, i) => {
      const source = d.sources[id]!;
      source.outlet = HOSTILE.outlet;
      source.headline = HOSTILE.headline;
      source.url = BAD_URLS[i % BAD_URLS.length]!;
      hostileSources.push(id);
    });
    d.features.farrukh!.method = HOSTILE.method;
    for (const f of d.geo.places.features)
      if (f.properties.id === 'farrukh') f.properties.label = HOSTILE.placeName;
    await route.fulfill({ response, json: d });
  });
  await page.route('**/data/basemap.json', async (route: Route) => {
    const response = await route.fetch();
    const b = (await response.json()) as Basemap;
    b.attribution.push(HOSTILE.attribution);
    await route.fulfill({ response, json: b });
  });
  return hostileSources;
}

/** Elements that would run or load something from the injected strings. */
function dangerousNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const node of document.querySelectorAll('*')) {
      for (const a of node.attributes) {
        if (
          /^(on|href|src|srcdoc|action|formaction|style)/i.test(a.name) &&
          a.value.includes('__pwned')
        )
          found.push(`<${node.localName} ${a.name}="${a.value}">`);
      }
      if (['script', 'iframe', 'object', 'embed'].includes(node.localName) && node.closest('body'))
        found.push(`<${node.localName}> in body`);
    }
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (!['http:', 'https:'].includes(new URL(a.href, location.href).protocol))
        found.push(`link to ${a.getAttribute('href')}`);
    }
    return found;
  });
}

test('hostile strings in the data are shown as text and never run', async ({ page }) => {
  const w = await watch(page);
  const fetchedX: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/x') fetchedX.push(r.url());
  });
  const hostileSources = await serveHostileData(page);
  const expectNothingRan = async () => {
    await page.waitForTimeout(300); // time for any handler that might fire
    expect(await dangerousNodes(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as Win).__pwned)).toBeUndefined();
    expect(w.dialogs).toEqual([]);
    expect(fetchedX, 'an injected <img src=x> was parsed as HTML').toEqual([]);
    expect(await w.csp(), 'nothing even tried to run').toEqual([]);
    expect(w.errors).toEqual([]);
  };

  // the place panel: names, native script, geometry method, sources
  await openApp(page, '?date=2022-03-26&place=farrukh');
  const panel = page.getByRole('complementary', { name: 'Details and sources' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(HOSTILE.placeName);
  for (const text of [HOSTILE.azName, HOSTILE.native, HOSTILE.method, HOSTILE.outlet])
    await expect(panel).toContainText(text);

  // the event panel: title, summary, claims with their claimant, sources with bad links
  await page.locator(`.tick[data-event="${EVENT}"]`).dispatchEvent('click');
  for (const text of [
    HOSTILE.title,
    HOSTILE.summary,
    HOSTILE.says,
    HOSTILE.actor,
    HOSTILE.headline,
  ])
    await expect(panel).toContainText(text);
  for (const id of hostileSources) {
    const citation = panel.locator(`[data-source="${id}"]`).first();
    await expect(citation).toContainText(HOSTILE.outlet);
    await expect(citation.locator('a')).toHaveCount(0); // javascript:/data: URLs are not links
  }

  // the map's attribution (MapLibre renders it as HTML) and the data notes
  await page.keyboard.press('Escape'); // the panel covers the attribution button
  await page.locator('.maplibregl-ctrl-attrib-button').click();
  await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toContainText(HOSTILE.attribution);
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByRole('dialog', { name: 'About the data' })).toContainText(
    HOSTILE.attribution,
  );
  await page.keyboard.press('Escape');

  // the search box lists the hostile names as text
  await page.locator('#search-input').fill('Farrukh');
  await expect(page.locator('#search-results')).toContainText(HOSTILE.placeName);
  await page.locator('#search-input').fill('');

  await expectNothingRan();

  // the list of events (shown instead of the map)
  await page.goto('/?view=list');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await expect(page.locator('#list')).toContainText(HOSTILE.title);
  await expect(page.locator('#list')).toContainText(HOSTILE.outlet);

  await expectNothingRan();
});

// ---------------------------------------------------------------------------------------------
// Failure modes (no WebGL, missing and corrupt files: resilience.spec.ts)

test('a data file that cannot be fetched at all is named; the page stays usable', async ({
  page,
}) => {
  const w = await watch(page);
  await page.route('**/data/map-data.json', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(page.locator('.notice-error')).toContainText('map-data.json could not be fetched');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).first().click();
  await expect(page.locator('.notice-error')).toHaveCount(0);
  expect(w.errors).toEqual([]);
});

test('a data file of the wrong structure is named', async ({ page }) => {
  const w = await watch(page);
  await page.route('**/data/map-data.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', json: { events: 'none' } }),
  );
  await page.goto('/');
  await expect(page.locator('.notice-error')).toContainText(
    'map-data.json does not have the expected structure',
  );
  expect(w.errors).toEqual([]);
});

test('with the label fonts blocked, labels still render (system font)', async ({ page }) => {
  const w = await watch(page);
  const blocked: string[] = [];
  await page.route('**/*.woff2', (route) => {
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await openApp(page, '?date=2022-03-26&map=9/39.85/46.7');
  expect(blocked.length, 'font requests blocked').toBeGreaterThan(0);
  const labels = await page.evaluate(() => {
    const map = (
      window as unknown as {
        __app: { map: { queryRenderedFeatures(o: unknown): { properties: { label: string } }[] } };
      }
    ).__app.map;
    return [
      ...new Set(
        map.queryRenderedFeatures({ layers: ['place-labels'] }).map((f) => f.properties.label),
      ),
    ];
  });
  expect(labels).toEqual(expect.arrayContaining([expect.stringContaining('Khankendi')]));

  // labels put ink on the map: the picture differs with the label layer hidden
  const box = (await page.locator('#map').boundingBox())!;
  const clip = { x: box.x, y: box.y, width: box.width, height: box.height };
  const withLabels = await page.screenshot({ clip });
  await page.evaluate(() =>
    (
      window as unknown as { __app: { map: { setLayoutProperty(...a: unknown[]): void } } }
    ).__app.map.setLayoutProperty('place-labels', 'visibility', 'none'),
  );
  await waitForIdle(page);
  const withoutLabels = await page.screenshot({ clip });
  expect(withLabels.equals(withoutLabels), 'labels drew nothing').toBe(false);
  expect(w.errors).toEqual([]);
});

test('an unreachable opt-in online basemap falls back to the built-in one with a notice', async ({
  page,
  offsite,
}) => {
  const w = await watch(page);
  await openApp(page, '?date=2022-03-26&basemap=osm');
  await expect(page.locator('.notice')).toContainText(
    'online basemap (OpenStreetMap) could not be reached',
  );
  const layers = await page.evaluate(() => {
    const map = (window as unknown as { __app: { map: { getLayer(id: string): unknown } } }).__app
      .map;
    return { online: !!map.getLayer('online-basemap'), land: !!map.getLayer('land') };
  });
  expect(layers).toEqual({ online: false, land: true });
  // the opt-in host is the only other host contacted (and the harness blocked it): allow exactly that
  expect(offsite.length).toBeGreaterThan(0);
  for (const url of offsite)
    expect(url.startsWith(`${ONLINE_BASEMAPS.osm.origin}/`), url).toBe(true);
  offsite.splice(0);
  expect(w.errors).toEqual([]);
  expect(await w.csp()).toEqual([]);
});

test('a reachable opt-in online basemap is drawn under the data, contacting only its host', async ({
  page,
}) => {
  const w = await watch(page);
  // a 1×1 grey PNG stands in for every tile
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4ceIEAAS0AlkWLoFAAAAAAElFTkSuQmCC',
    'base64',
  );
  const hosts = new Set<string>();
  await page.route(`${ONLINE_BASEMAPS.osm.origin}/**`, (route) => {
    hosts.add(new URL(route.request().url()).origin);
    return route.fulfill({ status: 200, contentType: 'image/png', body: png });
  });
  await openApp(page, '?date=2022-03-26&basemap=osm');
  await page.waitForTimeout(500);
  await waitForIdle(page);
  expect([...hosts]).toEqual([ONLINE_BASEMAPS.osm.origin]);
  expect(
    await page.evaluate(() => {
      const map = (
        window as unknown as { __app: { map: { getStyle(): { layers: { id: string }[] } } } }
      ).__app.map;
      const ids = map.getStyle().layers.map((l) => l.id);
      return ids.indexOf('online-basemap') > ids.indexOf('land') &&
        ids.indexOf('online-basemap') < ids.indexOf('peacekeeping-zone')
        ? 'under the data'
        : ids.join(',');
    }),
  ).toBe('under the data');
  await expect(page.locator('.notice')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('basemap')).toBe('osm');
  expect(w.errors).toEqual([]);
  expect(await w.csp()).toEqual([]);
});
