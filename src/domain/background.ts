/** Events that span more than a year (the whole mission, a war) are background, not steps. */
import type { EventRecord } from '../data/types.ts';

export const BACKGROUND_DAYS = 366;
export const isBackground = (e: Pick<EventRecord, 't0' | 't1'>): boolean =>
  e.t1 - e.t0 > BACKGROUND_DAYS;
