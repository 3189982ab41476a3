/** A histogram of events per month along the slider, so a reader sees where the story is dense. */
import type { EventRecord } from '../data/types.ts';
import { el } from '../ui/dom.ts';
import { isBackground } from './events-nav.ts';

const BUCKET_DAYS = 30.44;

export function densityCounts(events: EventRecord[], startDay: number, endDay: number): number[] {
  const counts = new Array<number>(Math.ceil((endDay - startDay + 1) / BUCKET_DAYS)).fill(0);
  for (const e of events) {
    if (isBackground(e) || e.t1 < startDay || e.t0 > endDay) continue;
    const i = Math.floor((Math.max(e.t0, startDay) - startDay) / BUCKET_DAYS);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

export function densityStrip(events: EventRecord[], startDay: number, endDay: number): HTMLElement {
  const counts = densityCounts(events, startDay, endDay);
  const max = Math.max(1, ...counts);
  const strip = el('div', { class: 'density', 'aria-hidden': 'true' });
  counts.forEach((n) => {
    const bar = el('span', {
      class: 'density-bar',
      style: `height: ${((n / max) * 100).toFixed(1)}%`,
    });
    bar.dataset.count = String(n);
    strip.append(bar);
  });
  return strip;
}
