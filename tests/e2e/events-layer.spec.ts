/**
 * The event points (a custom WebGL layer drawing a time-sorted buffer, src/map/events-layer.ts):
 * what it draws follows the date, and a click on a point opens that event.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp, pagePoint, setSliderDate } from './harness.ts';

const FARRUKH: [number, number] = [46.80111, 40.01944];
const INCIDENT = 'farrukh-incident-2022-03';

/** Ids of the events the layer drew in its last frame. */
async function drawnEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const layer = (
      window as unknown as {
        __app: {
          map: {
            getLayer(id: string): {
              implementation: { drawnEvents(): number[]; ids: string[] | null };
            };
          };
        };
      }
    ).__app.map.getLayer('events').implementation;
    return layer
      .drawnEvents()
      .map((k) => layer.ids?.[k] ?? `#${k}`)
      .sort();
  });
}

test('the event points drawn are the events near the date', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&map=10/40.02/46.8');
  expect(await drawnEvents(page)).toContain(INCIDENT);
  await setSliderDate(page, '2022-04-09'); // the last day within a fortnight of its end
  expect(await drawnEvents(page)).toContain(INCIDENT);
  await setSliderDate(page, '2022-04-11');
  expect(await drawnEvents(page)).not.toContain(INCIDENT);
  // days before it began: not marked (the map must not show what has not happened yet)
  await setSliderDate(page, '2022-03-20');
  expect(await drawnEvents(page)).not.toContain(INCIDENT);
});

test('clicking an event point opens the event', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&map=10/40.02/46.8');
  const p = await pagePoint(page, FARRUKH);
  // events are drawn 14 px right of and above their place
  await page.mouse.click(p.x + 14, p.y - 14);
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(INCIDENT);
  const panel = page.getByRole('complementary', { name: 'Details and sources' });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(/Farrukh|Parukh/);
});
