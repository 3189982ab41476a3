/** The timed map features: their state on a day, and what a place's panel shows of them. */
import type { CompiledData, LayerState, Status, TimedFeatureInfo } from '../data/types.ts';

/** A first and last day (day numbers, both included). */
export interface Span {
  t0: number;
  t1: number;
}

/** On the map that day: the one rule for every timed thing (features, their states, labels, cuts). */
export const isOnDay = (s: Span, day: number): boolean => s.t0 <= day && day <= s.t1;

export const isFeatureOn = (f: TimedFeatureInfo, day: number): boolean => isOnDay(f, day);

/** The state the feature is in on the day, if one is recorded for that day. */
export function stateOn(f: TimedFeatureInfo, day: number): LayerState | undefined {
  return f.states.find((s) => isOnDay(s, day));
}

/** Its status on the day: a recorded status, 'active' when on the map without one, null when absent. */
export function statusOn(f: TimedFeatureInfo, day: number): Status | 'active' | null {
  if (!isFeatureOn(f, day)) return null;
  return stateOn(f, day)?.status ?? 'active';
}

/** One feature as a place's panel shows it on a day. */
export interface FeatureOnDay {
  feature: TimedFeatureInfo;
  /** on the map that day */
  active: boolean;
  /** its recorded state that day (only while active) */
  state: LayerState | undefined;
}

/** The features of a selection group (place id or layer id). */
export function featuresOf(data: CompiledData, group: string): TimedFeatureInfo[] {
  return (data.groups[group] ?? [])
    .map((id) => data.features[id])
    .filter((f): f is TimedFeatureInfo => !!f);
}

/**
 * What a place's panel describes on a day: the features on the map then, or, when none is, the first one
 * (marked absent), so the reader learns it is not there yet or any more.
 */
export function placeFeaturesOn(data: CompiledData, group: string, day: number): FeatureOnDay[] {
  const features = featuresOf(data, group);
  const active = features.filter((f) => isFeatureOn(f, day));
  if (active.length)
    return active.map((feature) => ({ feature, active: true, state: stateOn(feature, day) }));
  return features.slice(0, 1).map((feature) => ({ feature, active: false, state: undefined }));
}
