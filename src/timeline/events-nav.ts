/** Stepping from event to event (pure). */
import type { EventRecord } from '../data/types.ts';

import { isBackground } from '../domain/background.ts';

export { BACKGROUND_DAYS, isBackground } from '../domain/background.ts';

/** The first event starting after `day` (events sorted by t0), within the timeline. */
export function nextEvent(events: EventRecord[], day: number, maxDay: number): EventRecord | null {
  return events.find((e) => e.t0 > day && e.t0 <= maxDay && !isBackground(e)) ?? null;
}

/** The last event starting before `day`. */
export function previousEvent(
  events: EventRecord[],
  day: number,
  minDay: number,
): EventRecord | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as EventRecord;
    if (e.t0 < day && e.t0 >= minDay && !isBackground(e)) return e;
  }
  return null;
}
