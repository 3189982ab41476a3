/**
 * Host anywhere: the production build served from a folder (/some/path/), as a newsroom hosts it,
 * loads its code, data and fonts from that folder and draws the map.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { test, expect, renderedStatuses, waitForIdle } from './harness.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const FOLDER = '/some/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
};

let server: Server;
let origin = '';
/** Every path asked of the server, to check that nothing is fetched from outside the folder. */
const asked: string[] = [];

test.beforeAll(async () => {
  // a plain static server: the folder maps to the build, everything else is 404 (no SPA fallback)
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    asked.push(path);
    if (!path.startsWith(FOLDER)) return void res.writeHead(404).end();
    const file = normalize(join(DIST, path.slice(FOLDER.length) || 'index.html'));
    if (!file.startsWith(normalize(DIST))) return void res.writeHead(404).end();
    readFile(file.endsWith('/') ? join(file, 'index.html') : file).then(
      (body) =>
        res
          .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the build served from /some/path/ loads its data and fonts and draws the map', async ({
  page,
}) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${origin}${FOLDER}?date=2022-03-26&place=farrukh`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await waitForIdle(page);

  // the data drew: the districts have their state on that date and the panel names Farrukh
  expect(await renderedStatuses(page, 'aghdam-district')).toEqual(['azerbaijan']);
  await expect(page.locator('#panel h2')).toHaveText(/Farrukh/);
  // labels drew with the shipped fonts, from the folder
  expect(asked.some((p) => p.startsWith(`${FOLDER}assets/`) && p.endsWith('.woff2'))).toBe(true);
  expect(asked.filter((p) => !p.startsWith(FOLDER))).toEqual([]);
  expect(failed).toEqual([]);

  // the downloads in "About the data" point into the folder too
  await page.getByRole('button', { name: 'About the data' }).click();
  const csv = page.getByRole('link', { name: 'events.csv' });
  const href = await csv.evaluate((a) => (a as HTMLAnchorElement).href);
  expect(href).toBe(`${origin}${FOLDER}data/events.csv`);
  expect((await page.request.get(href)).status()).toBe(200);

  // the licences the page links: the project's MIT, and every bundled dependency's (MapLibre's BSD,
  // the Noto fonts' OFL), written by the build
  const dialog = page.getByRole('dialog', { name: 'About the data' });
  for (const [name, expected] of [
    ['The code is MIT-licensed', /MIT License/],
    [
      'licences of everything this page ships',
      /^(?=[\s\S]*maplibre-gl[^\n]*BSD-3-Clause)(?=[\s\S]*SIL OPEN FONT LICENSE)/i,
    ],
  ] as const) {
    const url = await dialog
      .getByRole('link', { name })
      .evaluate((a) => (a as HTMLAnchorElement).href);
    expect(url.startsWith(`${origin}${FOLDER}licenses/`)).toBe(true);
    const res = await page.request.get(url);
    expect(res.status()).toBe(200);
    expect(await res.text()).toMatch(expected);
  }
  await expect(dialog.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();

  // the social card's preview image is shipped, a real PNG of 1200 × 630 under 300 kB
  const card = await page.locator('meta[property="og:image"]').getAttribute('content');
  const image = await page.request.get(new URL(card!, page.url()).href);
  expect(image.status()).toBe(200);
  const png = await image.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(png.length).toBeLessThan(300_000);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );
});
