import { test, expect, openApp } from './harness.ts';

test('without WebGL the page explains why and lists every event with its sources', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('/?date=2022-03-26');
  await expect(page.locator('.notice-error')).toContainText('WebGL');
  const list = page.getByRole('region', { name: 'Events in date order' });
  await expect(list).toBeVisible();
  await expect(list.locator('li[data-event="farrukh-incident-2022-03"]')).toContainText(
    'Deutsche Welle',
  );
  await list.locator('button[data-event="kalbajar-handover-2020-11-25"]').click();
  await expect(page.getByRole('complementary', { name: 'Details and sources' })).toContainText(
    'Kalbajar',
  );
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2020-11-25');
});

test('a missing data file is named and the page stays usable', async ({ page }) => {
  await page.route('**/data/map-data.json', (route) =>
    route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto('/');
  await expect(page.locator('.notice-error')).toContainText('map-data.json');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a corrupt data file is named', async ({ page }) => {
  await page.route('**/data/basemap.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"countries": ' }),
  );
  await page.goto('/');
  await expect(page.locator('.notice-error')).toContainText('basemap.json');
  await expect(page.getByRole('region', { name: 'Events in date order' })).toBeVisible();
});

test('the data notes explain the method and link the downloads', async ({ page, request }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'About the data' }).click();
  const dialog = page.getByRole('dialog', { name: 'About the data' });
  await expect(dialog).toContainText('Known inaccuracies');
  await expect(dialog).toContainText('Natural Earth');
  for (const file of [
    'events.csv',
    'claims.csv',
    'events.geojson',
    'sources.csv',
    'places.csv',
    'layers.geojson',
    'README.md',
  ]) {
    const href = await dialog.getByRole('link', { name: file }).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.ok(), file).toBe(true);
  }
  const events = await (await request.get('/data/events.csv')).text();
  expect(events.split('\n')[0]).toBe(
    'id,date_start,date_end,precision,end_precision,date_note,reported_on,title,summary,places,mentioned,actors,claims,sides_note,sources',
  );
  expect(events).toContain('farrukh-incident-2022-03,2022-03-24,2022-03-27');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

/** The list of events stands in for the map whenever the map cannot be drawn. */
async function expectListInstead(page: import('@playwright/test').Page): Promise<void> {
  const list = page.getByRole('region', { name: 'Events in date order' });
  await expect(list).toBeVisible();
  await expect(list.locator('li[data-event="farrukh-incident-2022-03"]')).toBeVisible();
}

test('a host serving the map worker with a wrong MIME type gets a message naming it, not a blank map', async ({
  page,
}) => {
  await page.route('**/assets/maplibre-gl-worker-*.mjs', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-type': 'application/octet-stream' },
    });
  });
  await page.goto('/?date=2022-03-26');
  const error = page.locator('.notice-error');
  await expect(error).toContainText('map’s worker script');
  await expect(error).toContainText('list');
  await expect(error).not.toContainText('WebGL');
  await expectListInstead(page);
  // no way back to a map that cannot draw
  await expect(page.getByRole('group', { name: 'Show as' })).toBeHidden();
});

for (const [what, pattern] of [
  ['script chunk', '**/assets/map-view-*.js'],
  ['style sheet', '**/assets/map-view-*.css'],
] as const) {
  test(`the map’s ${what} failing to download is called a network failure, not missing WebGL`, async ({
    page,
  }) => {
    await page.route(pattern, (route) => route.abort('connectionreset'));
    await page.goto('/?date=2022-03-26');
    const error = page.locator('.notice-error');
    await expect(error).toContainText('could not be downloaded');
    await expect(error).not.toContainText('WebGL');
    await expectListInstead(page);
  });
}
