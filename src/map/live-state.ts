/**
 * Which timed features the map draws on the shown day, as MapLibre feature state (`live`), not as
 * filters. A filter reading the date re-tiles its source in MapLibre's worker on every date change; a
 * paint property reading feature state is updated on the main thread for the features that changed, so
 * a date change is a repaint (issue 14, docs/performance.md). Whether a feature is on is the domain's
 * rule (src/domain/features.ts), computed here once per date for every timed source.
 */
import type { ExpressionSpecification, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { isOnDay, type Span } from '../domain/features.ts';

/** The style's sources whose features are drawn by their `live` state (their ids are their indices). */
export const LIVE_SOURCES = ['timed', 'timed-labels', 'cuts'] as const;
export type LiveSource = (typeof LIVE_SOURCES)[number];

/** A paint value drawn only while the feature is live (0, i.e. transparent, otherwise). */
export const whenLive = (value: unknown): ExpressionSpecification => [
  'case',
  ['boolean', ['feature-state', 'live'], false],
  value as ExpressionSpecification,
  0,
];

/** A rendered feature the reader can see: any static one, or a timed one that is live. */
export const isDrawn = (f: Pick<MapGeoJSONFeature, 'source' | 'state'>): boolean =>
  !(LIVE_SOURCES as readonly string[]).includes(f.source) || f.state?.live === true;

/** Keeps each timed source's feature states in step with the shown day. */
export class LiveFeatures {
  /** what each source's features were last set to (by index) */
  private readonly shown = new Map<LiveSource, boolean[]>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly sources: Record<LiveSource, { features: readonly { properties: Span }[] }>,
  ) {}

  /** Sets `live` on the features whose state differs on `day`; returns how many changed. */
  show(day: number): number {
    let changed = 0;
    for (const source of LIVE_SOURCES) {
      if (!this.map.getSource(source)) continue;
      const before = this.shown.get(source) ?? [];
      const now = this.sources[source].features.map((f) => isOnDay(f.properties, day));
      now.forEach((live, id) => {
        if (before[id] === live) return;
        this.map.setFeatureState({ source, id }, { live });
        changed++;
      });
      this.shown.set(source, now);
    }
    return changed;
  }
}
