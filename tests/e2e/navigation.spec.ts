/** History, playback ends and the way home: what Back, Play and the home button do for a reader. */
import { test, expect, openApp, setSliderDate } from './harness.ts';
import type { Page } from '@playwright/test';

const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
const panelTitle = (page: Page) =>
  page.getByRole('complementary', { name: 'Details and sources' }).getByRole('heading', {
    level: 2,
  });

test('Back after three “Next event” steps returns to the previous event, not the previous site', async ({
  page,
}) => {
  await page.goto('/?date=2020-11-19'); // a first entry: the app must not be left by one Back
  await openApp(page, '?date=2020-11-19');
  const next = page.getByRole('button', { name: /Next event/ });
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    await next.click();
    await expect.poll(() => param(page, 'event')).not.toBe(seen.at(-1) ?? null);
    seen.push(param(page, 'event') ?? '');
  }
  const titles = [];
  await page.goBack();
  await expect.poll(() => param(page, 'event')).toBe(seen[1]);
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2020-11-25');
  titles.push(await panelTitle(page).textContent());
  expect(titles[0]).toMatch(/Kalbajar/);
  await page.goBack();
  await expect.poll(() => param(page, 'event')).toBe(seen[0]);
  await expect(panelTitle(page)).toHaveText(/Aghdam/);
  await page.goForward();
  await expect.poll(() => param(page, 'event')).toBe(seen[1]);
  await expect(panelTitle(page)).toHaveText(/Kalbajar/);
  await page.goBack();
  await page.goBack();
  // the state before the first step: no event, its date, still this app
  await expect.poll(() => param(page, 'date')).toBe('2020-11-19');
  expect(param(page, 'event')).toBeNull();
  await expect(page.getByRole('complementary', { name: 'Details and sources' })).toBeHidden();
});

test('dragging the slider and playing do not flood the history; compare on/off is an entry', async ({
  page,
}) => {
  await openApp(page, '?date=2021-01-01');
  const length = () => page.evaluate(() => history.length);
  const before = await length();
  for (const iso of ['2021-02-01', '2021-03-01', '2021-04-01', '2021-05-01'])
    await setSliderDate(page, iso);
  expect(await length()).toBe(before);
  expect(param(page, 'date')).toBe('2021-05-01');
  await page.getByRole('button', { name: 'Compare two dates' }).click();
  await expect.poll(() => param(page, 'compare')).not.toBeNull();
  expect(await length()).toBe(before + 1);
  await page.goBack();
  await expect.poll(() => param(page, 'compare')).toBeNull();
  await expect(page.getByRole('region', { name: 'Compare two dates' })).toBeHidden();
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2021-05-01');
});

test('Play on the last day starts again from the first day', async ({ page }) => {
  await openApp(page, '?date=2024-06-30');
  await page.locator('#play').click();
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => (await page.locator('#date-output').getAttribute('data-iso')) ?? '')
    .toMatch(/^2020-/);
  await page.locator('#play').click();
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
});

test('stepping to an event or dragging the slider stops playback', async ({ page }) => {
  await openApp(page, '?date=2021-01-01');
  const play = page.locator('#timeline').getByRole('button', { name: 'Play', exact: true });
  await play.click();
  await expect(page.locator('#timeline').getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(']');
  await expect(play).toBeVisible();
  const landed = await page.locator('#date-output').getAttribute('data-iso');
  const event = param(page, 'event');
  expect(event).not.toBeNull();
  // a week per second would have moved the date on by now
  await page.waitForTimeout(1500);
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', landed ?? '');
  expect(param(page, 'event')).toBe(event);

  await play.click();
  await setSliderDate(page, '2022-01-01');
  await expect(play).toBeVisible();
});
