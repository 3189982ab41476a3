/**
 * The comparison page: MapLibre alone with the app's basemap (the same style module, sources,
 * layers, label fonts and opening view), no app code, no timed layers. Query `w`/`h` size the map
 * like the app's map container so both draw the same number of pixels.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Basemap, CompiledData } from '../../src/data/types.ts';
import { HOME_BOUNDS } from '../../src/map/map-view.ts';
import { buildStyle } from '../../src/map/style.ts';

const BASEMAP_SOURCES = new Set(['countries', 'admin1', 'nkao', 'water', 'country-labels']);

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const container = document.getElementById('map') as HTMLElement;
  if (params.has('w')) container.style.width = `${params.get('w')}px`;
  if (params.has('h')) container.style.height = `${params.get('h')}px`;

  const basemap = (await (await fetch('/data/basemap.json')).json()) as Basemap;
  const none = { type: 'FeatureCollection', features: [] };
  const noData = {
    geo: { timed: none, cuts: none, events: none, places: none },
  } as unknown as CompiledData;
  const full = buildStyle(noData, basemap, 0);
  const sources: Record<string, SourceSpecification> = {};
  for (const [id, s] of Object.entries(full.sources)) if (BASEMAP_SOURCES.has(id)) sources[id] = s;
  const layers = full.layers.filter(
    (l: LayerSpecification) => !('source' in l) || BASEMAP_SOURCES.has(String(l.source)),
  );
  const map = new MapLibreMap({
    container,
    style: { ...full, sources, layers },
    bounds: HOME_BOUNDS,
    fitBoundsOptions: { padding: 20 },
    attributionControl: false,
    fadeDuration: 0,
  });
  (window as unknown as { __app: unknown }).__app = { map };
}

void start();
