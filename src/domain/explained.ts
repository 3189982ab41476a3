/**
 * The rule that ties the map to the record: a change on the map (a state's first day, or a feature's
 * when it has no states) is explained by an event going on that day that cites at least one of the
 * change's sources. Background events (over a year long) explain nothing. `npm run validate` requires
 * every change to be explained; the panel lists the events that explain a selection's changes.
 */
import type { EventRecord, TimedFeatureInfo } from '../data/types.ts';
import { isBackground } from './background.ts';

export interface MapChange {
  day: number;
  sources: readonly string[];
}

export function explains(
  e: Pick<EventRecord, 't0' | 't1' | 'sources'>,
  change: MapChange,
): boolean {
  return (
    !isBackground(e) &&
    e.t0 <= change.day &&
    change.day <= e.t1 &&
    e.sources.some((s) => change.sources.includes(s))
  );
}

/**
 * The changes of one feature after the timeline's first day: where each state begins (or the feature,
 * without states), with that state's sources; and its last day, with the last period's sources (the
 * zone's end on 12 Jun 2024).
 */
export function changesOf(f: TimedFeatureInfo, firstDay: number, lastDay: number): MapChange[] {
  const periods = f.states.length
    ? f.states.map((s) => ({ day: s.t0, sources: s.sources }))
    : [{ day: f.t0, sources: f.sources }];
  const out = periods.filter((c) => c.day > firstDay);
  const last = periods[periods.length - 1];
  if (last && f.t1 < lastDay) out.push({ day: f.t1, sources: last.sources });
  return out;
}
