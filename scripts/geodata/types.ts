// Shared types for the geodata refresh script.
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bbox = readonly [number, number, number, number];

/** A [lon, lat] pair (extra ordinates are dropped on read). */
export type Pt = [number, number];

export type IdFeature<G extends Geometry = Geometry> = Feature<G, Record<string, unknown>> & {
  id: string;
};

export type IdCollection<G extends Geometry = Geometry> = FeatureCollection<
  G,
  Record<string, unknown>
> & { features: IdFeature<G>[] };

export interface SourceRef {
  package: string;
  version: string;
  registry: 'npm' | 'debian';
  path: string;
  licence: string;
}

/** What one generated file is made from and how; `generated`/`bytes`/`sha256` are added on write. */
export interface LayerProvenance {
  file: string;
  sources: SourceRef[];
  steps: string[];
  clip_bbox: Bbox | null;
  simplify_tolerance_deg: number | null;
  attribution: string[];
  notes: string[];
  extra?: Record<string, unknown>;
}

export interface LayerResult<G extends Geometry = Geometry> {
  collection: IdCollection<G>;
  provenance: LayerProvenance;
  /** Human-readable verification lines printed by the refresh script. */
  checks: string[];
}
