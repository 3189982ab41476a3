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

export type ChangeLine = FeatureChange & { redrawn: boolean };

/**
 * The changes as a reader should read them: a shape that was re-issued with the same status (one
 * version ends, the next in its group begins) is one "outline redrawn" change, not a loss and a gain;
 * and a place drawn by several features (Farrukh's point and its area) is one line, when `isPlace`
 * says its group is a place (the territory layer's areas are not one place and keep a line each).
 */
export function summariseChanges(
  changes: FeatureChange[],
  isPlace: (group: string) => boolean = () => false,
): ChangeLine[] {
  return onePerPlace(pairRedrawn(changes), isPlace);
}

function pairRedrawn(changes: FeatureChange[]): ChangeLine[] {
  const out: ChangeLine[] = [];
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

/**
 * One line per place, where the lines first appeared: its status before and after are those of the
 * feature of the place's own layer (Farrukh's point) when it has one, else of whichever shape is there;
 * the line is named after the shape on the map at the later date.
 */
function onePerPlace(lines: ChangeLine[], isPlace: (group: string) => boolean): ChangeLine[] {
  const byPlace = new Map<string, ChangeLine[]>();
  const order: (ChangeLine | string)[] = [];
  for (const line of lines) {
    const group = line.feature.group;
    if (!isPlace(group)) {
      order.push(line);
      continue;
    }
    const list = byPlace.get(group);
    if (list) list.push(line);
    else {
      byPlace.set(group, [line]);
      order.push(group);
    }
  }
  return order.map((item) => {
    if (typeof item !== 'string') return item;
    const list = byPlace.get(item) as ChangeLine[];
    if (list.length === 1) return list[0] as ChangeLine;
    const own = list.filter((l) => l.feature.layer === item);
    const pick = (key: 'before' | 'after') =>
      [...own, ...list].find((l) => l[key] !== null)?.[key] ?? null;
    const before = pick('before');
    const after = pick('after');
    const named = [...own, ...list].find((l) => l.after !== null) ?? (list[0] as ChangeLine);
    return { feature: named.feature, before, after, redrawn: before === after };
  });
}

/** Events that start after the earlier date and on or before the later one. */
export function eventsBetween(events: EventRecord[], a: number, b: number): EventRecord[] {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return events.filter((e) => e.t0 > from && e.t0 <= to);
}
