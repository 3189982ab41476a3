/**
 * Layout at phone, tablet and laptop sizes: no interactive element overlaps or hides another, the
 * map keeps at least half the viewport, and the legend, the slider and the tour's Next are usable.
 */
import { test, expect, openApp } from './harness.ts';
import { clashes } from './overlap.ts';

const SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  // the shortest supported screen, landscape
  { width: 800, height: 400 },
];

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('nothing overlaps, the map is at least half the screen, legend and slider work', async ({
      page,
    }) => {
      await openApp(page, '?date=2022-03-26');
      expect(await clashes(page)).toEqual({ overlaps: [], covered: [] });

      // the page fits the screen: no scrolling either way
      const scroll = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      }));
      expect(scroll).toEqual({ x: 0, y: 0 });

      const map = (await page.locator('#map').boundingBox())!;
      expect(map.height).toBeGreaterThanOrEqual(size.height / 2);
      expect(map.width).toBe(size.width);

      // the slider is on screen and wide enough to aim at a month
      const slider = page.locator('#date-slider');
      await expect(slider).toBeInViewport({ ratio: 1 });
      expect((await slider.boundingBox())!.width).toBeGreaterThanOrEqual(size.width * 0.8);

      // event ticks are 24 px targets
      const tick = (await page.locator('.tick-day').first().boundingBox())!;
      expect(tick.width).toBeGreaterThanOrEqual(24);
      expect(tick.height).toBeGreaterThanOrEqual(24);

      // the scale bar's text is readable
      const scaleFont = await page
        .locator('.maplibregl-ctrl-scale')
        .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(scaleFont).toBeGreaterThanOrEqual(12);

      // the legend is reachable: folded on small screens, it opens inside the map
      const legend = page.locator('#legend');
      const summary = legend.locator('summary');
      await expect(summary).toBeInViewport({ ratio: 1 });
      if (!(await legend.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)))
        await summary.click();
      await expect(legend.locator('.legend-items li').first()).toBeVisible();
      const box = (await legend.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
      expect(await clashes(page)).toEqual({ overlaps: [], covered: [] });
    });

    test('with the panel open, nothing is hidden under it', async ({ page }) => {
      await openApp(page, '?date=2022-03-26&place=farrukh');
      await expect(page.locator('#panel h2')).toHaveText(/Farrukh/);
      // on phones the panel is a bottom sheet over the timeline, closed with × or Escape
      const sheet = size.width <= 640 ? '#panel' : undefined;
      expect(await clashes(page, sheet)).toEqual({ overlaps: [], covered: [] });
    });

    test('in the tour, the card is never under the panel and Next can be pressed', async ({
      page,
    }) => {
      await openApp(page, '?tour=3');
      const tour = page.getByRole('region', { name: 'Guided tour' });
      await expect(tour.getByRole('heading', { level: 2 })).toHaveText(/step 3 of/);
      expect(await clashes(page)).toEqual({ overlaps: [], covered: [] });
      await tour.getByRole('button', { name: 'Next' }).click();
      await expect(tour.getByRole('heading', { level: 2 })).toHaveText(/step 4 of/);
      expect(await clashes(page)).toEqual({ overlaps: [], covered: [] });
    });
  });
}
