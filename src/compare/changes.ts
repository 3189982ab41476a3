/** What changed between two dates (pure): features whose state differs, and the events in between. */
import type { CompiledData, EventRecord, Status, TimedFeatureInfo } from '../data/types.ts';
import { statusOn } from '../domain/features.ts';

export interface FeatureChange {
  feature: TimedFeatureInfo;
  /** status at the earlier / later date; null when the feature is not on the map then */
  before: Status | 'active' | null;
  after: Status | 'active' | null;
}

export function changesBetween(data: CompiledData, a: number, b: number): FeatureChange[] {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const out: FeatureChange[] = [];
  for (const f of Object.values(data.features)) {
    const before = statusOn(f, from);
    const after = statusOn(f, to);
    if (before !== after) out.push({ feature: f, before, after });
  }
  return out;
}

/** Events that start after the earlier date and on or before the later one. */
export function eventsBetween(events: EventRecord[], a: number, b: number): EventRecord[] {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return events.filter((e) => e.t0 > from && e.t0 <= to);
}
