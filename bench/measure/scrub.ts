/**
 * Scrub latency: a slider input → the drawn frame that shows the new date (checked by querying the
 * drawn features), next to a plain repaint of the same frame; at scale also a setData baseline and
 * a simulated drag.
 */
import type { Browser, Page } from '@playwright/test';
import { firstIdle, heapMb, openPage, probeOf } from '../browser.ts';
import { DRAG_STEPS, ORIGIN } from '../config.ts';
import type { DragResult, Settled } from '../probe.ts';
import { seeded } from '../stats.ts';

export interface Series {
  ms: number[];
  failed: number;
  why: string[];
}

/** Scrub moves measured with one way of drawing the events: each move, then a plain repaint. */
export interface Drawing {
  scrub: Series;
  repaint: Series;
  /** input → the labels re-placed for the date, once the reader has stopped (the app's `placed`) */
  labels: Series;
}

export interface ScaleResult {
  /** events in the page (real + synthetic) */
  events: number;
  /** event points drawn per date (mean over the measured dates) */
  visiblePoints: number;
  /** navigation → the map's first idle, and → the events drawn (the binary file may come later) */
  loadMs: number;
  eventsMs: number | null;
  /** main-thread time beyond 50 ms per task (as in TBT) until the events were drawn, and the longest task */
  loadBlocked: { total: number; longest: number };
  /** JS heap after load (after GC) and the event buffers' bytes (ArrayBuffers, outside that heap) */
  heapMb: number;
  eventBytes: number;
  /** the app: the custom layer drawing a time-sorted buffer */
  layer: Drawing;
  /** MapLibre's circle layer with a global-state filter, on the same page and points */
  circles: Drawing & { setUpMs: number | null; error?: string };
  /** setData with the points pre-filtered on the main thread (reference) */
  baseline: Drawing;
  drags: DragResult[];
}

const series = (): Series => ({ ms: [], failed: 0, why: [] });
/** After this many unconfirmed frames a series stops: the run reports it instead of waiting on. */
const MAX_FAILED = 3;
const broken = (...s: Series[]) => s.some((x) => x.failed >= MAX_FAILED);
const push = (s: Series, r: Settled) => {
  if (r.ok) s.ms.push(r.ms);
  else {
    s.failed++;
    if (s.why.length < 5) s.why.push(r.why ?? 'failed');
  }
};

/** Dates to move to: random days, every other one near a random event so points appear and go. */
function dates(
  n: number,
  range: { startDay: number; endDay: number },
  eventDays: number[],
  seed: number,
): number[] {
  const rand = seeded(seed);
  const out: number[] = [];
  let prev = -1;
  while (out.length < n) {
    let d: number;
    if (out.length % 2 && eventDays.length)
      d =
        (eventDays[Math.floor(rand() * eventDays.length)] as number) + Math.floor(rand() * 29) - 14;
    else d = range.startDay + Math.floor(rand() * (range.endDay - range.startDay + 1));
    d = Math.min(range.endDay, Math.max(range.startDay, d));
    if (d === prev) continue;
    out.push(d);
    prev = d;
  }
  return out;
}

export interface RunOptions {
  moves: number;
  windowDays: number;
  range: { startDay: number; endDay: number };
  eventDays: number[];
  /** replaces map-data.json and serves more data files (synthetic events) */
  mapData?: string;
  files?: Record<string, Buffer>;
  circleMoves?: number;
  baselineMoves?: number;
  drags?: number;
  log: (s: string) => void;
}

const drawing = (): Drawing => ({ scrub: series(), repaint: series(), labels: series() });

/** `moves` slider moves, each followed by a plain repaint of the same frame. */
async function measureMoves(page: Page, days: number[], into: Drawing): Promise<number> {
  let visible = 0;
  for (const day of days) {
    if (broken(into.scrub, into.repaint)) break;
    push(into.scrub, await page.evaluate((d) => probeOf(window).appMove(d), day));
    // the repaint is measured once the date has settled (labels re-placed), so it is a plain one
    push(into.labels, await page.evaluate((d) => probeOf(window).labelsPlaced(d), day));
    push(into.repaint, await page.evaluate((d) => probeOf(window).repaint(d), day));
    visible += await page.evaluate((d) => probeOf(window).visibleEventCount(d), day);
  }
  return visible;
}

