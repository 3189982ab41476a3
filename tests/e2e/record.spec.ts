/** The record in the panel: places only mentioned are listed but not selectable, one-sided events say so. */
import { test, expect, openApp } from './harness.ts';

test('an event lists places its sources only mention, apart from where it happened', async ({
  page,
}) => {
  await openApp(page, '?date=2021-06-01&event=peacekeeping-mission-2020-11-10');
  const panel = page.locator('#panel');
  await expect(page.locator('#panel-title')).toHaveText(/Russian peacekeeping mission/);
  const mentioned = panel.locator('.event-mentioned');
  await expect(mentioned).toContainText('Lake Sevan basin / Goycha');
  await expect(mentioned).toContainText('Syunik / Zangazur');
  // mentioned places are not buttons: they are not where the mission happened
  await expect(panel.locator('.event-places button[data-place="goycha"]')).toHaveCount(0);
  await expect(panel.locator('.event-places button[data-place="nagorno-karabakh"]')).toHaveCount(1);
  await expect(panel).toBeVisible();
});

test('a contested event heard from one side says what was looked for', async ({ page }) => {
  await openApp(page, '?date=2023-09-20&event=peacekeepers-killed-2023-09-20');
  await expect(page.locator('.claim[data-claimant="az-prosecutor"]')).toBeVisible();
  await expect(page.locator('.claim[data-claimant="ru-mod"]')).toBeVisible();
  await expect(page.locator('.sides-note')).toContainText(
    'No Armenian or Karabakh Armenian account',
  );
});
