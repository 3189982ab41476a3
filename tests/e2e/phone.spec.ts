/** Phones: at 390×844, by touch, the map, the timeline and the panel (a bottom sheet) work. */
import { test, expect, openApp, pagePoint, waitForIdle } from './harness.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const FARRUKH: [number, number] = [46.80111, 40.01944];

test('at 390×844 a tap opens the bottom sheet, the slider works by touch, nothing scrolls sideways', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26&map=10/40.0/46.8');
  const noSideScroll = () =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await noSideScroll()).toBe(true);
  expect(await page.evaluate(() => window.innerWidth)).toBe(390);

  // the map, the timeline and the toolbar are all on screen
  for (const sel of ['#map', '#date-slider', '#search-input', '#names-select'])
    await expect(page.locator(sel), sel).toBeInViewport();

  // tap the Farrukh marker: the panel opens as a sheet over the lower part of the map, full width,
  // ending where the timeline begins (the date stays in view)
  const p = await pagePoint(page, FARRUKH);
  await page.touchscreen.tap(p.x, p.y);
  const panel = page.getByRole('complementary', { name: 'Details and sources' });
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Farrukh/);
  const sheet = (await panel.boundingBox())!;
  const timeline = (await page.locator('#timeline').boundingBox())!;
  expect(sheet.width).toBe(390);
  expect(Math.round(sheet.y + sheet.height)).toBeLessThanOrEqual(Math.round(timeline.y));
  expect(sheet.y).toBeGreaterThan(844 * 0.25);
  await expect(page.locator('#date-slider')).toBeInViewport({ ratio: 1 });
  expect(await noSideScroll()).toBe(true);

  // the sheet's close button is a comfortable touch target and closes it
  const close = panel.getByRole('button', { name: 'Close' });
  const closeBox = (await close.boundingBox())!;
  expect(closeBox.width).toBeGreaterThanOrEqual(44);
  expect(closeBox.height).toBeGreaterThanOrEqual(44);
  await close.tap();
  await expect(panel).toBeHidden();

  // a tap on the slider track moves the date
  const slider = (await page.locator('#date-slider').boundingBox())!;
  await page.touchscreen.tap(slider.x + slider.width * 0.9, slider.y + slider.height / 2);
  await expect
    .poll(async () => (await page.locator('#date-output').getAttribute('data-iso')) ?? '')
    .toMatch(/^2024-/);
  await waitForIdle(page);

  // the list and the search work at this size too
  await page.getByRole('button', { name: 'List' }).tap();
  await expect(page.locator('#list')).toBeVisible();
  expect(await noSideScroll()).toBe(true);
  await page.locator('#search-input').tap();
  await page.keyboard.type('Parukh');
  await page.getByRole('option').first().tap();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Farrukh/);
  expect(await noSideScroll()).toBe(true);

  // text is readable: nothing visible is smaller than 12 px
  const tiny = await page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || !n.textContent?.trim()) continue;
      const box = parent.getBoundingClientRect();
      const style = getComputedStyle(parent);
      if (box.width === 0 || style.visibility === 'hidden' || parent.closest('[hidden]')) continue;
      if (parent.closest('.visually-hidden')) continue;
      if (parseFloat(style.fontSize) < 12) small.push(`${parent.tagName}: ${n.textContent.trim()}`);
    }
    return small;
  });
  expect(tiny).toEqual([]);
});
