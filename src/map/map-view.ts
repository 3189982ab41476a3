/** The map: created from the compiled data, driven by the store, reporting clicks and moves back. */
import { Map as MapLibreMap, AttributionControl, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Basemap, CompiledData } from '../data/types.ts';
import type { AppState, Selection, View } from '../state/store.ts';
import { buildStyle, CLICKABLE_LAYERS } from './style.ts';

setWorkerUrl(workerUrl);

/** Kalbajar, Lachin, Khankendi and Aghdam in view. */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [45.95, 39.5],
  [47.05, 40.2],
];
const REGION_BOUNDS: [[number, number], [number, number]] = [
  [42.5, 37.5],
  [51, 43],
];

export interface MapCallbacks {
  onSelect: (selection: Selection) => void;
  onMove: (view: View) => void;
}

export class MapView {
  readonly map: MapLibreMap;

  constructor(container: HTMLElement, data: CompiledData, basemap: Basemap, state: AppState, callbacks: MapCallbacks) {
    const view = state.view;
    this.map = new MapLibreMap({
      container,
      style: buildStyle(data, basemap, state.day),
      ...(view ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom } : { bounds: HOME_BOUNDS }),
      fitBoundsOptions: { padding: 20 },
      maxBounds: REGION_BOUNDS,
      attributionControl: false,
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    this.map.getCanvas().setAttribute('aria-label', container.getAttribute('aria-label') ?? 'Map');

    this.map.on('click', (e) => {
      const hit = this.featureAt(e.point);
      callbacks.onSelect(hit);
    });
    this.map.on('mousemove', (e) => {
      this.map.getCanvas().style.cursor = this.featureAt(e.point) ? 'pointer' : '';
    });
    this.map.on('moveend', (e) => {
      if (!(e as { originalEvent?: unknown }).originalEvent) return; // only moves the reader made
      const c = this.map.getCenter();
      callbacks.onMove({ zoom: this.map.getZoom(), lat: c.lat, lon: c.lng });
    });
    this.apply(state);
  }

  private featureAt(point: { x: number; y: number }): Selection {
    const layers = CLICKABLE_LAYERS.filter((id) => this.map.getLayer(id));
    const box: [[number, number], [number, number]] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    const hits = this.map.queryRenderedFeatures(box, { layers });
    // queryRenderedFeatures sorts by rendering order, top first
    const top = hits[0];
    if (!top) return null;
    if (top.layer.id === 'events') return { kind: 'event', id: String(top.properties.id) };
    return { kind: 'place', id: String(top.properties.group ?? top.properties.id) };
  }

  apply(state: AppState, previous?: AppState): void {
    if (state.day !== previous?.day) this.map.setGlobalStateProperty('day', state.day);
    if (state.selection !== previous?.selection) {
      const sel = state.selection;
      this.map.setGlobalStateProperty('selected', sel?.kind === 'place' ? sel.id : '');
    }
  }

  setContextLayer(id: string, visible: boolean): void {
    if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }

  flyTo(coord: [number, number]): void {
    if (!this.map.getBounds().contains(coord)) this.map.easeTo({ center: coord, duration: 0 });
  }
}
