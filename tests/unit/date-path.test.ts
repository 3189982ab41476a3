/**
 * Moving the date must be a repaint (issue 14): no layer the app draws may filter or lay out by the
 * shown day (`day`), since MapLibre re-tiles such a layer's source in its worker on every change. Timed
 * shapes are drawn by their `live` feature state instead (src/map/live-state.ts); only label placement
 * follows the settled date (`placed`).
 */
import { describe, expect, it } from 'vitest';
import { isOnDay } from '../../src/domain/features.ts';
import { withoutEventCircles } from '../../src/map/events-layer.ts';
import { isDrawn, LIVE_SOURCES, LiveFeatures } from '../../src/map/live-state.ts';
import { buildStyle, timedCollections } from '../../src/map/style.ts';
import { compiledRecord, emptyBasemap } from './geodata-fixture.ts';

const data = compiledRecord();
const { style } = withoutEventCircles(buildStyle(data, emptyBasemap, 19_000));
const reads = (x: unknown, state: string) =>
  JSON.stringify(x ?? null).includes(`["global-state","${state}"]`);

describe('the date path of the style', () => {
  it('has no layer that filters or lays out by the shown day', () => {
    const offending = style.layers
      .filter((l) => reads('filter' in l ? l.filter : null, 'day') || reads(l.layout, 'day'))
      .map((l) => l.id);
    expect(offending).toEqual([]);
  });

  it('draws every layer of a timed source by its live state, or places it for the settled date', () => {
    const timedLayers = style.layers.filter(
      (l) => 'source' in l && (LIVE_SOURCES as readonly string[]).includes(l.source as string),
    );
    expect(timedLayers.length).toBeGreaterThan(10);
    for (const l of timedLayers) {
      const paint = JSON.stringify('paint' in l ? l.paint : null);
      const placedOnly = reads('filter' in l ? l.filter : null, 'placed') && paint.includes('0');
      expect(
        paint.includes('["feature-state","live"]') || placedOnly,
        `${l.id} neither follows the live state nor is an invisible keep-out`,
      ).toBe(true);
    }
  });

  it('gives every timed source feature ids by index, as the live states are set', () => {
    for (const id of LIVE_SOURCES) {
      const source = style.sources[id] as { generateId?: boolean } | undefined;
      expect(source?.generateId, id).toBe(true);
    }
  });
});

describe('live feature states', () => {
  const calls: { source: string; id: number; live: boolean }[] = [];
  const fakeMap = {
    getSource: () => ({}),
    setFeatureState: (f: { source: string; id: number }, s: { live: boolean }) =>
      calls.push({ ...f, live: s.live }),
  };
  const live = new LiveFeatures(fakeMap as never, timedCollections(data));

  it('sets each feature to the domain rule on the day, then only what changes', () => {
    const day = 19_075; // 26 Mar 2022: Farrukh contested
    expect(live.show(day)).toBe(calls.length);
    for (const c of calls) {
      const f = timedCollections(data)[c.source as 'timed'].features[c.id];
      expect(c.live, `${c.source} ${c.id}`).toBe(isOnDay(f!.properties, day));
    }
    calls.length = 0;
    expect(live.show(day)).toBe(0);
    live.show(day - 1);
    // the day before, the Farrukh states swap: a few features change, not all of them
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(10);
  });

  it('counts a timed feature as drawn only while live; static ones always', () => {
    expect(isDrawn({ source: 'timed', state: { live: true } })).toBe(true);
    expect(isDrawn({ source: 'timed', state: { live: false } })).toBe(false);
    expect(isDrawn({ source: 'timed', state: {} })).toBe(false);
    expect(isDrawn({ source: 'places', state: {} })).toBe(true);
  });
});
