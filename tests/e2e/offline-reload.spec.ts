/** Issue 16 item 9: a reader who loses the network and reloads still gets the app, not the browser's error page. */
import { test, expect, openApp } from './harness.ts';

test.use({ serviceWorkers: 'allow' });

test('offline reload still shows the app, its date and its list', async ({ page, context }) => {
  await openApp(page, '?date=2022-03-26');
  // the service worker (src/offline/) controls the page once it has precached the app
  await expect
    .poll(() => page.evaluate(() => !!navigator.serviceWorker?.controller), {
      message: 'a service worker controls the page',
    })
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Karabakh');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-03-26');
  await expect(page.locator('.notice-error')).toHaveCount(0);
  await page.getByRole('button', { name: 'List' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Events in date order' })
      .locator('li[data-event="farrukh-incident-2022-03"]'),
  ).toBeVisible();
});
