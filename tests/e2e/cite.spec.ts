/** Citations: the panel's Cite button, and every source as CSL-JSON and BibTeX. */
import { test, expect, openApp } from './harness.ts';

test('Cite in the panel gives the view (URL, access date) and each of its sources', async ({
  page,
}) => {
  await openApp(page, '?date=2022-03-26&place=farrukh');
  const panel = page.locator('#panel');
  const button = panel.getByRole('button', { name: 'Cite' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const box = panel.getByRole('textbox', { name: /Citation/ });
  await expect(box).toBeVisible();
  // without clipboard access the text is selected in the box, ready to copy
  await expect(box).toBeFocused();
  const text = await box.inputValue();
  const selected = await box.evaluate(
    (t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd).length,
  );
  expect(selected).toBe(text.length);
  await expect(panel.locator('.cite-status')).not.toBeEmpty();

  const today = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date());
  const lines = text.split('\n');
  expect(lines[0]).toBe(
    `“Farrukh / Parukh”, as of 26 March 2022. Karabakh peacekeeping map, 2020–2024. ${page.url()} (accessed ${today}).`,
  );
  expect(lines[0]).toContain('?date=2022-03-26&place=farrukh');
  expect(text).toContain('Sources:');
  expect(text).toContain(
    '“Nagorno-Karabakh: Russia says Azeri troops entered peacekeeping zone.” Deutsche Welle (DW), 26 March 2022. https://www.dw.com/en/nagorno-karabakh-russia-says-azeri-troops-entered-peacekeeping-zone/a-61270221',
  );
  // a source with an author starts with the author
  await openApp(page, '?date=2021-09-05&event=az-protest-tender-2021-09-04');
  await page.locator('#panel').getByRole('button', { name: 'Cite' }).click();
  const eventText = await page.locator('#panel .cite-text').inputValue();
  expect(eventText).toMatch(/^“Azerbaijan protests to Russia over the tender wording/);
  expect(eventText).toContain(
    'Vafa Ismayilova. “Azerbaijan protests to Russia over Karabakh-related mistake.” AzerNews (azernews.az), 4 September 2021.',
  );
});

test('Cite and the panel give our descriptions without quotation marks, and mark later reporting', async ({
  page,
}) => {
  await openApp(page, '?date=2022-08-26&event=lachin-bypass-2022-08-26');
  const panel = page.locator('#panel');
  // Daily Sabah's report has no quoted headline here: our description, in brackets, not in quotes
  const sabah = panel.locator('li.source[data-source="R-lachin-bypass-dailysabah"]').last();
  await expect(sabah.locator('.description')).toHaveText(/^\[Daily Sabah report .*\]$/);
  await expect(sabah.locator('cite')).toHaveCount(0);
  await expect(sabah.locator('.published-later')).toHaveCount(0);
  // Massis Post's report of 29 Aug is kept, marked as published later than the date shown
  const massis = panel.locator('li.source[data-source="R-lachin-bypass-massispost"]').last();
  await expect(massis.locator('.published-later')).toHaveText(
    '(published later than the date shown)',
  );
  await panel.getByRole('button', { name: 'Cite' }).click();
  const text = await panel.locator('.cite-text').inputValue();
  expect(text).not.toContain('“[');
  expect(text).toContain('[Daily Sabah report on Aliyev announcing');
  const massisLine = text.split('\n').find((l) => l.includes('massispost.com/2022/08/starting'));
  expect(massisLine).toMatch(/\(published later than the date cited\)$/);
});

test('Cite copies to the clipboard where the browser allows it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, '?date=2022-03-26&event=farrukh-incident-2022-03');
  await page.locator('#panel').getByRole('button', { name: 'Cite' }).click();
  await expect(page.locator('#panel .cite-status')).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('#panel .cite-text').inputValue());
  expect(copied).toContain('event=farrukh-incident-2022-03');
});

test('every source downloads as CSL-JSON and BibTeX from the data notes', async ({
  page,
  request,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'About the data' }).click();
  const dialog = page.getByRole('dialog', { name: 'About the data' });
  const cslHref = await dialog.getByRole('link', { name: 'sources.csl.json' }).getAttribute('href');
  const bibHref = await dialog.getByRole('link', { name: 'sources.bib' }).getAttribute('href');
  const csl = (await (await request.get(cslHref ?? '')).json()) as {
    id: string;
    type: string;
    title: string;
    URL?: string;
    issued?: { 'date-parts': number[][] };
  }[];
  expect(csl).toHaveLength(87);
  const dw = csl.find((s) => s.id === 'S001a');
  expect(dw).toMatchObject({
    type: 'article-newspaper',
    title: 'Nagorno-Karabakh: Russia says Azeri troops entered peacekeeping zone',
    'container-title': 'Deutsche Welle (DW)',
    issued: { 'date-parts': [[2022, 3, 26]] },
  });
  const bib = await (await request.get(bibHref ?? '')).text();
  expect(bib.match(/^@\w+\{/gm)).toHaveLength(csl.length);
  expect(bib).toContain('@article{S001a,');
  expect(bib).toContain('date = {2022-03-26}');
  // a source we describe is not given a title: its description is a note / titleaddon
  const described = csl.find((s) => s.id === 'R-lachin-bypass-dailysabah') as {
    title?: string;
    note?: string;
  };
  expect(described.title).toBeUndefined();
  expect(described.note).toMatch(/^\[Daily Sabah report/);
  expect(bib).toMatch(/@\w+\{R-lachin-bypass-dailysabah,\n {2}titleaddon = \{\{\[Daily Sabah/);
});
