/**
 * Event points in the order they are drawn: by duration class, then start day. A date window is
 * then one contiguous index range per class, found by binary search, so drawing and picking touch
 * only the events near the date, whatever the total.
 */
import KDBush from 'kdbush';
import { CLASS_BOUNDS, durationClass, sortOrder, type RawEvents } from './events-format.ts';

/** What the GPU and the picker need, in draw order (built in the worker for large sets). */
export interface EventColumns {
  count: number;
  /** Web Mercator x, y in [0, 1], interleaved */
  xy: Float32Array;
  /** start and end day, interleaved */
  t: Uint16Array;
  /** first index of each duration class, and the end (length = classes + 1) */
  classStart: Uint32Array;
  /** the longest duration (days) in each class */
  classLongest: Uint16Array;
}

export const mercatorX = (lon: number): number => (lon + 180) / 360;
export const mercatorY = (lat: number): number =>
  (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

/** Columns from events already in draw order (a decoded events.bin). */
export function columnsFromSorted(raw: RawEvents): EventColumns {
  const n = raw.count;
  const xy = new Float32Array(2 * n);
  const t = new Uint16Array(2 * n);
  const classes = CLASS_BOUNDS.length;
  const classStart = new Uint32Array(classes + 1).fill(n);
  const classLongest = new Uint16Array(classes);
  for (let k = n - 1; k >= 0; k--) {
    const t0 = raw.t0[k] as number;
    const t1 = raw.t1[k] as number;
    xy[2 * k] = mercatorX(raw.lon[k] as number);
    xy[2 * k + 1] = mercatorY(raw.lat[k] as number);
    t[2 * k] = t0;
    t[2 * k + 1] = t1;
    const c = durationClass(t1 - t0);
    classStart[c] = k;
    classLongest[c] = Math.max(classLongest[c] as number, t1 - t0);
  }
  // empty classes start where the next one does
  for (let c = classes - 1; c >= 0; c--)
    if ((classStart[c] as number) > (classStart[c + 1] as number))
      classStart[c] = classStart[c + 1] as number;
  return { count: n, xy, t, classStart, classLongest };
}

/** Columns from a few events in any order (map-data.json's GeoJSON); `order[k]` is the input index. */
export function columnsFromPoints(points: { lon: number; lat: number; t0: number; t1: number }[]): {
  columns: EventColumns;
  order: Uint32Array;
} {
  const order = sortOrder(
    points.map((p) => p.t0),
    points.map((p) => p.t1),
  );
  const pick = (f: (p: (typeof points)[number]) => number) =>
    Array.from(order, (i) => f(points[i] as (typeof points)[number]));
  const raw: RawEvents = {
    count: points.length,
    lon: Float32Array.from(pick((p) => p.lon)),
    lat: Float32Array.from(pick((p) => p.lat)),
    t0: Uint16Array.from(pick((p) => p.t0)),
    t1: Uint16Array.from(pick((p) => p.t1)),
  };
  return { columns: columnsFromSorted(raw), order };
}

/** First index in [lo, hi) whose start day is ≥ day (hi when none). */
function firstStartingFrom(t: Uint16Array, lo: number, hi: number, day: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((t[2 * mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether event k is marked on `day` ("near" it): under way, or ended at most `window` days before.
 * An event that has not begun is never marked: the map must not show what has not happened yet.
 */
export function isNear(c: EventColumns, k: number, day: number, window: number): boolean {
  return (c.t[2 * k] as number) <= day && day <= (c.t[2 * k + 1] as number) + window;
}

/**
 * Index ranges [start, end) that hold every event near `day` (and, per class, the few that ended
 * up to the class's longest duration before the window: the shader hides those).
 */
export function rangesNear(c: EventColumns, day: number, window: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < c.classLongest.length; k++) {
    const s = c.classStart[k] as number;
    const e = c.classStart[k + 1] as number;
    if (s >= e) continue;
    const lo = firstStartingFrom(c.t, s, e, day - window - (c.classLongest[k] as number));
    const hi = firstStartingFrom(c.t, lo, e, day + 1);
    if (hi > lo) out.push([lo, hi]);
  }
  return out;
}

/** Events near one date, indexed in space for picking (built on the first pick after a date change). */
export class NearIndex {
  readonly ids: Uint32Array;
  private readonly tree: KDBush;

  constructor(c: EventColumns, day: number, window: number) {
    const ids: number[] = [];
    for (const [s, e] of rangesNear(c, day, window))
      for (let k = s; k < e; k++) if (isNear(c, k, day, window)) ids.push(k);
    this.ids = Uint32Array.from(ids);
    this.tree = new KDBush(Math.max(1, ids.length));
    for (const k of ids) this.tree.add(c.xy[2 * k] as number, c.xy[2 * k + 1] as number);
    if (!ids.length) this.tree.add(-1, -1);
    this.tree.finish();
  }

  /** Events within `r` (Mercator units) of x, y. */
  within(x: number, y: number, r: number): number[] {
    return this.ids.length ? this.tree.within(x, y, r).map((i) => this.ids[i] as number) : [];
  }
}
