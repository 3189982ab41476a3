import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  columnsFromPoints,
  columnsFromSorted,
  isNear,
  mercatorX,
  mercatorY,
  NearIndex,
  rangesNear,
} from '../../src/map/events-buffer.ts';
import { decodeEvents, encodeEvents } from '../../src/map/events-format.ts';

const event = fc.record({
  lon: fc.double({ min: 45, max: 48, noNaN: true }),
  lat: fc.double({ min: 39, max: 41, noNaN: true }),
  t0: fc.integer({ min: 18500, max: 19900 }),
  length: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 0, max: 900 }),
  ),
});
const points = fc
  .array(event, { maxLength: 300 })
  .map((es) => es.map((e) => ({ lon: e.lon, lat: e.lat, t0: e.t0, t1: e.t0 + e.length })));

describe('events drawn from a time-sorted buffer', () => {
  it('the index ranges of a date hold exactly the events near it (with only the ended ones besides)', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 18400, max: 20000 }), (ps, day) => {
        const { columns, order } = columnsFromPoints(ps);
        const inRanges = new Set<number>();
        for (const [s, e] of rangesNear(columns, day, 14))
          for (let k = s; k < e; k++) inRanges.add(k);
        for (let k = 0; k < columns.count; k++) {
          const p = ps[order[k] as number]!;
          // under way, or ended in the fortnight before; never one that has not begun
          const near = p.t0 <= day && day <= p.t1 + 14;
          expect(isNear(columns, k, day, 14)).toBe(near);
          if (near) expect(inRanges.has(k)).toBe(true);
          // whatever else a range holds started before the window and ended before it
          if (inRanges.has(k) && !near) expect(p.t1 + 14).toBeLessThan(day);
        }
      }),
    );
  });

  it('a date draws a small range out of many events, not all of them', () => {
    const ps = Array.from({ length: 20_000 }, (_, i) => ({
      lon: 46 + (i % 100) / 100,
      lat: 40,
      t0: 18500 + (i % 1300),
      t1: 18500 + (i % 1300) + (i % 50 === 0 ? 60 : 0),
    }));
    const { columns } = columnsFromPoints(ps);
    const drawn = rangesNear(columns, 19000, 14).reduce((n, [s, e]) => n + e - s, 0);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(ps.length / 10);
  });

  it('the binary file round-trips in draw order and rejects a wrong file by name', () => {
    const ps = [
      { lon: 46.8, lat: 40.02, t0: 19075, t1: 19078 },
      { lon: 46.5, lat: 39.6, t0: 18600, t1: 18600 },
      { lon: 46.7, lat: 39.8, t0: 18700, t1: 19500 },
    ];
    const { buffer } = encodeEvents(
      ps.map((p) => p.lon),
      ps.map((p) => p.lat),
      ps.map((p) => p.t0),
      ps.map((p) => p.t1),
    );
    const fromFile = columnsFromSorted(decodeEvents(buffer));
    const direct = columnsFromPoints(ps).columns;
    expect(Array.from(fromFile.t)).toEqual(Array.from(direct.t));
    expect(Array.from(fromFile.classStart)).toEqual(Array.from(direct.classStart));
    expect(() => decodeEvents(new ArrayBuffer(8), 'x.bin')).toThrow('x.bin: too short');
    expect(() => decodeEvents(buffer.slice(0, buffer.byteLength - 2), 'x.bin')).toThrow(
      /x\.bin: \d+ bytes/,
    );
  });

  it('picking finds the event near the date at a point, not one of another date', () => {
    const ps = [
      { lon: 46.8, lat: 40.02, t0: 19075, t1: 19078 },
      { lon: 46.8, lat: 40.02, t0: 18000, t1: 18000 },
    ];
    const { columns, order } = columnsFromPoints(ps);
    const index = new NearIndex(columns, 19076, 14);
    const hits = index.within(mercatorX(46.8), mercatorY(40.02), 1e-6).map((k) => order[k]);
    expect(hits).toEqual([0]);
    expect(index.within(mercatorX(40), mercatorY(40), 1e-6)).toEqual([]);
  });
});
