/**
 * What happened on or around a day, in one line (pure): an event that starts that day, else one under
 * way, else the latest before it. The date caption shows it; the announcer can say it.
 */
import type { EventRecord } from '../data/types.ts';
import { isBackground } from './background.ts';

export type CaptionKind = 'on' | 'under-way' | 'latest';

export interface DayCaption {
  kind: CaptionKind;
  event: EventRecord;
  /** further events starting the same day (kind 'on') */
  more: number;
}

/** `events` sorted by t0, as compiled. Background events (a war, the whole mission) never caption a day. */
export function captionFor(events: readonly EventRecord[], day: number): DayCaption | null {
  const steps = events.filter((e) => !isBackground(e));
  const on = steps.filter((e) => e.t0 === day);
  if (on[0]) return { kind: 'on', event: on[0], more: on.length - 1 };
  let underWay: EventRecord | null = null;
  let latest: EventRecord | null = null;
  for (const e of steps) {
    if (e.t0 > day) break;
    if (e.t1 >= day) underWay = e; // the latest-starting one still running
    latest = e;
  }
  if (underWay) return { kind: 'under-way', event: underWay, more: 0 };
  return latest ? { kind: 'latest', event: latest, more: 0 } : null;
}
