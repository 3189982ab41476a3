/** The map: created from the compiled data, driven by the store, reporting clicks and moves back. */
import {
  Map as MapLibreMap,
  AttributionControl,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
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
  private loaded = false;
  private latest: AppState;
  private applied: { day: number; selected: string } | null = null;

  constructor(
    container: HTMLElement,
    data: CompiledData,
    basemap: Basemap,
    state: AppState,
    callbacks: MapCallbacks,
  ) {
    const view = state.view;
    this.latest = state;
    this.map = new MapLibreMap({
      container,
      style: buildStyle(data, basemap, state.day),
      ...(view
        ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
        : { bounds: HOME_BOUNDS }),
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
    this.map.once('load', () => {
      this.loaded = true;
      // start with the attribution folded to its (i) button so it never covers the map
      container
        .querySelector('.maplibregl-ctrl-attrib')
        ?.classList.remove('maplibregl-compact-show');
      this.apply(this.latest);
    });
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

  /** Pushes the date and selection into the style's global state (once the style has loaded). */
  apply(state: AppState): void {
    this.latest = state;
    if (!this.loaded) return;
    const selected = state.selection?.kind === 'place' ? state.selection.id : '';
    if (this.applied?.day !== state.day) this.map.setGlobalStateProperty('day', state.day);
    if (this.applied?.selected !== selected) this.map.setGlobalStateProperty('selected', selected);
    this.applied = { day: state.day, selected };
  }

  setContextLayer(id: string, visible: boolean): void {
    if (this.map.getLayer(id))
      this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
  }

  flyTo(coord: [number, number]): void {
    if (!this.map.getBounds().contains(coord)) this.map.easeTo({ center: coord, duration: 0 });
  }
}
