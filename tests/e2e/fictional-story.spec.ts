/**
 * The engine tells another story when geodata/ is swapped: the fictional island of Vell
 * (tests/fixtures/story-fictional), built by the real data build (GEODATA_DIR / DATA_OUT) and served in
 * place of the app's data. Its title, dates, tour and events come from its own story.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForIdle } from './harness.ts';

let out = '';
test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'story-fictional-'));
  execFileSync('npx', ['tsx', 'scripts/build-data.ts'], {
    env: { ...process.env, GEODATA_DIR: 'tests/fixtures/story-fictional', DATA_OUT: out },
    stdio: 'pipe',
  });
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

test('a fictional story renders from its own story.json and data', async ({ page }) => {
  await page.route('**/data/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    try {
      return route.fulfill({
        body: readFileSync(join(out, name)),
        contentType: 'application/json',
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  await page.goto('/');
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  await waitForIdle(page);

  await expect(page).toHaveTitle('The island of Vell (a fictional test story)');
  await expect(page.locator('h1')).toHaveText('The island of Vell (a fictional test story)');
  await expect(page.locator('#map')).toHaveAttribute('aria-label', /fictional island of Vell/);
  // its time range and default date
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2031-02-01');
  await expect(page.locator('#date-slider')).toHaveAttribute(
    'min',
    String(Date.UTC(2031, 0, 1) / 86_400_000),
  );
  // its events and their sources
  await page.locator('#next-event').click();
  await expect(page.locator('#panel-title')).toHaveText('Keepers arrive at the lighthouse');
  await expect(page.locator('#panel')).toContainText('The Vell Gazette (fictional)');
  // its tour
  await page.locator('#tour-start').click();
  await expect(page.locator('#tour')).toContainText('step 1 of 2');
  await expect(page.locator('#tour-title')).toHaveText('The keepers arrive');
  await page.locator('#tour').getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#panel-title')).toHaveText('The north quay closes');
  await expect(page.locator('#date-output')).toHaveAttribute('data-iso', '2031-06-10');
  // nothing of the Karabakh story leaks in
  await expect(page.locator('.app-header')).not.toContainText('Karabakh');
  await page.screenshot({ path: 'test-results/fictional-story.png' });
});
