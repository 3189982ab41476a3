/** Shared browser-test fixture: blocks and records any request to another host, waits for the map. */
import { test as base, expect, type Page } from '@playwright/test';

/**
 * `auto`: runs in every test, whether or not the test names `offsite` (privacy: no request to another
 * host by default). On the context, so popups and workers are covered too; a test's own page.route
 * handlers take precedence.
 */
export const test = base.extend<{ offsite: string[] }>({
  offsite: [
    async ({ context }, use) => {
      const offsite: string[] = [];
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1')
          return route.continue();
        offsite.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      await use(offsite);
      expect(offsite, 'requests to hosts other than the app’s own').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Opens the app and waits until the map has drawn everything (no pending tiles). */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  if (!(await page.evaluate(() => '__app' in window)))
    throw new Error(
      'window.__app is missing: build for the browser tests with `npm run build -- --mode e2e --outDir …` (npm run test:e2e does)',
    );
  await waitForIdle(page);
}

export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (
          window as unknown as {
            __app: {
              map: {
                loaded(): boolean;
                once(e: string, f: () => void): void;
                triggerRepaint(): void;
              };
            };
          }
        ).__app.map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Moves the slider the way a reader's input does: sets its value and fires `input`. */
export async function setSliderDate(page: Page, iso: string): Promise<void> {
  await page.evaluate((iso) => {
    const input = document.getElementById('date-slider') as HTMLInputElement;
    input.value = String(Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, iso);
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', iso);
  await waitForIdle(page);
}

/** Statuses of the features drawn (visible) in one map layer. */
export async function renderedStatuses(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((layer) => {
    const app = (
      window as unknown as {
        __app: { drawn(o: unknown): { properties: { status: string } }[] };
      }
    ).__app;
    const statuses = app.drawn({ layers: [layer] }).map((f) => f.properties.status);
    return [...new Set(statuses)].sort();
  }, layer);
}

/** Screen position of a longitude/latitude inside the page. */
export async function pagePoint(
  page: Page,
  lngLat: [number, number],
): Promise<{ x: number; y: number }> {
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('map has no box');
  const p = await page.evaluate((ll) => {
    const map = (
      window as unknown as {
        __app: { map: { project(ll: [number, number]): { x: number; y: number } } };
      }
    ).__app.map;
    const q = map.project(ll);
    return { x: q.x, y: q.y };
  }, lngLat);
  return { x: box.x + p.x, y: box.y + p.y };
}
