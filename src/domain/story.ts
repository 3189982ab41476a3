/**
 * What makes this map tell *this* story, read from geodata/story.json: its title, region, opening view,
 * time range and default date, guided tour and country labels. Another story is another geodata/.
 */
export type Bounds = [[number, number], [number, number]];

export interface TourStep {
  date: string;
  title: string;
  text: string;
  /** the event whose sources the panel shows */
  event: string;
  /** selection group drawn with a highlight outline (place id, or layer id for the zone) */
  highlight: string | null;
  camera: { center: [number, number]; zoom: number };
}

export interface Story {
  title: string;
  subtitle: string;
  /** one sentence for search engines and link previews */
  description: string;
  /** a few names to search for, in several spellings: the search box's placeholder */
  searchExamples: string;
  /** what the map shows, for its accessible name */
  mapLabel: string;
  /** the map cannot be moved beyond these [[west, south], [east, north]] */
  bounds: Bounds;
  /** the opening view */
  home: Bounds;
  /** the timeline, ISO dates */
  start: string;
  end: string;
  /** the date a link without one opens at */
  defaultDate: string;
  tour: TourStep[];
  /** country names drawn on the basemap: [label, lon, lat], or with the zooms it shows between */
  countryLabels: ([string, number, number] | [string, number, number, number, number])[];
}
