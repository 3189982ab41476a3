/**
 * A selection (a place, an area or an event) on a day, as every view names and sources it: the panel,
 * the Cite text, the announcer and the search all read these, so they cannot drift apart.
 */
import type { CompiledData, EventRecord, Place, TimedFeatureInfo } from '../data/types.ts';
import { placeName, withPlaceNames, type NameMode } from '../names/names.ts';
import type { Selection } from '../state/store.ts';
import { strings } from '../ui/strings.ts';
import { eventById, eventsAtPlaceBy } from './events.ts';
import { changesOf, explains } from './explained.ts';
import { featuresOf, placeFeaturesOn, type FeatureOnDay } from './features.ts';

/** The name of an area that is not a place (the zone), from the string table. */
export function areaLabel(group: string): string | undefined {
  return (strings.layers as Record<string, string>)[group];
}

/**
 * A selection's title: an event's title, a place's name in the chosen form, an area's label. Never one
 * period's feature title (the zone on 1 Jan 2023 is not the "Nov 2020 – Mar 2022" zone).
 */
export function selectionTitle(data: CompiledData, sel: Selection, names: NameMode): string {
  if (!sel) return '';
  if (sel.kind === 'event') return eventById(data, sel.id)?.title ?? sel.id;
  const place = data.places[sel.id];
  if (place) return placeName(place, names);
  return areaLabel(sel.id) ?? featuresOf(data, sel.id)[0]?.title ?? sel.id;
}

/**
 * A feature's title as the panel's state line shows it: the places it names in the chosen form, as on
 * the map's labels ("Fərrux and the height above it"); its own places (group, places) come first
 * where two places share a double name.
 */
export function featureTitle(data: CompiledData, f: TimedFeatureInfo, names: NameMode): string {
  const own = [f.group, ...f.places].map((id) => data.places[id]).filter((p): p is Place => !!p);
  return withPlaceNames(f.title, [...own, ...Object.values(data.places)], names);
}

/** What a place's panel shows on a day, each part with its own sources. */
export interface PlaceOnDay {
  place: Place | undefined;
  features: FeatureOnDay[];
  /** events at the place, or that changed its features, that have begun by the day */
  events: EventRecord[];
}

export function placeOnDay(data: CompiledData, id: string, day: number): PlaceOnDay {
  return {
    place: data.places[id],
    features: placeFeaturesOn(data, id, day),
    events: selectionEvents(data, id, day),
  };
}

/**
 * The one list of a place's or area's events (panel, Cite, search all read it through placeOnDay): the
 * events at the place, and the events that explain its features' changes on the map (an event going
 * on that day citing one of the change's sources, the rule `npm run validate` enforces). So the zone,
 * which no event names as a place, lists its deployment, the Farrukh cut, its end in practice and the
 * withdrawal. Those begun by the day, in date order.
 */
export function selectionEvents(data: CompiledData, id: string, day: number): EventRecord[] {
  const { startDay, endDay } = data.range;
  const changes = featuresOf(data, id).flatMap((f) => changesOf(f, startDay, endDay));
  const atPlace = new Set(eventsAtPlaceBy(data, id, day).map((e) => e.id));
  return data.events.filter(
    (e) => e.t0 <= day && (atPlace.has(e.id) || changes.some((c) => explains(e, c))),
  );
}

/** The sources of one feature as shown: its state's, then its method's. */
export const featureSources = (f: FeatureOnDay): string[] => [
  ...(f.state?.sources ?? []),
  ...f.feature.sources,
];

/** The sources of an event as its panel shows them: each claim's, then the event's own. */
export const eventSources = (e: EventRecord): string[] => [
  ...e.claims.flatMap((c) => c.sources),
  ...e.sources,
];

/** The sources a selection's panel shows on a day, first mention first, each once. */
export function selectionSources(data: CompiledData, sel: Selection, day: number): string[] {
  const ids: string[] = [];
  if (sel?.kind === 'event') {
    const e = eventById(data, sel.id);
    if (e) ids.push(...eventSources(e));
  } else if (sel) {
    const p = placeOnDay(data, sel.id, day);
    for (const f of p.features) ids.push(...featureSources(f));
    for (const e of p.events) ids.push(...e.sources);
  }
  return [...new Set(ids)].filter((id) => Object.hasOwn(data.sources, id));
}
