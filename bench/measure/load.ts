/** Cold load: navigation start → the map's first `idle`, for the app and the bare MapLibre page. */
import type { Browser } from '@playwright/test';
import { firstIdle, heapMb, openPage, probeOf } from '../browser.ts';
import { ORIGIN } from '../config.ts';
import type { FontCheck } from '../probe.ts';

export interface LoadResult {
  appMs: number[];
  bareMs: number[];
  appHeapMb: number[];
  bareHeapMb: number[];
  /** main-thread time beyond 50 ms per task (as in TBT) until the map was idle, per app load */
  appBlockedMs: number[];
  mapSize: { width: number; height: number };
  /** paths the app fetched during its first load */
  files: string[];
  fonts: FontCheck;
  offsite: string[];
}

async function loadOnce(
  browser: Browser,
  path: string,
  record?: (path: string) => void,
): Promise<{
  ms: number;
  heap: number;
  blocked: number;
  page: import('@playwright/test').Page;
  close: () => Promise<void>;
  offsite: string[];
}> {
  const { context, page, offsite } = await openPage(browser);
  if (record)
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.hostname === '127.0.0.1') record(u.pathname);
    });
  await page.goto(`${ORIGIN}${path}`);
  const ms = await firstIdle(page);
  const blocked = await page.evaluate((end) => probeOf(window).blockedTime(0, end).total, ms);
  const heap = await heapMb(page);
  return { ms, heap, blocked, page, offsite, close: () => context.close() };
}

export async function coldLoads(
  browser: Browser,
  runs: number,
  log: (s: string) => void,
): Promise<LoadResult> {
  const files: string[] = [];
  // the first load of each page is a warm-up (server cache, disk); it records the files and fonts
  const first = await loadOnce(browser, '/', (p) => files.push(p));
  const mapSize = await first.page.evaluate(() => probeOf(window).mapSize());
  const fonts = await first.page.evaluate(() => probeOf(window).fonts());
  const offsite = [...first.offsite];
  await first.close();
  const bare = `/bare/?w=${mapSize.width}&h=${mapSize.height}`;
  await (await loadOnce(browser, bare)).close();

  const r: LoadResult = {
    appMs: [],
    bareMs: [],
    appHeapMb: [],
    bareHeapMb: [],
    appBlockedMs: [],
    mapSize,
    files,
    fonts,
    offsite,
  };
  for (let i = 0; i < runs; i++) {
    // alternate, so drift on a busy machine affects both pages alike
    const a = await loadOnce(browser, '/');
    r.appMs.push(a.ms);
    r.appHeapMb.push(a.heap);
    r.appBlockedMs.push(a.blocked);
    offsite.push(...a.offsite);
    await a.close();
    const b = await loadOnce(browser, bare);
    r.bareMs.push(b.ms);
    r.bareHeapMb.push(b.heap);
    await b.close();
    log(`  load ${i + 1}/${runs}: app ${a.ms.toFixed(0)} ms, bare MapLibre ${b.ms.toFixed(0)} ms`);
  }
  return r;
}
