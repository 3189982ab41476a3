/** Headless Chromium for the benchmark: one browser, a fresh context (empty cache) per page load. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, VIEWPORT } from './config.ts';
import { installProbe, type Probe } from './probe.ts';

export type { Page };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  offsite: string[];
}

/**
 * A new context and page with the probe installed; requests to any other host are blocked and
 * recorded. `mapData`, when given, replaces the body of /data/map-data.json (synthetic events), and
 * `files` serves more files under /data/ (the synthetic events' binary file).
 */
export async function openPage(
  browser: Browser,
  mapData?: string,
  files: Record<string, Buffer> = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
      if (mapData !== undefined && url.pathname.endsWith('/data/map-data.json'))
        return route.fulfill({ status: 200, contentType: 'application/json', body: mapData });
      const file = files[url.pathname.split('/').pop() ?? ''];
      if (file && url.pathname.includes('/data/'))
        return route.fulfill({ status: 200, contentType: 'application/octet-stream', body: file });
      return route.continue();
    }
    offsite.push(url.href);
    return route.abort('blockedbyclient');
  });
  // tsx keeps function names with a helper (__name) that the page lacks: define it first; and
  // `probeOf` as a page global, so `page.evaluate(() => probeOf(window)…)` callbacks run there too
  await context.addInitScript({
    content: `globalThis.__name = (f) => f;\nglobalThis.probeOf = (w) => w.__bench;\n(${installProbe.toString()})();`,
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`  page error: ${err.message}`));
  return { context, page, offsite };
}

/** The probe in the page (window.__bench); also defined in every page, for `page.evaluate` callbacks. */
export const probeOf = (w: unknown): Probe => (w as { __bench: Probe }).__bench;

/** Waits for the map's first `idle` (recorded by the probe) and returns ms since navigation start. */
export async function firstIdle(page: Page, timeout = 120_000): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { __bench?: Probe }).__bench?.idleAt != null,
    undefined,
    { timeout, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.idleAt as number);
}

/** Main-thread JS heap after a full garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}
