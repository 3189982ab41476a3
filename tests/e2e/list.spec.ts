/** The list view: toggled with the map, filtered by place, actor and text, in step with slider and selection. */
import { test, expect, openApp, setSliderDate } from './harness.ts';

test('the list view toggles with the map and stays in the URL', async ({ page }) => {
  await openApp(page, '?date=2022-03-26');
  const list = page.getByRole('region', { name: 'All events in date order' });
  await expect(list).toBeHidden();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(list).toBeVisible();
  await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('list');
  await expect(page.locator('#map')).toBeHidden();
  // every event, in date order, each with its sources
  const items = list.locator('.event-list > li');
  await expect(items).toHaveCount(39);
  const dates = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')));
  expect(dates[0]).toBe('first-karabakh-war-1988-02');
  expect(dates.at(-1)).toBe('withdrawal-complete-2024-06-12');
  for (const li of await items.all()) await expect(li.locator('.source').first()).toBeAttached();

  await page.getByRole('button', { name: 'Map' }).click();
  await expect(list).toBeHidden();
  await expect(page.locator('#map')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.has('view')).toBe(false);
});

test('the list filters by place, actor and text, in any spelling', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&view=list');
  const list = page.locator('#list');
  const shown = list.locator('.event-list > li:visible');
  await expect(list.locator('.list-count')).toHaveText('All 39 events');

  await list.getByLabel('Place').selectOption('farrukh');
  await expect(shown).toHaveCount(1);
  await expect(shown.first()).toHaveAttribute('data-event', 'farrukh-incident-2022-03');
  await expect(list.locator('.list-count')).toHaveText('1 of 39 events');

  await list.getByRole('button', { name: 'Clear filters' }).click();
  await expect(list.locator('.list-count')).toHaveText('All 39 events');

  await list.getByLabel('Actor').selectOption('ru-mod');
  const byActor = await shown.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')));
  expect(byActor).toContain('farrukh-incident-2022-03');
  expect(byActor).not.toContain('gas-supply-cut-2022-03');
  await list.getByLabel('Actor').selectOption('');

  // text matches places by any of their names, diacritics folded
  await list.getByLabel('Text').fill('Berdzor');
  const byText = await shown.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')));
  expect(byText).toContain('lachin-bypass-2022-08-26');
  expect(byText).toContain('lachin-handover-2020-12-01');
  expect(byText).not.toContain('farrukh-incident-2022-03');
  await list.getByLabel('Text').fill('Fərrux');
  await expect(shown.first()).toBeVisible();
  expect(
    await shown.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event'))),
  ).toContain('farrukh-incident-2022-03');
});

test('the list follows the slider and the selection', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&view=list');
  const item = (id: string) => page.locator(`#list li[data-event="${id}"]`);
  await expect(item('farrukh-incident-2022-03')).toHaveAttribute('data-when', 'on');
  await expect(item('farrukh-incident-2022-03')).toContainText('On the date shown');
  await expect(item('farrukh-incident-2022-03')).toBeInViewport();

  await setSliderDate(page, '2023-04-10');
  await expect(item('corridor-route-change-2023-03-30')).toHaveAttribute('data-when', 'latest');
  await expect(item('farrukh-incident-2022-03')).toHaveAttribute('data-when', '');
  await expect(item('blockade-2022-12-12')).toHaveAttribute('data-when', 'on');
  await expect(item('corridor-route-change-2023-03-30')).toBeInViewport();

  // choosing an event in the list selects it: the slider jumps, the panel opens, the item is current
  await item('kalbajar-handover-2020-11-25').locator('button[data-event]').click();
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2020-11-25');
  await expect(page.locator('#panel-title')).toHaveText(/Kalbajar/);
  await expect(item('kalbajar-handover-2020-11-25')).toHaveAttribute('aria-current', 'true');
  await expect(item('kalbajar-handover-2020-11-25')).toHaveAttribute('data-when', 'on');

  // a place chosen in the list marks the events there
  // (the monastery is where the 2024 departure happened, not the 2020 handover of the district)
  await item('peacekeepers-leave-khudavang-2024-04')
    .locator('button[data-place="khudavang"]')
    .click();
  await expect(page.locator('#panel-title')).toHaveText(/Khudavang/);
  await expect(item('peacekeepers-leave-khudavang-2024-04')).toHaveClass(/at-place/);
  await expect(item('kalbajar-handover-2020-11-25')).not.toHaveClass(/at-place/);
  await expect(item('kalbajar-handover-2020-11-25')).not.toHaveAttribute('aria-current', 'true');
});
