/** Where the map goes for a search result: the whole area of a shape, else the place's point. */
import type { CompiledData } from '../data/types.ts';
import type { SearchEntry } from './search-index.ts';

export type Target =
  { center: [number, number]; zoom: number } | { bounds: [number, number, number, number] };

/** Zoom a point result is shown at (at least): villages and towns legible. */
const POINT_ZOOM = 10;

function extend(b: [number, number, number, number], coords: unknown): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
    b[0] = Math.min(b[0], coords[0]);
    b[1] = Math.min(b[1], coords[1]);
    b[2] = Math.max(b[2], coords[0]);
    b[3] = Math.max(b[3], coords[1]);
  } else for (const c of coords) extend(b, c);
}

export function targetOf(
  data: CompiledData,
  entry: Pick<SearchEntry, 'kind' | 'id'>,
): Target | null {
  if (entry.kind === 'event') {
    const point = data.geo.events.features.find((f) => f.properties.id === entry.id);
    return point ? { center: point.geometry.coordinates as [number, number], zoom: 9 } : null;
  }
  const shapes = data.geo.timed.features.filter(
    (f) => f.properties.group === entry.id && f.geometry.type !== 'Point',
  );
  if (shapes.length) {
    const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of shapes) extend(b, (f.geometry as { coordinates: unknown }).coordinates);
    return { bounds: b };
  }
  const coord = data.places[entry.id]?.coord;
  return coord ? { center: coord, zoom: POINT_ZOOM } : null;
}
