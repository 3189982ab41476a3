/** The compiled data the app loads (written by scripts/build-data.ts into public/data/). */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { Story } from '../domain/story.ts';
import type { LayerId, Status } from '../map/registry.ts';

export type SourceKind = 'news' | 'opinion' | 'official statement' | 'reference';

export interface Source {
  id: string;
  outlet: string;
  headline: string;
  author: string | null;
  published: string | null;
  date_note: string | null;
  url: string | null;
  language: string;
  kind: SourceKind;
}

export interface Actor {
  id: string;
  name: string;
  side: string;
  /** for an outlet: the country it is based in */
  based_in?: string;
}

export interface PlaceNames {
  az: string[];
  hy: string[];
  ru: string[];
  en: string[];
}

export interface Place {
  id: string;
  kind: string;
  name: string;
  names: PlaceNames;
  native: string[];
  precision: 'exact' | 'approximate' | 'none';
  confidence: string;
  coordinate_source: string;
  /** [lon, lat], or null when the place could not be located */
  coord: [number, number] | null;
}

export interface Claim {
  by: string;
  says: string;
  sources: string[];
}

export interface EventRecord {
  id: string;
  start: string;
  end: string | null;
  precision: 'day' | 'month' | 'approximate';
  /** the end's own precision when it is less precise than the start; null or absent: `precision` */
  end_precision?: 'day' | 'month' | 'approximate' | null;
  note: string | null;
  reported_on: string | null;
  title: string;
  summary: string;
  /** where it happened (pinned on the map) */
  places: string[];
  /** places only named in its sources or claims (listed, never pinned) */
  mentioned: string[];
  actors: string[];
  claims: Claim[];
  sources: string[];
  /** when only one side of the conflict makes claims: what was looked for on the other side */
  sides_note: string | null;
  /** first and last day of the event */
  t0: number;
  t1: number;
}

export type { Status } from '../map/registry.ts';

export interface LayerState {
  valid_from: string;
  valid_to: string | null;
  status: Status;
  note: string | null;
  sources: string[];
  t0: number;
  t1: number;
}

/** One hand-edited timed feature, as the panel describes it. */
export interface TimedFeatureInfo {
  id: string;
  layer: LayerId;
  title: string;
  valid_from: string;
  valid_to: string | null;
  precision: 'exact' | 'approximate' | 'schematic';
  method: string;
  sources: string[];
  places: string[];
  states: LayerState[];
  /** what a click selects: the feature's main place, or its layer when it has none (the zone) */
  group: string;
  t0: number;
  t1: number;
}

/** Properties of every drawn timed feature: one per feature and state. */
export interface DrawnProps {
  id: string;
  group: string;
  layer: LayerId;
  status: Status | 'active';
  precision: 'exact' | 'approximate' | 'schematic';
  t0: number;
  t1: number;
}

export interface EventPointProps {
  id: string;
  t0: number;
  t1: number;
}

export interface PlacePointProps {
  id: string;
  kind: string;
  /** the neutral double name, e.g. "Khankendi / Stepanakert" */
  label: string;
  /** the first Azerbaijani, Armenian-derived (Latin) and Russian-derived forms */
  label_az: string;
  label_hy: string;
  label_ru: string;
  rank: number;
}

export interface CompiledData {
  generated: string;
  /** the story the data tells: title, region, opening view, time range, tour (geodata/story.json) */
  story: Story;
  range: { start: string; end: string; startDay: number; endDay: number };
  sources: Record<string, Source>;
  actors: Record<string, Actor>;
  places: Record<string, Place>;
  /** sorted by t0 */
  events: EventRecord[];
  features: Record<string, TimedFeatureInfo>;
  /** place id → event ids touching it, in date order */
  placeEvents: Record<string, string[]>;
  /** selection group (place id or layer id) → timed feature ids */
  groups: Record<string, string[]>;
  geo: {
    timed: FeatureCollection<Geometry, DrawnProps>;
    /** areas a dispute cut from the peacekeepers' zone, computed at compile time (scripts/pipeline/cuts.ts) */
    cuts: FeatureCollection<Polygon | MultiPolygon, DrawnProps>;
    events: FeatureCollection<Point, EventPointProps>;
    places: FeatureCollection<Point, PlacePointProps>;
  };
}

export interface Basemap {
  countries: FeatureCollection;
  admin1: FeatureCollection;
  nkao: FeatureCollection;
  /** rivers and lakes; each feature has kind (river | lake) and name */
  water: FeatureCollection;
  /** countries of the South Caucasus and neighbours for the locator inset (name, iso_a3, role, label_lon/lat) */
  locator?: FeatureCollection;
  /** the corridor's roads, schematic (id, kind: road, name, precision, routes) */
  roads?: FeatureCollection;
  labels: FeatureCollection;
  attribution: string[];
}

export type AnyFeature = Feature<Geometry, Record<string, unknown>>;
