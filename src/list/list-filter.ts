/** Which events the list shows: by place, by actor (acting or claiming) and by text in any spelling. */
import type { CompiledData, EventRecord } from '../data/types.ts';
import { allNames } from '../names/names.ts';
import { foldKeys } from '../search/fold.ts';

export interface ListFilter {
  place: string;
  actor: string;
  text: string;
}

export const NO_FILTER: ListFilter = { place: '', actor: '', text: '' };

/** Everything an event can be found by, folded: title, summary, places in every spelling, actors, sources. */
export function eventHaystack(data: CompiledData, e: EventRecord): string {
  const parts = [
    e.title,
    e.summary,
    ...e.places.flatMap((p) => {
      const place = data.places[p];
      return place ? allNames(place) : [p];
    }),
    ...eventActors(e).map((a) => data.actors[a]?.name ?? a),
    ...e.claims.map((c) => c.says),
    ...e.sources.map((s) => `${data.sources[s]?.outlet ?? ''} ${data.sources[s]?.headline ?? ''}`),
  ];
  return parts.flatMap(foldKeys).join('\n');
}

/** Actors of an event: those it names and those who make a claim about it. */
export function eventActors(e: EventRecord): string[] {
  return [...new Set([...e.actors, ...e.claims.map((c) => c.by)])];
}

export function eventMatches(e: EventRecord, haystack: string, filter: ListFilter): boolean {
  if (filter.place && !e.places.includes(filter.place)) return false;
  if (filter.actor && !eventActors(e).includes(filter.actor)) return false;
  const words = filter.text.split(/\s+/).filter(Boolean);
  return words.every((w) => foldKeys(w).some((k) => haystack.includes(k)));
}
