import { mkdirSync } from 'node:fs';
import {
  test,
  expect,
  openApp,
  setSliderDate,
  renderedStatuses,
  pagePoint,
  waitForIdle,
} from './harness.ts';

const FARRUKH: [number, number] = [46.80111, 40.01944];

test('opens on Karabakh with every layer, offline', async ({ page, offsite }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const layers = await page.evaluate(() => {
    const map = (window as unknown as { __app: { map: { getLayer(id: string): unknown } } }).__app
      .map;
    return [
      'kalbajar-district',
      'aghdam-district',
      'lachin-district',
      'lachin-corridor',
      'farrukh',
      'peacekeeping-zone',
    ].filter((id) => !map.getLayer(id));
  });
  expect(layers, 'missing layers').toEqual([]);
  for (const [name, ll] of Object.entries({
    Kalbajar: [46.038, 40.107],
    Lachin: [46.547, 39.641],
    Khankendi: [46.752, 39.815],
    Aghdam: [46.931, 39.993],
  })) {
    const p = await pagePoint(page, ll as [number, number]);
    const box = (await page.locator('#map').boundingBox())!;
    expect(
      p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height,
      `${name} in view`,
    ).toBe(true);
  }
  expect(offsite).toEqual([]);
});

test('dragging the slider changes the date in words and in the URL', async ({ page }) => {
  await openApp(page);
  const before = await page.locator('#date-output').textContent();
  const slider = page.locator('#date-slider');
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('#date-output')).not.toHaveText(before ?? '');
  const text = (await page.locator('#date-output').textContent()) ?? '';
  expect(text).toMatch(/^\d{1,2} [A-Z][a-z]+ 20(21|22)$/);
  await expect
    .poll(() => new URL(page.url()).searchParams.get('date'))
    .toBe(await page.locator('#date-output').getAttribute('data-iso'));
});

test('keyboard moves the slider a day with arrows and a month with Page Up', async ({ page }) => {
  await openApp(page, '?date=2022-03-26');
  await page.locator('#date-slider').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-03-27');
  await page.keyboard.press('PageUp');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-04-27');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-03-26');
  await expect(page.locator('#date-slider')).toHaveAttribute('aria-valuetext', '26 March 2022');
});

const HANDOVERS: [string, string, string][] = [
  ['aghdam-district', '2020-11-19', '2020-11-20'],
  ['kalbajar-district', '2020-11-24', '2020-11-25'],
  ['lachin-district', '2020-11-30', '2020-12-01'],
];
for (const [layer, before, after] of HANDOVERS) {
  test(`${layer} changes hands between ${before} and ${after}`, async ({ page }) => {
    await openApp(page, '?map=8/39.85/46.5');
    await setSliderDate(page, before);
    expect(await renderedStatuses(page, layer)).toEqual(['armenian-held']);
    await setSliderDate(page, after);
    expect(await renderedStatuses(page, layer)).toEqual(['azerbaijan']);
  });
}

test('the corridor moves to the new road on 30 Aug 2022 and the zone is gone after 12 Jun 2024', async ({
  page,
}) => {
  await openApp(page);
  await setSliderDate(page, '2022-08-29');
  const ids = async (layer: string) =>
    page.evaluate((layer) => {
      const app = (
        window as unknown as {
          __app: { drawn(o: unknown): { properties: { id: string } }[] };
        }
      ).__app;
      return [...new Set(app.drawn({ layers: [layer] }).map((f) => f.properties.id))].sort();
    }, layer);
  expect(await ids('lachin-corridor')).toEqual(['lachin-corridor-original']);
  await setSliderDate(page, '2022-08-30');
  expect(await ids('lachin-corridor')).toEqual(['lachin-corridor-bypass']);
  expect(await ids('peacekeeping-zone')).toEqual(['zone-2022-03']);
  await setSliderDate(page, '2024-06-13');
  expect(await ids('peacekeeping-zone')).toEqual([]);
  expect(await ids('lachin-corridor')).toEqual([]);
});

test('a deep link opens Farrukh with its sources', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&place=farrukh');
  const panel = page.getByRole('complementary', { name: 'Details and sources' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Farrukh/);
  await expect(panel).toContainText('Parukh');
  await expect(panel.locator('[data-source="S001a"]').first()).toContainText('Deutsche Welle');
  await expect(panel.locator('[data-status="contested"]').first()).toBeVisible();
});

test('clicking the Farrukh marker opens the same panel; Escape closes it', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&map=10/40.02/46.8');
  const p = await pagePoint(page, FARRUKH);
  await page.mouse.click(p.x, p.y);
  const panel = page.getByRole('complementary', { name: 'Details and sources' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Farrukh/);
  await expect(panel.locator('[data-source="S001a"]').first()).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('farrukh');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('an event tick moves the slider to the event and shows who claims what', async ({ page }) => {
  await openApp(page);
  // the 26 Mar 2022 statement's tick covers the Farrukh band: a click there asks which event is meant
  const box = await page.locator('.tick[data-event="farrukh-incident-2022-03"]').boundingBox();
  if (!box) throw new Error('no Farrukh tick');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const chooser = page.getByRole('dialog', { name: 'Several events here: choose one' });
  await expect(chooser.locator('button')).not.toHaveCount(0);
  await chooser.locator('button[data-event="farrukh-incident-2022-03"]').click();
  await expect(chooser).toBeHidden();
  // the chosen button left with the list: focus stays in the app, not on the page body
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-03-24');
  const panel = page.getByRole('complementary', { name: 'Details and sources' });
  await expect(panel.locator('.claim[data-claimant="ru-mod"]').first()).toBeVisible();
  await expect(panel.locator('.claim[data-claimant="az-mod"]').first()).toBeVisible();
  await expect
    .poll(() => new URL(page.url()).searchParams.get('event'))
    .toBe('farrukh-incident-2022-03');
});

test('a malformed link falls back to defaults and says what was ignored', async ({ page }) => {
  await openApp(page, '?date=2023-02-30&place=atlantis&map=oops');
  await expect(page.locator('.notice')).toContainText('date=2023-02-30');
  await expect(page.locator('.notice')).toContainText('place=atlantis');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2020-11-10');
  await expect(page.locator('#panel')).toBeHidden();
});

/** Into the ignored test-results/ folder; `npm run docs:screenshots` writes the README's copies in docs/. */
const SCREENSHOTS = process.env.DOCS_SCREENSHOTS ? 'docs' : 'test-results/screenshots';

test('screenshots at three dates', async ({ page }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const iso of ['2020-11-10', '2022-03-26', '2022-09-01']) {
    await openApp(page, `?date=${iso}`);
    await waitForIdle(page);
    await page.screenshot({ path: `${SCREENSHOTS}/screenshot-${iso}.png` });
  }
});
