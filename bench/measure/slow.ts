/**
 * A slow phone connection (Chromium's network emulation through CDP: 400 kb/s, 400 ms round trip):
 * when the page first paints, when the date and the list are usable, when a still of the map stands in
 * the map area (drawn from the data while the map's code arrives), whether a loading message stays
 * visible until the map is live, and when the map is live (its first `idle`).
 */
import type { Browser } from '@playwright/test';
import { openPage, probeOf } from '../browser.ts';
import { ORIGIN, SLOW_NETWORK } from '../config.ts';

export interface SlowLoad {
  firstPaintMs: number | null;
  /** the date caption shows a date */
  dateMs: number | null;
  /** the Map / List switch is there: the events can be read without the map */
  listMs: number | null;
  /** a still of the map (src/map/still.ts) is in the map area, before the map is live */
  stillMs: number | null;
  mapLiveMs: number | null;
  /** share of 100 ms samples between first paint and live map that showed a loading message */
  progressShare: number;
  bytes: number;
}

export async function slowLoads(
  browser: Browser,
  runs: number,
  log: (s: string) => void,
): Promise<SlowLoad[]> {
  const out: SlowLoad[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openPage(browser);
    let bytes = 0;
    page.on('response', (r) => {
      const n = Number(r.headers()['content-length'] ?? 0);
      bytes += n;
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const bps = (SLOW_NETWORK.kbps * 1000) / 8;
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_NETWORK.latencyMs,
      downloadThroughput: bps,
      uploadThroughput: bps,
    });
    // sampled in the page from its first script on: what a reader sees while it loads
    await page.addInitScript(() => {
      const w = window as unknown as { __slow: Record<string, unknown> };
      const s: {
        date: number | null;
        list: number | null;
        still: number | null;
        samples: number;
        progress: number;
      } = {
        date: null,
        list: null,
        still: null,
        samples: 0,
        progress: 0,
      };
      w.__slow = s;
      const visibleText = (el: Element | null) =>
        !!el && (el as HTMLElement).offsetParent !== null && !!el.textContent?.trim();
      const tick = () => {
        const t = performance.now();
        if (s.date === null && visibleText(document.getElementById('date-output'))) s.date = t;
        const list = [...document.querySelectorAll('#toolbar button')].some((b) =>
          /list/i.test(b.textContent ?? ''),
        );
        if (s.list === null && list) s.list = t;
        const still = document.querySelector('.map-still');
        if (s.still === null && still && (still as HTMLElement).offsetParent !== null) s.still = t;
        const live = (w as unknown as { __bench?: { idleAt: number | null } }).__bench?.idleAt;
        if (live == null && document.body) {
          s.samples++;
          const loading = [
            ...document.querySelectorAll('#status, [role="progressbar"], .loading'),
          ].some((el) => visibleText(el));
          if (loading) s.progress++;
        }
        if (live == null) setTimeout(tick, 100);
      };
      setTimeout(tick, 0);
    });
    await page.goto(`${ORIGIN}/`, { waitUntil: 'commit' });
    let mapLiveMs: number | null = null;
    try {
      await page.waitForFunction(() => probeOf(window).idleAt != null, undefined, {
        timeout: 120_000,
        polling: 200,
      });
      mapLiveMs = await page.evaluate(() => probeOf(window).idleAt);
    } catch {
      // not live within two minutes: reported as such
    }
    const r = await page.evaluate(() => {
      const s = (
        window as unknown as {
          __slow: {
            date: number | null;
            list: number | null;
            still: number | null;
            samples: number;
            progress: number;
          };
        }
      ).__slow;
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { ...s, paint: paint ? paint.startTime : null };
    });
    const run: SlowLoad = {
      firstPaintMs: r.paint,
      dateMs: r.date,
      listMs: r.list,
      stillMs: r.still,
      mapLiveMs,
      progressShare: r.samples ? r.progress / r.samples : 0,
      bytes,
    };
    out.push(run);
    const f = (x: number | null) => (x === null ? '–' : `${Math.round(x)} ms`);
    log(
      `  slow load ${i + 1}/${runs}: first paint ${f(run.firstPaintMs)}, date ${f(run.dateMs)}, list ${f(run.listMs)}, ` +
        `still of the map ${f(run.stillMs)}, ` +
        `map live ${f(run.mapLiveMs)}; loading message visible ${Math.round(run.progressShare * 100)} % of the wait`,
    );
    await context.close();
  }
  return out;
}
