/** The validated record: what validate.ts returns and every rule module reads. */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { ActorIn, EventIn, LayerPropsIn, PlacePropsIn, SourceIn } from './schema.ts';

export type PlaceFeature = Feature<Point | null, PlacePropsIn>;
export type LayerFeature = Feature<Geometry | null, LayerPropsIn>;

export interface Geodata {
  sources: SourceIn[];
  actors: ActorIn[];
  places: PlaceFeature[];
  events: EventIn[];
  layers: LayerFeature[];
  generated: {
    admin1: FeatureCollection;
    nkao: FeatureCollection;
    countries: FeatureCollection;
    water: FeatureCollection;
    locator: FeatureCollection;
  };
}
