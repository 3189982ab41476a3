/**
 * The only other hosts the app may contact: the opt-in online basemaps (URL `basemap=osm`). The URL
 * reader, the state, the map and the Content-Security-Policy all read this one list.
 */
export const ONLINE_BASEMAPS = {
  osm: {
    name: 'OpenStreetMap',
    origin: 'https://tile.openstreetmap.org',
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    attribution: '© OpenStreetMap contributors (ODbL)',
    maxzoom: 19,
  },
} as const;

export type OnlineBasemapId = keyof typeof ONLINE_BASEMAPS;

export const isOnlineBasemapId = (value: string): value is OnlineBasemapId =>
  Object.prototype.hasOwnProperty.call(ONLINE_BASEMAPS, value);

/** Origins the Content-Security-Policy must allow for the opt-in basemaps (and nothing else). */
export const ONLINE_BASEMAP_ORIGINS: string[] = Object.values(ONLINE_BASEMAPS).map((b) => b.origin);
