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

/**
 * Tabs through the whole page once and returns each stop: where it is (header, map area, timeline),
 * whether the reader can see it (its centre, or for the map a point of it, shows the element) and
 * whether it is wholly on screen: its box and its focus ring inside the viewport and inside every
 * ancestor that clips (a row that scrolls sideways, the sheet), within a pixel.
 */
async function tabStops(page: import('@playwright/test').Page) {
  const stops: { name: string; region: string; visible: boolean; whole: boolean }[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      if (!e || e === document.body) return null;
      const name = `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30)}"`;
      const region = e.closest('.app-header')
        ? 'header'
        : e.closest('.map-wrap')
          ? 'map'
          : e.closest('#timeline')
            ? 'timeline'
            : 'other';
      const r = e.getBoundingClientRect();
      const points = [
        [0.5, 0.5],
        [0.5, 0.1],
        [0.1, 0.1],
        [0.9, 0.1],
      ].map(([fx, fy]) => [r.left + r.width * fx!, r.top + r.height * fy!] as const);
      const visible =
        r.width > 0 &&
        points.some(([x, y]) => {
          if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
          const hit = document.elementFromPoint(x, y);
          return !!hit && (e.contains(hit) || hit.contains(e));
        });
      const style = getComputedStyle(e);
      const ring =
        style.outlineStyle === 'none'
          ? 0
          : Math.max(0, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
      let [cl, ct, cr, cb] = [0, 0, innerWidth, innerHeight];
      for (let p = e.parentElement; p; p = p.parentElement) {
        const ps = getComputedStyle(p);
        if (ps.overflowX === 'visible' && ps.overflowY === 'visible') continue;
        const pr = p.getBoundingClientRect();
        const [l, t] = [pr.left + p.clientLeft, pr.top + p.clientTop];
        [cl, ct] = [Math.max(cl, l), Math.max(ct, t)];
        [cr, cb] = [Math.min(cr, l + p.clientWidth), Math.min(cb, t + p.clientHeight)];
      }
      const whole =
        r.width > 0 &&
        r.left - ring >= cl - 1 &&
        r.top - ring >= ct - 1 &&
        r.right + ring <= cr + 1 &&
        r.bottom + ring <= cb + 1;
      return { name, region, visible, whole };
    });
    if (!stop) continue;
    if (stops.length && stop.name === stops[0]!.name) break; // round the page once
    stops.push(stop);
  }
  return stops;
}

for (const size of [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
])
  test.describe(`phone ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('Tab never lands under the sheet or a card, follows the page from top to bottom, every stop wholly in view', async ({
      page,
    }) => {
      // compare on, and an event in it opened in the panel
      await openApp(page, '?date=2022-03-26&compare=2022-01-01');
      await page.locator('#compare [data-event]').first().click();
      await expect(page.locator('#panel-title')).toBeFocused();

      await page.locator('.skip-link').focus();
      const stops = await tabStops(page);
      expect(stops.length).toBeGreaterThan(10);
      expect(stops.filter((s) => !s.visible).map((s) => s.name)).toEqual([]);
      // the whole control and its focus ring, not a sliver of it at the edge of a row that scrolls
      expect(stops.filter((s) => !s.whole).map((s) => s.name)).toEqual([]);
      // the header, then the map with its sheet, then the timeline: focus never goes back up
      const order = ['header', 'map', 'timeline'];
      const regions = stops.map((s) => s.region).filter((r) => order.includes(r));
      const ranks = regions.map((r) => order.indexOf(r));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // from the sheet, Tab goes on to what is below it, never to a card hidden behind it
      const names = stops.map((s) => s.name);
      const close = names.findIndex((n) => n.startsWith('button') && n.includes('"Close"'));
      expect(close).toBeGreaterThan(-1);
      expect(names.slice(close).some((n) => n.includes('#date-slider'))).toBe(true);
      // the timeline's row reaches its last buttons (past the right edge before they are focused)
      for (const id of ['#next-event', '#compare-toggle', '#tour-start'])
        expect(
          names.some((n) => n.includes(id)),
          id,
        ).toBe(true);
    });
  });

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a card that folds or closes never drops focus to <body>', async ({ page }) => {
    await openApp(page, '?date=2022-03-26&compare=2022-01-01');
    const link = page.locator('#compare [data-event]').first();
    await link.click();
    await expect(page.locator('#panel-title')).toBeFocused();
    await expect(page.locator('#compare')).toBeHidden(); // folded behind the panel
    await page.keyboard.press('Escape');
    await expect(page.locator('#panel')).toBeHidden();
    await expect(page.locator('#compare')).toBeVisible();
    expect(await focusedTag(page)).not.toBe('BODY');
    await expect(page.locator('#compare [data-event]').first()).toBeFocused();
  });

  test('the compare box folds into the bar and back, and closes, by keyboard, focus following', async ({
    page,
  }) => {
    await openApp(page, '?date=2023-10-01&compare=2023-09-01');
    const box = page.locator('#compare');
    await box.getByRole('button', { name: 'Fold the comparison under the map' }).focus();
    await page.keyboard.press('Enter');
    await expect(box).toBeHidden();
    const chip = page.getByRole('button', { name: 'Show the comparison of two dates again' });
    await expect(chip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(box).toBeVisible();
    await expect(chip).toBeHidden();
    expect(await focusedTag(page)).not.toBe('BODY');
    await box.getByRole('button', { name: 'Close the comparison' }).focus();
    await page.keyboard.press('Enter');
    await expect(box).toBeHidden();
    await expect(page.locator('#compare-toggle')).toBeFocused();
    await expect(page.locator('#compare-toggle')).toHaveAttribute('aria-pressed', 'false');
  });
});
