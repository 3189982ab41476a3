/** Contested names (Both / Azerbaijani / Armenian / Russian-derived) and search by any spelling. */
import type { Page } from '@playwright/test';
import { test, expect, openApp, waitForIdle } from './harness.ts';

/** The label MapLibre drew for a place (the evaluated text-field of the rendered symbol). */
async function mapLabel(page: Page, id: string): Promise<string | null> {
  return page.evaluate((id) => {
    const map = (
      window as unknown as {
        __app: {
          map: {
            queryRenderedFeatures(o: unknown): {
              properties: { id: string };
              layer: { layout: { 'text-field': { sections: { text: string }[] } } };
            }[];
          };
        };
      }
    ).__app.map;
    const f = map
      .queryRenderedFeatures({ layers: ['place-labels'] })
      .find((x) => x.properties.id === id);
    return f ? f.layer.layout['text-field'].sections.map((s) => s.text).join('') : null;
  }, id);
}

test('the naming choice switches map labels, panel and list, and stays in the URL', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26&place=khankendi');
  expect(await mapLabel(page, 'khankendi')).toBe('Khankendi / Stepanakert');
  const title = page.locator('#panel-title');
  await expect(title).toHaveText('Khankendi / Stepanakert');
  const select = page.getByLabel('Place names');
  await expect(select).toHaveValue('both');

  const expected = {
    az: { khankendi: 'Xankəndi', shusha: 'Şuşa' },
    hy: { khankendi: 'Stepanakert', shusha: 'Shushi' },
    ru: { khankendi: 'Stepanakert', shusha: 'Shusha' },
  } as const;
  for (const [mode, names] of Object.entries(expected)) {
    await select.selectOption(mode);
    await expect.poll(() => new URL(page.url()).searchParams.get('names')).toBe(mode);
    await waitForIdle(page);
    expect(await mapLabel(page, 'khankendi')).toBe(names.khankendi);
    expect(await mapLabel(page, 'shusha')).toBe(names.shusha);
    await expect(title).toHaveText(names.khankendi);
    // the list names the places of each event the same way
    await expect(
      page.locator('#list button[data-place="shusha"]').first(),
      `${mode} in the list`,
    ).toHaveText(names.shusha);
  }
  // all variants are still listed in the panel whatever the choice
  await expect(page.locator('#panel .names')).toContainText('Xankəndi');
  await expect(page.locator('#panel .names')).toContainText('Ստեփանակերտ');

  // a link with names=az opens with Azerbaijani forms; back to both leaves the key out
  await openApp(page, '?date=2022-03-26&names=az');
  await expect(select).toHaveValue('az');
  expect(await mapLabel(page, 'khankendi')).toBe('Xankəndi');
  // the legend names its places as the map labels do
  const farrukhKey = page.locator('#legend [data-legend="farrukh"]');
  await expect(farrukhKey).toHaveText('Fərrux: coloured by who holds it');
  await select.selectOption('both');
  await expect.poll(() => new URL(page.url()).searchParams.has('names')).toBe(false);
  await waitForIdle(page);
  expect(await mapLabel(page, 'khankendi')).toBe('Khankendi / Stepanakert');
  await expect(farrukhKey).toHaveText('Farrukh / Parukh: coloured by who holds it');
});

test('search finds a place by any spelling; choosing a result flies there and selects it', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const input = page.getByRole('combobox', { name: 'Search places and events' });
  const listbox = page.getByRole('listbox');
  const spellings: [string, string][] = [
    ['Parukh', 'farrukh'],
    ['Furukh', 'farrukh'],
    ['Fərrux', 'farrukh'],
    ['ferrux', 'farrukh'],
    ['Berdzor', 'lachin-town'],
    ['Şuşa', 'shusha'],
    ['Stepanakert', 'khankendi'],
    ['Ստեփանակերտ', 'khankendi'],
  ];
  for (const [query, id] of spellings) {
    await input.fill(query);
    await expect(listbox.getByRole('option').first(), query).toHaveAttribute('data-id', id);
  }
  await input.fill('nothing like this');
  await expect(listbox).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');

  // Lachin is found by its Armenian name and the map goes there
  await input.fill('Berdzor');
  await expect(listbox.getByRole('option').first()).toContainText('as “Berdzor”');
  await listbox.getByRole('option').first().click();
  await expect(page.locator('#panel-title')).toHaveText(/Lachin \/ Berdzor/);
  await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('lachin-town');
  await waitForIdle(page);
  const inView = await page.evaluate(() => {
    const map = (
      window as unknown as {
        __app: {
          map: {
            getZoom(): number;
            project(ll: [number, number]): { x: number; y: number };
            getContainer(): HTMLElement;
          };
        };
      }
    ).__app.map;
    const p = map.project([46.547, 39.641]);
    const panel = document.getElementById('panel') as HTMLElement;
    const visibleWidth = map.getContainer().clientWidth - panel.offsetWidth;
    return { zoom: map.getZoom(), x: p.x, visibleWidth };
  });
  expect(inView.zoom).toBeGreaterThanOrEqual(10);
  expect(inView.x).toBeGreaterThan(0);
  expect(inView.x, 'not under the panel').toBeLessThan(inView.visibleWidth);

  // an event found by its title is selected and the slider moves to its date
  await input.fill('Declaration on Allied');
  await input.press('Enter');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-02-22');
  await expect(page.locator('#panel-title')).toHaveText(/Declaration on Allied Interaction/);
});
