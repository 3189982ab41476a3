/** Which state changes become history entries, and what an entry's URL restores. */
import { describe, expect, it } from 'vitest';
import { isNavigation, restoredState } from '../../src/state/history.ts';
import { DEFAULTS, type AppState } from '../../src/state/store.ts';

const base: AppState = { ...DEFAULTS, day: 500, camera: { zoom: 8, lat: 39.8, lon: 46.6 } };
const at = (change: Partial<AppState>): AppState => ({ ...base, ...change });

describe('history entries', () => {
  it('are made by choosing an event or place, a tour step, compare on/off and map/list', () => {
    expect(isNavigation(base, at({ selection: { kind: 'event', id: 'e1' } }))).toBe(true);
    expect(
      isNavigation(
        at({ selection: { kind: 'place', id: 'a' } }),
        at({ selection: { kind: 'place', id: 'b' } }),
      ),
    ).toBe(true);
    expect(isNavigation(base, at({ tour: 1 }))).toBe(true);
    expect(isNavigation(base, at({ compare: 400 }))).toBe(true);
    expect(isNavigation(base, at({ viewMode: 'list' }))).toBe(true);
  });
  it('are not made by the date, the camera or moving the compare date', () => {
    expect(isNavigation(base, at({ day: 501 }))).toBe(false);
    expect(isNavigation(base, at({ camera: { zoom: 9, lat: 40, lon: 46 } }))).toBe(false);
    expect(isNavigation(at({ compare: 400 }), at({ compare: 401 }))).toBe(false);
  });
});

describe('an entry’s URL', () => {
  it('restores its keys, defaults the missing ones and keeps the camera when it names none', () => {
    const now = at({
      tour: 3,
      compare: 10,
      selection: { kind: 'place', id: 'x' },
      viewMode: 'list',
    });
    const back = restoredState(now, { day: 200, selection: { kind: 'event', id: 'e' } });
    expect(back).toMatchObject({
      day: 200,
      selection: { kind: 'event', id: 'e' },
      tour: null,
      compare: null,
      viewMode: 'map',
      camera: base.camera,
    });
  });
});
