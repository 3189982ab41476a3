import { test, expect, openApp, waitForIdle } from './harness.ts';

const iso = (page: import('@playwright/test').Page) =>
  page.locator('#date-output').getAttribute('data-iso');

test('playback advances the date and pauses', async ({ page }) => {
  await openApp(page, '?date=2021-01-01');
  await page.locator('#speed').selectOption('month');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => (await iso(page)) ?? '', { timeout: 10_000 })
    .toMatch(/^2021-0[2-9]/);
  await page.locator('#play').click();
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
  const stopped = await iso(page);
  await page.waitForTimeout(600);
  expect(await iso(page)).toBe(stopped);
});

test('playback stops at the end of the timeline', async ({ page }) => {
  await openApp(page, '?date=2024-06-20');
  await page.locator('#speed').selectOption('month');
  await page.locator('#play').click();
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2024-06-30', {
    timeout: 10_000,
  });
  await expect(page.locator('#play')).toHaveAttribute('aria-pressed', 'false');
});

test('next and previous land on event dates and the panel follows', async ({ page }) => {
  await openApp(page, '?date=2020-11-19');
  await page.getByRole('button', { name: /Next event/ }).click();
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2020-11-20');
  const panel = page.getByRole('complementary', { name: 'Details and sources' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Aghdam/);
  await page.keyboard.press(']');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2020-11-25');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Kalbajar/);
  await page.keyboard.press('[');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2020-11-20');
  await page.getByRole('button', { name: /Previous event/ }).click();
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2020-11-11');
});

test('compare 2020-11-19 → 2020-12-02 lists the three handovers and marks them on the map', async ({
  page,
}) => {
  await openApp(page, '?date=2020-12-02&compare=2020-11-19&map=8.3/39.85/46.5');
  const box = page.getByRole('region', { name: 'Compare two dates' });
  await expect(box).toContainText('What changed between 19 November 2020 and 2 December 2020');
  for (const id of [
    'aghdam-handover-2020-11-20',
    'kalbajar-handover-2020-11-25',
    'lachin-handover-2020-12-01',
  ]) {
    await expect(box.locator(`button[data-event="${id}"]`)).toBeVisible();
  }
  for (const id of ['aghdam-district', 'kalbajar-district', 'lachin-district']) {
    await expect(box.locator(`li[data-feature="${id}"]`)).toContainText(
      'Held by Armenian forces → Under Azerbaijani control',
    );
  }
  await waitForIdle(page);
  const marked = await page.evaluate(() => {
    const map = (
      window as unknown as {
        __app: {
          map: {
            queryRenderedFeatures(o: unknown): { properties: { id: string; status: string } }[];
          };
        };
      }
    ).__app.map;
    const now = map
      .queryRenderedFeatures({ layers: ['compare-now'] })
      .map((f) => `${f.properties.id}:${f.properties.status}`);
    const then = map
      .queryRenderedFeatures({ layers: ['compare-then'] })
      .map((f) => `${f.properties.id}:${f.properties.status}`);
    return { now: [...new Set(now)].sort(), then: [...new Set(then)].sort() };
  });
  expect(marked.now).toEqual([
    'aghdam-district:azerbaijan',
    'kalbajar-district:azerbaijan',
    'lachin-district:azerbaijan',
  ]);
  expect(marked.then).toEqual([
    'aghdam-district:armenian-held',
    'kalbajar-district:armenian-held',
    'lachin-district:armenian-held',
  ]);
  // the legend and the URL reproduce the state
  await expect(box).toContainText('(dotted)');
  expect(new URL(page.url()).searchParams.get('compare')).toBe('2020-11-19');
  // switching compare off removes the marks
  await page.locator('#compare-toggle').click();
  await expect(box).toBeHidden();
  await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBeNull();
});

test('compare can be switched on by mouse and keyboard', async ({ page }) => {
  await openApp(page, '?date=2022-09-01');
  await page.locator('#compare-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#compare-date')).toBeVisible();
  await page.locator('#compare-date').fill('2022-08-01');
  // in the app's words, whatever form the browser's date field uses
  await expect(page.locator('#compare-date-words')).toHaveText('1 August 2022');
  await expect(page.getByRole('region', { name: 'Compare two dates' })).toContainText(
    'Lachin corridor, new road with a temporary link',
  );
  await expect.poll(() => new URL(page.url()).searchParams.get('compare')).toBe('2022-08-01');
});

test('a tour deep link opens its step, and the tour moves on', async ({ page }) => {
  await openApp(page, '?tour=7');
  const card = page.getByRole('region', { name: 'Guided tour' });
  await expect(card).toContainText('step 7 of 11');
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('Farrukh / Parukh');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-03-26');
  await expect(page.getByRole('complementary', { name: 'Details and sources' })).toContainText(
    'Ministry of Defence of Russia',
  );
  await card.getByRole('button', { name: 'Next' }).click();
  await expect(card).toContainText('step 8 of 11');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-08-26');
  // the words agree with the map: Lachin town changes hands, the corridor keeps its road until 30 Aug
  await expect(card.getByRole('heading', { level: 3 })).toHaveText('Lachin town changes hands');
  await expect(card).toContainText('30 August');
  await expect(page.locator('#date-caption')).toContainText('keeps its old road until 30 Aug');
  expect(new URL(page.url()).searchParams.get('tour')).toBe('8');
  await card.getByRole('button', { name: 'End tour' }).click();
  await expect(card).toBeHidden();
});

test('the density strip and precision marks are drawn on the track', async ({ page }) => {
  await openApp(page);
  const bars = await page.locator('.density-bar').count();
  expect(bars).toBeGreaterThan(40);
  await expect(page.locator('.tick-range[data-event="blockade-2022-12-12"]')).toHaveCount(1);
  await expect(
    page.locator('.tick-approximate[data-event="peacekeepers-leave-khudavang-2024-04"]'),
  ).toHaveCount(1);
  const width = await page
    .locator('.tick-range[data-event="blockade-2022-12-12"]')
    .evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(100);
});
