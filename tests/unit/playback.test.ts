import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Playback } from '../../src/timeline/playback.ts';

/** Frames run by hand: each `frame(t)` calls the pending animation-frame callback with timestamp t. */
let pending: ((t: number) => void) | null = null;
let clock = 0;
beforeEach(() => {
  pending = null;
  clock = 1000;
  vi.stubGlobal('requestAnimationFrame', (f: (t: number) => void) => {
    pending = f;
    return 1;
  });
  vi.stubGlobal('cancelAnimationFrame', () => (pending = null));
  vi.stubGlobal('performance', { now: () => clock });
});
afterEach(() => vi.unstubAllGlobals());
const frame = (t: number) => {
  const f = pending;
  pending = null;
  f?.(t);
};

function player(start: number, min = 100, max = 200) {
  let day = start;
  const days: number[] = [];
  const stops: number[] = [];
  const p = new Playback(
    () => day,
    max,
    (d) => {
      day = d;
      days.push(d);
    },
    () => stops.push(day),
    min,
  );
  return { p, days, stops, day: () => day };
}

describe('playback', () => {
  it('never steps back on the first frame, even when the frame’s timestamp precedes the start', () => {
    const { p, days } = player(150);
    p.play();
    // a frame's timestamp is when the frame began, which can be before play() read the clock
    frame(clock - 8);
    frame(clock + 1000);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(150);
    expect(days.at(-1)).toBe(157);
  });

  it('moves forward by the speed and stops at the last day', () => {
    const { p, days, stops } = player(190);
    p.play();
    frame(clock + 500);
    frame(clock + 3000);
    expect(days).toEqual([193, 200]);
    expect(stops).toEqual([200]);
    expect(p.playing).toBe(false);
  });

  it('Play on the last day starts again from the first day', () => {
    const { p, days } = player(200);
    p.play();
    expect(p.playing).toBe(true);
    frame(clock + 1000);
    expect(days[0]).toBe(100);
    expect(days.at(-1)).toBe(107);
  });
});