export async function scrub(browser: Browser, o: RunOptions): Promise<ScaleResult> {
  const { context, page } = await openPage(browser, o.mapData, o.files);
  try {
    await page.goto(`${ORIGIN}/`);
    const loadMs = await firstIdle(page);
    const ready = await page.evaluate((ms) => probeOf(window).eventsReady(ms), 180_000);
    if (!ready) throw new Error('the events layer drew no points within 180 s');
    const eventsMs = Math.max(loadMs, ready.at);
    const heap = await heapMb(page);
    const events = await page.evaluate((w) => probeOf(window).loadEvents(w), o.windowDays);
    const days = dates(o.moves + 1, o.range, o.eventDays, 1000 + events);
    const r: ScaleResult = {
      events,
      visiblePoints: 0,
      loadMs,
      eventsMs,
      loadBlocked: await page.evaluate((end) => probeOf(window).blockedTime(0, end), eventsMs),
      heapMb: heap,
      eventBytes: ready.bytes,
      layer: drawing(),
      circles: { ...drawing(), setUpMs: null },
      baseline: drawing(),
      drags: [],
    };
    // one unmeasured move first (shaders and buffers for the new state)
    await page.evaluate((d) => probeOf(window).appMove(d), days[0] as number);
    const visible = await measureMoves(page, days.slice(1), r.layer);
    r.visiblePoints = Math.round(
      visible / Math.max(1, r.layer.scrub.ms.length + r.layer.scrub.failed),
    );
    o.log(
      `  ${r.layer.scrub.ms.length} moves measured${r.layer.scrub.failed ? `, ${r.layer.scrub.failed} unconfirmed` : ''}`,
    );

    const mid = Math.round((o.range.startDay + o.range.endDay) / 2);
    const drag = async (into: DragResult[]) => {
      for (let i = 0; i < (o.drags ?? 0); i++) {
        const from = mid - 400 + i * 250;
        const steps = Array.from({ length: DRAG_STEPS }, (_, k) => from + 5 * (k + 1));
        await page.evaluate((d) => probeOf(window).appMove(d), from);
        into.push(
          await page.evaluate(([s, ms]) => probeOf(window).drag(s, ms), [steps, 16] as const),
        );
      }
    };
    await drag(r.drags);
    if (o.drags) o.log(`  ${r.drags.length} drags`);

    if (o.circleMoves) {
      const set = await page.evaluate(() => probeOf(window).setUpCircles());
      if (set.ok) {
        r.circles.setUpMs = set.ms;
        await page.evaluate((d) => probeOf(window).appMove(d), days[0] as number);
        await measureMoves(page, days.slice(1, o.circleMoves + 1), r.circles);
        o.log(
          `  circle layer: set up in ${set.ms.toFixed(0)} ms, ${r.circles.scrub.ms.length} moves`,
        );
      } else {
        r.circles.error = `circle layer not drawn within ${Math.round(set.ms / 1000)} s (${set.why})`;
        o.log(`  ${r.circles.error}`);
      }
    }
    if (o.baselineMoves) {
      await page.evaluate(() => probeOf(window).setUpBaseline());
      await page.evaluate((d) => probeOf(window).baselineMove(d), days[0] as number);
      for (const day of days.slice(1, o.baselineMoves + 1)) {
        if (broken(r.baseline.scrub, r.baseline.repaint)) break;
        push(r.baseline.scrub, await page.evaluate((d) => probeOf(window).baselineMove(d), day));
        push(r.baseline.repaint, await page.evaluate((d) => probeOf(window).repaint(d), day));
      }
    }
    return r;
  } finally {
    await context.close();
  }
}
