/**
 * The compact binary file of event points (`events.bin`) for large event sets: a static file any
 * host or CDN can serve, decoded in a worker (events-worker.ts). Written by `encodeEvents` (the
 * benchmark, or a data build at scale); small sets travel in map-data.json as GeoJSON instead.
 *
 * Layout, little-endian: a 16-byte header ("KPEV", version, count, 0), then columns —
 * lon Float32[count], lat Float32[count], t0 Uint16[count], t1 Uint16[count] (days since
 * 1970-01-01). Records are sorted by duration class, then by start day (see `durationClass`), so a
 * date window is one index range per class.
 */

export const MAGIC = 0x5645504b; // "KPEV"
export const VERSION = 1;
const HEADER = 16;

/**
 * Upper bounds (days, inclusive) of the duration classes: most events last a day, a few last
 * months. Within a class, an event that ends inside the window started at most the class's longest
 * duration before it, which bounds the range a date has to draw.
 */
export const CLASS_BOUNDS = [0, 7, 63, 511, 65535] as const;

export function durationClass(days: number): number {
  const c = CLASS_BOUNDS.findIndex((b) => days <= b);
  return c < 0 ? CLASS_BOUNDS.length - 1 : c;
}

export interface RawEvents {
  count: number;
  lon: Float32Array;
  lat: Float32Array;
  t0: Uint16Array;
  t1: Uint16Array;
}

/** The order events are stored and drawn in: by duration class, then start day. */
export function sortOrder(t0: ArrayLike<number>, t1: ArrayLike<number>): Uint32Array {
  const n = t0.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++)
    key[i] = durationClass((t1[i] as number) - (t0[i] as number)) * 1e6 + (t0[i] as number);
  order.sort((a, b) => (key[a] as number) - (key[b] as number) || a - b);
  return order;
}

/** Writes events (any order) as an events.bin buffer; returns it with the stored order. */
export function encodeEvents(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  t0: ArrayLike<number>,
  t1: ArrayLike<number>,
): { buffer: ArrayBuffer; order: Uint32Array } {
  const n = t0.length;
  const order = sortOrder(t0, t1);
  const buffer = new ArrayBuffer(HEADER + n * 12);
  const head = new Uint32Array(buffer, 0, 4);
  head.set([MAGIC, VERSION, n, 0]);
  const oLon = new Float32Array(buffer, HEADER, n);
  const oLat = new Float32Array(buffer, HEADER + 4 * n, n);
  const oT0 = new Uint16Array(buffer, HEADER + 8 * n, n);
  const oT1 = new Uint16Array(buffer, HEADER + 10 * n, n);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    oLon[k] = lon[i] as number;
    oLat[k] = lat[i] as number;
    oT0[k] = t0[i] as number;
    oT1[k] = t1[i] as number;
  }
  return { buffer, order };
}

/** Reads an events.bin buffer; a wrong file says what is wrong with it. */
export function decodeEvents(buffer: ArrayBuffer, file = 'events.bin'): RawEvents {
  if (buffer.byteLength < HEADER) throw new Error(`${file}: too short for a header`);
  const [magic, version, count] = new Uint32Array(buffer, 0, 4) as unknown as number[];
  if (magic !== MAGIC) throw new Error(`${file}: not an events file`);
  if (version !== VERSION) throw new Error(`${file}: version ${version}, expected ${VERSION}`);
  const n = count as number;
  if (buffer.byteLength !== HEADER + n * 12)
    throw new Error(`${file}: ${buffer.byteLength} bytes, expected ${HEADER + n * 12} for ${n}`);
  const raw = {
    count: n,
    lon: new Float32Array(buffer, HEADER, n),
    lat: new Float32Array(buffer, HEADER + 4 * n, n),
    t0: new Uint16Array(buffer, HEADER + 8 * n, n),
    t1: new Uint16Array(buffer, HEADER + 10 * n, n),
  };
  for (let k = 1; k < n; k++) {
    const a = durationClass((raw.t1[k - 1] as number) - (raw.t0[k - 1] as number));
    const b = durationClass((raw.t1[k] as number) - (raw.t0[k] as number));
    if (b < a || (a === b && (raw.t0[k] as number) < (raw.t0[k - 1] as number)))
      throw new Error(`${file}: record ${k} is out of order (class, then start day)`);
  }
  return raw;
}
