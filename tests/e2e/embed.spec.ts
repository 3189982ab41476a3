/**
 * Embed: the Share dialog's iframe snippet, pasted into an article column 640 px wide, shows a
 * 640 × 400 map with a compact header, a usable legend and slider, nothing overlapping, and a link
 * to the full map at the same view.
 */
import type { Frame } from '@playwright/test';
import { test, expect, openApp } from './harness.ts';
import { clashes } from './overlap.ts';

test.use({ viewport: { width: 900, height: 700 } });

async function frameIdle(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => document.body.dataset.ready === 'true');
  await frame.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as {
            __app: { map: { once(e: string, f: () => void): void; triggerRepaint(): void } };
          }
        ).__app.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

test('the Embed snippet works in a 640 px article column', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&place=farrukh');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const snippet = await dialog.getByLabel('HTML to paste into an article').inputValue();
  expect(snippet).toMatch(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1[^"]*" title="[^"]+"/,
  );
  expect(snippet).toContain('date=2022-03-26');
  expect(snippet).toContain('place=farrukh');
  expect(snippet).toContain('width: 100%');
  const link = await dialog.getByLabel('Link to this view').inputValue();
  expect(link).not.toContain('embed');

  // an article page with the snippet in a 640 px column
  await page.setContent(
    `<!doctype html><html lang="en"><body style="margin:0"><main style="width:640px;margin:20px">${snippet}</main></body></html>`,
  );
  const iframe = page.locator('iframe');
  const box = (await iframe.boundingBox())!;
  expect(Math.round(box.width)).toBe(640);
  expect(Math.round(box.height)).toBe(400);
  const frame = (await iframe.elementHandle())!.contentFrame();
  const f = (await frame)!;
  await frameIdle(f);

  expect(await clashes(f)).toEqual({ overlaps: [], covered: [] });
  // compact header: title and date on one line, then the map
  const header = (await f.locator('.app-header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(48);
  await expect(f.locator('.embed-date')).toHaveText('26 March 2022');
  const map = (await f.locator('#map').boundingBox())!;
  expect(map.height).toBeGreaterThanOrEqual(200);
  await expect(f.locator('#date-slider')).toBeInViewport({ ratio: 1 });

  // the link to the full map keeps the view, without embed mode, in a new tab
  const open = f.getByRole('link', { name: /Open the full map/ });
  expect(await open.getAttribute('target')).toBe('_blank');
  const href = new URL((await open.getAttribute('href'))!);
  expect(href.searchParams.get('embed')).toBeNull();
  expect(href.searchParams.get('date')).toBe('2022-03-26');
  expect(href.searchParams.get('place')).toBe('farrukh');

  // the panel folds away, and the legend opens inside the map; still nothing overlaps
  await f.getByRole('button', { name: 'Close' }).first().click();
  await expect(f.locator('#panel')).toBeHidden();
  const summary = f.locator('#legend summary');
  await summary.click();
  await expect(f.locator('#legend .legend-items li').first()).toBeVisible();
  const legend = (await f.locator('#legend').boundingBox())!;
  expect(legend.y + legend.height).toBeLessThanOrEqual(map.y + map.height);
  expect(await clashes(f)).toEqual({ overlaps: [], covered: [] });

  // the slider moves the date shown in the header
  const slider = (await f.locator('#date-slider').boundingBox())!;
  await page.mouse.click(slider.x + slider.width * 0.95, slider.y + slider.height / 2);
  await expect(f.locator('.embed-date')).toHaveText(/2024/);
});
