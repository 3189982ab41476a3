/** What the search box finds: every place by any of its names, areas without a place, and event titles. */
import type { CompiledData, Place } from '../data/types.ts';
import { allNames } from '../names/names.ts';
import { eventDateText } from '../domain/events.ts';
import { areaLabel } from '../domain/selection.ts';
import { strings } from '../ui/strings.ts';
import { foldKeys, matchScore } from './fold.ts';

export interface SearchEntry {
  kind: 'place' | 'event';
  id: string;
  /** set for places: the label follows the naming choice */
  place: Place | null;
  /** the label when there is no place (an event title, the zone) */
  title: string;
  /** what kind of thing it is, or the event's date */
  detail: string;
  /** every spelling, as written */
  names: string[];
  /** every spelling, folded */
  keys: string[][];
}

export interface SearchHit {
  entry: SearchEntry;
  /** the spelling that matched */
  matched: string;
  score: number;
}

const KIND_ORDER = { place: 0, event: 1 } as const;

export function buildIndex(data: CompiledData): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const featureTitles = (group: string) =>
    (data.groups[group] ?? []).map((f) => data.features[f]?.title).filter((t): t is string => !!t);
  const add = (e: Omit<SearchEntry, 'keys'>) => entries.push({ ...e, keys: e.names.map(foldKeys) });
  for (const place of Object.values(data.places)) {
    add({
      kind: 'place',
      id: place.id,
      place,
      title: place.name,
      detail: place.kind,
      names: [...new Set([...allNames(place), ...featureTitles(place.id)])],
    });
  }
  for (const group of Object.keys(data.groups)) {
    if (group in data.places) continue;
    const label = areaLabel(group) ?? group;
    add({
      kind: 'place',
      id: group,
      place: null,
      title: label,
      detail: strings.search.area,
      names: [label, ...featureTitles(group)],
    });
  }
  for (const e of data.events) {
    add({
      kind: 'event',
      id: e.id,
      place: null,
      title: e.title,
      detail: eventDateText(e),
      names: [e.title],
    });
  }
  return entries;
}

export function search(index: SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = foldKeys(query);
  if (!q.some((k) => k.length > 0)) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best: { score: number; matched: string } | null = null;
    entry.keys.forEach((keys, i) => {
      const score = matchScore(q, keys);
      if (score !== null && (best === null || score < best.score))
        best = { score, matched: entry.names[i] ?? '' };
    });
    if (best) hits.push({ entry, ...(best as { score: number; matched: string }) });
  }
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.title.localeCompare(b.entry.title),
  );
  return hits.slice(0, limit);
}
