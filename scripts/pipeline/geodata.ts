/** The validated record: what validate.ts returns and every rule module reads. */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Story } from '../../src/domain/story.ts';
import type { ActorIn, EventIn, LayerPropsIn, PlacePropsIn, SourceIn } from './schema.ts';

export type PlaceFeature = Feature<Point | null, PlacePropsIn>;
export type LayerFeature = Feature<Geometry | null, LayerPropsIn>;

export interface Geodata {
  sources: SourceIn[];
  actors: ActorIn[];
  places: PlaceFeature[];
  events: EventIn[];
  layers: LayerFeature[];
  /** the story this data tells (story.ts) */
  story: Story;
  generated: {
    admin1: FeatureCollection;
    nkao: FeatureCollection;
    countries: FeatureCollection;
    water: FeatureCollection;
    locator: FeatureCollection;
  };
}
