/** State that never goes stale or contradicts itself: tour, compare, the camera in the URL, the home view. */
import { test, expect, openApp, setSliderDate, waitForIdle } from './harness.ts';
import type { Page } from '@playwright/test';

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const zoomOf = async (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __app: { map: { getZoom(): number } } }).__app.map.getZoom(),
  );
const tourCard = (page: Page) => page.getByRole('region', { name: 'Guided tour' });

test('the tour ends when the reader moves the slider away from its step', async ({ page }) => {
  await openApp(page, '?tour=1');
  await expect(tourCard(page)).toContainText('A second war');
  await setSliderDate(page, '2024-06-30');
  await expect(tourCard(page)).toBeHidden();
  await expect.poll(() => param(page, 'tour')).toBeNull();
});

test('“Guided tour” on step 1 brings back the step’s date, selection and view', async ({
  page,
}) => {
  await openApp(page, '?tour=1');
  const step1 = param(page, 'map');
  await page
    .getByRole('complementary', { name: 'Details and sources' })
    .getByRole('button', { name: 'Close' })
    .click();
  await page.locator('#map canvas').focus();
  await page.keyboard.press('+');
  await expect.poll(() => param(page, 'map')).not.toBe(step1);
  await page.getByRole('button', { name: 'Guided tour' }).click();
  await expect.poll(() => param(page, 'map')).toBe(step1);
  await expect(param(page, 'event')).toBe('second-karabakh-war-2020-09-27');
  await expect(page.locator('#tour-title')).toBeFocused();
});

test('compare switched on at the first day compares with another date, not the same one', async ({
  page,
}) => {
  await openApp(page, '?date=2020-09-27');
  await page.getByRole('button', { name: 'Compare two dates' }).click();
  await expect.poll(() => param(page, 'compare')).not.toBeNull();
  expect(param(page, 'compare')).not.toBe('2020-09-27');
  await expect(page.getByRole('region', { name: 'Compare two dates' })).not.toContainText(
    'between 27 September 2020 and 27 September 2020',
  );
});

test('an empty or out-of-range compare date gets a visible message', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&compare=2021-03-26');
  const input = page.locator('#compare-date');
  for (const bad of ['2019-01-01', '']) {
    await input.fill(bad);
    await input.dispatchEvent('change');
    await expect(page.getByRole('alert')).toContainText('27 September 2020');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(param(page, 'compare')).toBe('2021-03-26');
  }
  await input.fill('2021-06-01');
  await input.dispatchEvent('change');
  await expect.poll(() => param(page, 'compare')).toBe('2021-06-01');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('with the compare date after the slider date, the legend says which date is earlier', async ({
  page,
}) => {
  await openApp(page, '?date=2020-11-19&compare=2020-12-02');
  const box = page.getByRole('region', { name: 'Compare two dates' });
  await expect(box).toContainText('What changed between 19 November 2020 and 2 December 2020');
  await expect(box).not.toContainText('New or changed on 19 November 2020');
  await expect(box.locator('.legend-items li').first()).toContainText(
    '19 November 2020, the earlier date',
  );
  await expect(box.locator('.legend-items li').nth(1)).toContainText(
    '2 December 2020, the later date',
  );
});

test('map= follows the camera after search and a tour step; a clamped view is written back', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26&map=0/0/0');
  const [zoom] = (param(page, 'map') ?? '').split('/').map(Number);
  expect(param(page, 'map')).not.toBe('0.00/0.0000/0.0000');
  expect(zoom).toBeCloseTo(await zoomOf(page), 1);
  const before = param(page, 'map');
  await page.getByRole('combobox', { name: /Search/ }).fill('Lachin corridor');
  await page.keyboard.press('Enter');
  await expect.poll(() => param(page, 'map')).not.toBe(before);
  await page.getByRole('button', { name: 'Guided tour' }).click();
  await expect(tourCard(page)).toContainText('step 1 of');
  await expect.poll(() => param(page, 'map')).toBe('7.60/39.8500/46.5500');
});

test('a tour link that overrides date, place and map says so', async ({ page }) => {
  await openApp(page, '?tour=7&date=2021-01-01&place=lachin-corridor&map=9/39.6/46.5');
  await expect(tourCard(page)).toContainText('step 7 of');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('tour');
  await expect(notice).toContainText('date=2021-01-01');
  await expect(notice).toContainText('place=lachin-corridor');
  await expect(notice).toContainText('map=9.00/39.6000/46.5000');
});

test('a tour link written by the app itself opens without a notice', async ({ page }) => {
  await openApp(page, '?tour=7');
  await waitForIdle(page);
  await openApp(page, new URL(page.url()).search);
  await expect(tourCard(page)).toContainText('step 7 of');
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('the closest zoom suits the data; the home button brings back the whole area', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26&map=22/39.8/46.7');
  expect(await zoomOf(page)).toBeLessThanOrEqual(12);
  await expect.poll(() => param(page, 'map')?.split('/')[0]).toBe('12.00');
  await page.getByRole('button', { name: 'Show the whole area' }).click();
  // the home button flies there (600 ms): what it shows is read once the flight has ended
  const seesWholeArea = () =>
    page.evaluate(() => {
      const b = (
        window as unknown as {
          __app: { map: { getBounds(): { contains(p: [number, number]): boolean } } };
        }
      ).__app.map.getBounds();
      // Kalbajar, Lachin, Khankendi, Aghdam
      return [
        [46.15, 40.1],
        [46.55, 39.63],
        [46.75, 39.82],
        [46.93, 39.99],
      ].every((p) => b.contains(p as [number, number]));
    });
  await expect.poll(seesWholeArea).toBe(true);
  await expect.poll(() => Number(param(page, 'map')?.split('/')[0])).toBeLessThan(10);
});
