/** One article in, its places and dates out: the whole analysis, without I/O. */
import { findDates } from './dates.ts';
import type { Gazetteer } from './gazetteer.ts';
import { findPlaces, type Ambiguity, type PlaceHit, type Unmatched } from './places.ts';
import { resolveDates, type ResolvedDate } from './resolve.ts';

export interface Analysis {
  places: PlaceHit[];
  dates: ResolvedDate[];
  unmatched: Unmatched[];
  ambiguous: Ambiguity[];
}

/** The part of a file that holds the article: [start, end) in JavaScript string indices. */
export interface Window {
  start: number;
  end: number;
}

/**
 * Places and dates of the article in `text` (or in `window` of it), with offsets into `text`.
 * `published` (YYYY-MM-DD) resolves "on Saturday", "last year" and dates written without a year.
 */
export function analyseArticle(
  text: string,
  published: string,
  gazetteer: Gazetteer,
  window: Window = { start: 0, end: text.length },
): Analysis {
  const body = text.slice(window.start, window.end);
  const shift = <T extends { start: number; end: number }>(x: T): T => ({
    ...x,
    start: x.start + window.start,
    end: x.end + window.start,
  });
  const found = findPlaces(body, gazetteer);
  return {
    places: found.places.map((p) => ({ ...p, mentions: p.mentions.map(shift) })),
    dates: resolveDates(body, findDates(body), published).map(shift),
    unmatched: found.unmatched.map(shift),
    ambiguous: found.ambiguous.map(shift),
  };
}
