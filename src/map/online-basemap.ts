/**
 * Opt-in online basemap (URL `basemap=osm`, off by default): OpenStreetMap raster tiles drawn over
 * the embedded basemap and under the data layers. When the tiles cannot be reached (offline, blocked,
 * refused by the Content-Security-Policy) the layer is removed, the embedded basemap shows again and
 * the reader is told. Without the opt-in the app contacts no other host.
 */
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

import { ONLINE_BASEMAPS, type OnlineBasemapId } from '../security/online-hosts.ts';

export {
  ONLINE_BASEMAPS,
  ONLINE_BASEMAP_ORIGINS,
  isOnlineBasemapId,
  type OnlineBasemapId,
} from '../security/online-hosts.ts';

export const ONLINE_SOURCE_ID = 'online-basemap';
/** Layers of the embedded basemap that the online tiles cover; every other layer stays on top. */
const COVERED_LAYERS = new Set(['background', 'land', 'lakes']);

export interface OnlineBasemapOptions {
  /** called once when no tile could be loaded; the embedded basemap is already back */
  onFail: (name: string) => void;
  /** give up when no tile has arrived by then */
  timeoutMs?: number;
}

export function addOnlineBasemap(
  map: MapLibreMap,
  id: OnlineBasemapId,
  { onFail, timeoutMs = 10_000 }: OnlineBasemapOptions,
): void {
  const basemap = ONLINE_BASEMAPS[id];
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cleanUp = () => {
    settled = true;
    if (timer !== undefined) clearTimeout(timer);
    map.off('error', onError);
    map.off('sourcedata', onData);
  };
  const fail = () => {
    if (settled) return;
    cleanUp();
    if (map.getLayer(ONLINE_SOURCE_ID)) map.removeLayer(ONLINE_SOURCE_ID);
    if (map.getSource(ONLINE_SOURCE_ID)) map.removeSource(ONLINE_SOURCE_ID);
    onFail(basemap.name);
  };
  // Once one tile has arrived the service is reachable; later gaps show the embedded basemap beneath.
  const onData = (e: MapSourceDataEvent) => {
    if (e.sourceId === ONLINE_SOURCE_ID && e.tile && e.tile.state === 'loaded') cleanUp();
  };
  const onError = (e: ErrorEvent & { sourceId?: string }) => {
    if (e.sourceId === ONLINE_SOURCE_ID) fail();
  };

  const add = () => {
    const beforeId = map.getStyle().layers.find((l) => !COVERED_LAYERS.has(l.id))?.id;
    map.on('error', onError);
    map.on('sourcedata', onData);
    timer = setTimeout(fail, timeoutMs);
    try {
      map.addSource(ONLINE_SOURCE_ID, {
        type: 'raster',
        tiles: [...basemap.tiles],
        tileSize: 256,
        maxzoom: basemap.maxzoom,
        attribution: basemap.attribution,
      });
      map.addLayer(
        {
          id: ONLINE_SOURCE_ID,
          type: 'raster',
          source: ONLINE_SOURCE_ID,
          paint: { 'raster-opacity': 0.85 },
        },
        beforeId,
      );
    } catch (err) {
      console.warn('online basemap unavailable:', err);
      fail();
    }
  };
  if (map.isStyleLoaded()) add();
  else map.once('load', add);
}
