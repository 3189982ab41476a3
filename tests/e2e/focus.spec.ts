/**
 * Focus and Escape with a real map (issue 16 items 2–4): focus never drops to <body>, Escape closes only
 * the topmost thing, and playback leaves the panel alone (Cite can be opened and keeps focus).
 */
import { test, expect, openApp, setSliderDate } from './harness.ts';

const focusedTag = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return a === document.body || !a ? 'BODY' : `${a.tagName}#${a.id}`;
  });

test('a link inside the panel and "Go to this date" keep focus in the panel', async ({ page }) => {
  await openApp(page, '?event=farrukh-incident-2022-03');
  await page.locator('#panel [data-place="farrukh"]').first().click();
  await expect(page.locator('#panel-title')).toHaveText(/Farrukh/);
  expect(await focusedTag(page)).toBe('H2#panel-title');

  await page.locator('#panel .panel-events [data-event]').first().click();
  await expect(page.locator('#panel [data-jump]')).toBeHidden();
  expect(await focusedTag(page)).toBe('H2#panel-title');
  await setSliderDate(page, '2023-01-01'); // elsewhere in time: "Go to this date" shows
  const jump = page.locator('#panel [data-jump]');
  await expect(jump).toBeVisible();
  await jump.click();
  await expect(jump).toBeHidden();
  expect(await focusedTag(page)).toBe('H2#panel-title');
});

test('tour Next and Previous keep focus on the pressed button; End tour focuses Guided tour', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('#tour-start').click();
  const next = page.locator('#tour').getByRole('button', { name: 'Next' });
  await next.click();
  await expect(page.locator('#tour')).toContainText('step 2 of');
  await expect(next).toBeFocused();
  await page.locator('#tour').getByRole('button', { name: 'Previous' }).click();
  await expect(page.locator('#tour')).toContainText('step 1 of');
  expect(await focusedTag(page)).not.toBe('BODY');
  await page.locator('#tour').getByRole('button', { name: 'End tour' }).click();
  await expect(page.locator('#tour')).toBeHidden();
  await expect(page.locator('#tour-start')).toBeFocused();
});

test('Escape closes About the data first, the panel only with the next press', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&place=farrukh');
  await page.locator('#notes-button').click();
  await expect(page.locator('#notes')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#notes')).toBeHidden();
  await expect(page.locator('#panel')).toBeVisible();
  await expect(page).toHaveURL(/place=farrukh/);
  await page.keyboard.press('Escape');
  await expect(page.locator('#panel')).toBeHidden();
});

test('Escape hands focus back even when the opener was re-rendered', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&view=list');
  // open from the list, then change the names (the list re-renders its place buttons)
  await page
    .locator('#list li[data-event="farrukh-incident-2022-03"] [data-place]')
    .first()
    .click();
  await expect(page.locator('#panel')).toBeVisible();
  await page.locator('#names-select').selectOption('az');
  await page.locator('#panel-title').focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('#panel')).toBeHidden();
  expect(await focusedTag(page)).not.toBe('BODY');
});

test('while playing, the panel is not rebuilt: Cite opens and keeps focus', async ({ page }) => {
  await openApp(page, '?date=2020-11-10&place=lachin-corridor');
  const cite = page.locator('#panel .cite-button');
  await cite.evaluate((b) => {
    (b as HTMLElement).dataset.mark = 'same';
  });
  await page.locator('#play').click();
  await expect(page.locator('#date-output')).not.toHaveAttribute('data-iso', '2020-11-10');
  await cite.click();
  await expect(page.locator('#panel .cite-text')).toBeFocused();
  // the date moves on, the panel's nodes stay
  const before = await page.locator('#date-output').getAttribute('data-iso');
  await expect(page.locator('#date-output')).not.toHaveAttribute('data-iso', before ?? '');
  await expect(page.locator('#panel .cite-button')).toHaveAttribute('data-mark', 'same');
  await expect(page.locator('#panel .cite-text')).toBeFocused();
  await page.locator('#play').click();
});
