/** Accessibility: axe-core in every view, keyboard-only use, focus handling and the live region. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApp, pagePoint } from './harness.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('axe: no violations in the default view', async ({ page }) => {
  await openApp(page);
  expect(await violations(page)).toEqual([]);
});

test('axe: no violations with the panel open', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&place=farrukh');
  await expect(page.locator('#panel')).toBeVisible();
  await page.locator('#panel .cite-button').click();
  await expect(page.locator('#panel .cite-text')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await openApp(page, '?event=farrukh-incident-2022-03');
  await expect(page.locator('#panel .claim').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: no violations in the list view', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&view=list');
  await expect(page.locator('#list')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.locator('#list button[data-event="farrukh-incident-2022-03"]').click();
  await expect(page.locator('#panel')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: no violations with the search results open', async ({ page }) => {
  await openApp(page);
  await page.locator('#search-input').fill('Lachin');
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('axe: no violations in compare mode', async ({ page }) => {
  await openApp(page, '?date=2020-12-02&compare=2020-11-19');
  expect(await violations(page)).toEqual([]);
});

test('keyboard alone: skip link, search, names, list, panel focus in and back', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26');
  // the first Tab reaches the skip link, which is visible when focused and lands on the slider
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the timeline' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#date-slider')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2022-03-27');

  // search: type, arrow to a result, Enter selects it and the panel takes focus
  await page.locator('#search-input').focus();
  await page.keyboard.type('Berdzor');
  const input = page.locator('#search-input');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  // the first result is ready for Enter; the first ArrowDown lands on it (it must not skip it)
  await expect(input).not.toHaveAttribute('aria-activedescendant', /./);
  await expect(page.locator('#search-option-0')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-1');
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await page.keyboard.press('Enter');
  const title = page.locator('#panel-title');
  await expect(title).toBeFocused();
  await expect(title).toHaveText(/Lachin \/ Berdzor/);
  // the focus ring is visible on what has focus
  const outline = await title.evaluate((n) => getComputedStyle(n).outlineStyle);
  expect(outline).not.toBe('none');
  // Escape closes the panel and gives focus back to the search box
  await page.keyboard.press('Escape');
  await expect(page.locator('#panel')).toBeHidden();
  await expect(input).toBeFocused();

  // Tab onwards to the naming control and choose Armenian forms with the keyboard
  await page.keyboard.press('Tab');
  await expect(page.locator('#names-select')).toBeFocused();
  await page.locator('#names-select').selectOption('hy');
  await expect.poll(() => new URL(page.url()).searchParams.get('names')).toBe('hy');

  // Tab to the list toggle, open the list, Tab into it and open an event with Enter
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'List' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#list')).toBeVisible();
  const event = page.locator('#list button[data-event="farrukh-incident-2022-03"]');
  await event.focus();
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  await expect(title).toHaveText(/Farrukh/);
  await page.keyboard.press('Escape');
  await expect(event).toBeFocused();
});

test('every control on the page can be reached with Tab', async ({ page }) => {
  await openApp(page, '?date=2022-03-26&place=farrukh');
  const reached = new Set<string>();
  // enough presses to go round the page once with Farrukh's panel open (its events and their sources)
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return a
        ? a.id || a.getAttribute('aria-label') || a.textContent?.trim().slice(0, 30) || a.tagName
        : '';
    });
    reached.add(id);
  }
  for (const control of [
    'Skip to the timeline',
    'search-input',
    'names-select',
    'Map',
    'List',
    'notes-button',
    'date-slider',
    'Cite',
    'Close',
  ])
    expect([...reached], control).toContain(control);
});

test('the live region announces the selection at once and the date once a drag settles', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26&map=10/40.02/46.8');
  const region = page.locator('#announcer');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  const p = await pagePoint(page, [46.80111, 40.01944]);
  await page.mouse.click(p.x, p.y);
  await expect(region).toHaveText(/Showing Farrukh \/ Parukh, 26 March 2022/);
  await page.keyboard.press('Escape');
  await expect(region).toHaveText(/Details closed/);

  // record every text the region takes while the slider is dragged
  await page.evaluate(() => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    const r = document.getElementById('announcer') as HTMLElement;
    new MutationObserver(() => {
      if (r.textContent) w.__said.push(r.textContent);
    }).observe(r, { childList: true, characterData: true, subtree: true });
  });
  const slider = page.locator('#date-slider');
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
  const iso = await page.locator('#date-output').getAttribute('data-iso');
  const words = await page.locator('#date-output').textContent();
  await expect(region).toHaveText(`Map shows ${words}.`);
  const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
  expect(said, `announced during a drag to ${iso}`).toEqual([`Map shows ${words}.`]);
});
