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

/**
 * The changes as a reader should read them: a shape that was re-issued with the same status (one
 * version ends, the next in its group begins) is one "outline redrawn" change, not a loss and a gain.
 */
export function summariseChanges(
  changes: FeatureChange[],
): (FeatureChange & { redrawn: boolean })[] {
  const out: (FeatureChange & { redrawn: boolean })[] = [];
  const used = new Set<FeatureChange>();
  for (const c of changes) {
    if (used.has(c)) continue;
    if (c.before === null || c.after === null) {
      const partner = changes.find(
        (o) =>
          !used.has(o) &&
          o !== c &&
          o.feature.group === c.feature.group &&
          o.feature.layer === c.feature.layer &&
          (c.before === null
            ? o.after === null && o.before === c.after
            : o.before === null && o.after === c.before),
      );
      if (partner) {
        used.add(partner);
        const later = c.before === null ? c : partner;
        out.push({
          feature: later.feature,
          before: later.after,
          after: later.after,
          redrawn: true,
        });
        continue;
      }
    }
    out.push({ ...c, redrawn: false });
  }
  return out;
}

/** Events that start after the earlier date and on or before the later one. */
export function eventsBetween(events: EventRecord[], a: number, b: number): EventRecord[] {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return events.filter((e) => e.t0 > from && e.t0 <= to);
}
