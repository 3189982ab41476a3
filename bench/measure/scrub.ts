/**
 * Scrub latency: a slider input → the drawn frame that shows the new date (checked by querying the
 * drawn features), next to a plain repaint of the same frame; at scale also a setData baseline and
 * a simulated drag.
 */
import type { Browser } from '@playwright/test';
import { firstIdle, heapMb, openPage, probeOf } from '../browser.ts';
import { DRAG_STEPS, ORIGIN } from '../config.ts';
import type { DragResult, Settled } from '../probe.ts';
import { seeded } from '../stats.ts';

export interface Series {
  ms: number[];
  failed: number;
  why: string[];
}

export interface ScrubResult {
  events: number;
  /** event points drawn per date (mean over the measured dates) */
  visiblePoints: number;
  scrub: Series;
  repaint: Series;
  /** main-thread time beyond 50 ms per task (as in TBT) until the first idle, and the longest task */
  loadBlocked: { total: number; longest: number };
  loadMs: number;
  heapMb: number;
}

export interface ScaleResult extends ScrubResult {
  baseline: Series;
  baselineRepaint: Series;
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
  /** replaces map-data.json (synthetic events) */
  mapData?: string;
  baselineMoves?: number;
  drags?: number;
  log: (s: string) => void;
}

export async function scrub(browser: Browser, o: RunOptions): Promise<ScaleResult> {
  const { context, page } = await openPage(browser, o.mapData);
  try {
    await page.goto(`${ORIGIN}/`);
    const loadMs = await firstIdle(page);
    const heap = await heapMb(page);
    const events = await page.evaluate((w) => probeOf(window).loadEvents(w), o.windowDays);
    const days = dates(o.moves + 1, o.range, o.eventDays, 1000 + events);
    const r: ScaleResult = {
      events,
      visiblePoints: 0,
      scrub: series(),
      repaint: series(),
      loadBlocked: await page.evaluate((end) => probeOf(window).blockedTime(0, end), loadMs),
      loadMs,
      heapMb: heap,
      baseline: series(),
      baselineRepaint: series(),
      drags: [],
    };
    // one unmeasured move first (shaders and buffers for the new state)
    await page.evaluate((d) => probeOf(window).appMove(d), days[0] as number);
    let visible = 0;
    for (const day of days.slice(1)) {
      if (broken(r.scrub, r.repaint)) break;
      push(r.scrub, await page.evaluate((d) => probeOf(window).appMove(d), day));
      push(r.repaint, await page.evaluate((d) => probeOf(window).repaint(d, 'events'), day));
      visible += await page.evaluate((d) => probeOf(window).visibleEventCount(d), day);
    }
    r.visiblePoints = Math.round(visible / Math.max(1, r.scrub.ms.length + r.scrub.failed));
    o.log(
      `  ${r.scrub.ms.length} moves measured${r.scrub.failed ? `, ${r.scrub.failed} unconfirmed` : ''}`,
    );

    const mid = Math.round((o.range.startDay + o.range.endDay) / 2);
    for (let i = 0; i < (o.drags ?? 0); i++) {
      const from = mid - 400 + i * 250;
      const steps = Array.from({ length: DRAG_STEPS }, (_, k) => from + 5 * (k + 1));
      await page.evaluate((d) => probeOf(window).appMove(d), from);
      r.drags.push(
        await page.evaluate(([s, ms]) => probeOf(window).drag(s, ms), [steps, 16] as const),
      );
    }

    if (o.drags) o.log(`  ${r.drags.length} drags`);
    if (o.baselineMoves) {
      await page.evaluate(() => probeOf(window).setUpBaseline());
      await page.evaluate((d) => probeOf(window).baselineMove(d), days[0] as number);
      for (const day of days.slice(1, o.baselineMoves + 1)) {
        if (broken(r.baseline, r.baselineRepaint)) break;
        push(r.baseline, await page.evaluate((d) => probeOf(window).baselineMove(d), day));
        push(
          r.baselineRepaint,
          await page.evaluate((d) => probeOf(window).repaint(d, 'baseline-events'), day),
        );
      }
    }
    return r;
  } finally {
    await context.close();
  }
}
