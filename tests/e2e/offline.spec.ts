/**
 * Offline after the first visit: the service worker precaches the app, its data and its fonts, so a
 * reload with the network off draws the same map; a new deployment is offered with a Reload button.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, openApp, waitForIdle, renderedStatuses } from './harness.ts';

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page and has precached everything. */
async function waitForOfflineCopy(page: import('@playwright/test').Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

test('after one visit the map opens with the network off', async ({ page, context }) => {
  await openApp(page, '?date=2022-03-26&map=8/39.85/46.5');
  await waitForOfflineCopy(page);

  await context.setOffline(true);
  await page.goto('/?date=2020-11-19&map=8/39.85/46.5'); // another view: the same page, from the cache
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await waitForIdle(page);
  expect(await renderedStatuses(page, 'aghdam-district')).toEqual(['armenian-held']);
  await expect(page.locator('.notice-error')).toHaveCount(0);
  // the labels' fonts came from the cache too
  expect(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .some((r) => r.name.includes('noto-sans-latin-400') && r.name.endsWith('.woff2')),
    ),
  ).toBe(true);
});

test('a new deployment is offered, and Reload switches to it', async ({ page }) => {
  await openApp(page);
  await waitForOfflineCopy(page);
  // "deploy" a new version: the served sw.js changes (the browser fetches it itself, past any route)
  const file = join(process.env.E2E_DIST ?? 'dist', 'sw.js');
  const deployed = await readFile(file, 'utf8');
  try {
    await writeFile(file, deployed.replace(/"version":"[0-9a-f]+"/, '"version":"next"'));
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const notice = page.locator('.notice-update');
    await expect(notice).toContainText('A new version of the map is available.');
    // wait for the reload itself: the old page is also "ready" until it goes
    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await expect
      .poll(() =>
        page
          .evaluate(async () => {
            const keys = await caches.keys();
            return keys.length === 1 && keys[0]!.endsWith(' next');
          })
          .catch(() => false),
      )
      .toBe(true);
    await expect(page.locator('.notice-update')).toHaveCount(0);
  } finally {
    await writeFile(file, deployed);
  }
});
