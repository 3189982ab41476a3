/** The map: created from the compiled data, driven by the store, reporting clicks and moves back. */
import {
  Map as MapLibreMap,
  AttributionControl,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Basemap, CompiledData } from '../data/types.ts';
import type { AppState, Selection, View } from '../state/store.ts';
import { buildStyle, CLICKABLE_LAYERS, timedCollections } from './style.ts';
import { isDrawn, LiveFeatures } from './live-state.ts';
import { HomeControl } from './home-control.ts';
import { provideImages } from './images.ts';
import { LocatorControl } from './locator.ts';
import { EVENTS_LAYER, EventsLayer, withoutEventCircles } from './events-layer.ts';
import { binaryEventsFile, eventsFromGeoJson, loadBinaryEvents } from './events-load.ts';
import { strings } from '../ui/strings.ts';

setWorkerUrl(workerUrl);

/** Kalbajar, Lachin, Khankendi and Aghdam in view (the story's opening view; bench/pages/bare.ts uses it). */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [45.95, 39.5],
  [47.05, 40.2],
];
/**
 * The closest zoom: about 20 m a pixel. The basemap is Natural Earth at 1:10 million and most shapes are
 * approximate or schematic, so anything closer shows empty detail the data does not have.
 */
export const MAX_ZOOM = 12;
/**
 * How long the date must rest before labels are re-placed for it (the style's `placed` state): the
 * re-placement runs in MapLibre's worker, so it waits until the reader stops moving through time.
 */
export const PLACE_LABELS_AFTER_MS = 200;

export interface MapCallbacks {
  onSelect: (selection: Selection) => void;
  onMove: (view: View) => void;
  /** the map cannot draw after all (its worker script did not load) */
  onFail?: (reason: 'worker') => void;
}

export class MapView {
  readonly map: MapLibreMap;
  /** the event points (a custom layer drawing from a time-sorted buffer) */
  readonly events = new EventsLayer();
  private loaded = false;
  /** the story's opening view, where the home button goes */
  private readonly homeBounds: [[number, number], [number, number]];
  private latest: AppState;
  private applied: { day: number; selected: string; compare: number } | null = null;
  /** the timed features' `live` states (set once the style's sources exist) */
  private live: LiveFeatures | null = null;
  private placeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    container: HTMLElement,
    data: CompiledData,
    basemap: Basemap,
    state: AppState,
    callbacks: MapCallbacks,
  ) {
    const view = state.camera;
    this.homeBounds = data.story.home;
    this.latest = state;
    const { style, before } = withoutEventCircles(buildStyle(data, basemap, state.day));
    this.map = new MapLibreMap({
      container,
      style,
      ...(view
        ? { center: [view.lon, view.lat] as [number, number], zoom: view.zoom }
        : { bounds: data.story.home }),
      fitBoundsOptions: { padding: 20 },
      maxBounds: data.story.bounds,
      maxZoom: MAX_ZOOM,
      attributionControl: false,
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      cooperativeGestures: false,
    });
    provideImages(this.map); // the style's patterns and markers, drawn at runtime
    this.map.touchZoomRotate.disableRotation();
    this.map.once('style.load', () => {
      this.map.addLayer(this.events, before);
      // the first frame already draws the linked date's shapes
      this.live = new LiveFeatures(this.map, timedCollections(data));
      this.live.show(this.latest.day);
    });
    const binary = binaryEventsFile(data);
    if (binary)
      loadBinaryEvents(binary).then(
        (e) => this.events.setEvents(e.columns, e.ids),
        (err: unknown) => console.warn('events unavailable:', err),
      );
    else {
      const e = eventsFromGeoJson(data);
      this.events.setEvents(e.columns, e.ids);
    }
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new HomeControl(() => this.home()), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
    this.map.addControl(new LocatorControl(basemap), 'bottom-right');
    // the canvas is its own region (MapLibre): name it by what the keys do, unlike its container's name
    this.map.getCanvas().setAttribute('aria-label', strings.view.mapKeys);

    this.map.on('click', (e) => {
      const hit = this.featureAt(e.point);
      callbacks.onSelect(hit);
    });
    this.map.on('mousemove', (e) => {
      this.map.getCanvas().style.cursor = this.featureAt(e.point) ? 'pointer' : '';
    });
    // every move ends in the URL: the reader's, and those of search, the tour and the home button
    const reportView = () => {
      const c = this.map.getCenter();
      callbacks.onMove({ zoom: this.map.getZoom(), lat: c.lat, lon: c.lng });
    };
    this.map.on('moveend', reportView);
    this.map.on('remove', () => clearTimeout(this.placeTimer));
    // MapLibre reports a worker that fails to load (e.g. served with a non-JavaScript MIME type) only
    // as an error event; without this the map would stay blank. Other errors are logged, as MapLibre does
    // when nobody listens.
    const onError = (e: { error?: Error; type?: string }) => {
      if (!/worker failed to load/i.test(e.error?.message ?? '')) {
        console.error(e.error);
        return;
      }
      this.map.off('error', onError);
      callbacks.onFail?.('worker');
    };
    this.map.on('error', onError);
    // start with the attribution folded to its (i) button so it never covers the map; folded as soon
    // as MapLibre unfolds it (when the sources' attributions arrive), not at `load`: a late fold
    // moved the controls above it (layout shift, bench/)
    const fold = () =>
      container
        .querySelector('.maplibregl-ctrl-attrib')
        ?.classList.remove('maplibregl-compact-show');
    this.map.on('styledata', fold);
    this.map.on('sourcedata', fold);
    this.map.once('load', () => {
      this.loaded = true;
      // a linked view outside the region or beyond the closest zoom was clamped: say where the map is
      if (state.camera) reportView();
      fold();
      this.map.off('styledata', fold);
      this.map.off('sourcedata', fold);
      this.apply(this.latest);
    });
  }

  private featureAt(point: { x: number; y: number }): Selection {
    const event = this.events.pick(point);
    if (event?.id) return { kind: 'event', id: event.id };
    const layers = CLICKABLE_LAYERS.filter((id) => id !== EVENTS_LAYER && this.map.getLayer(id));
    const box: [[number, number], [number, number]] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    // hidden timed shapes are still rendered (transparent): only what the reader sees counts
    const hits = this.drawnFeatures(box, { layers });
    // queryRenderedFeatures sorts by rendering order, top first
    const top = hits[0];
    if (!top) return null;
    return { kind: 'place', id: String(top.properties.group ?? top.properties.id) };
  }

  /** The rendered features a reader can see: hidden timed shapes are rendered too, transparent. */
  drawnFeatures(...query: Parameters<MapLibreMap['queryRenderedFeatures']>): MapGeoJSONFeature[] {
    return this.map.queryRenderedFeatures(...query).filter(isDrawn);
  }

  /** Pushes the date and selection into the style's global state (once the style has loaded). */
  apply(state: AppState): void {
    this.latest = state;
    if (!this.loaded) return;
    const selected = state.selection?.kind === 'place' ? state.selection.id : '';
    const compare = state.compare ?? -1;
    if (this.applied?.day !== state.day) {
      this.live?.show(state.day);
      this.map.setGlobalStateProperty('day', state.day);
      clearTimeout(this.placeTimer);
      const day = state.day;
      this.placeTimer = setTimeout(
        () => this.map.setGlobalStateProperty('placed', day),
        PLACE_LABELS_AFTER_MS,
      );
    }
    if (this.applied?.selected !== selected) this.map.setGlobalStateProperty('selected', selected);
    if (this.applied?.compare !== compare) this.map.setGlobalStateProperty('compare', compare);
    this.applied = { day: state.day, selected, compare };
  }

  /** Outlines a shape without selecting it (the guided tour). */
  setHighlight(group: string | null): void {
    const apply = () => this.map.setGlobalStateProperty('highlight', group ?? '');
    if (this.loaded) apply();
    else this.map.once('load', apply);
  }

  /** Back to the opening view of the whole area. */
  home(): void {
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map.fitBounds(this.homeBounds, { padding: 20, duration: reduced ? 0 : 600 });
  }

  jumpTo(center: [number, number], zoom: number): void {
    this.map.jumpTo({ center, zoom });
  }

  /** Shows or hides a context layer and its companions (`<id>-labels`). */
  setContextLayer(id: string, visible: boolean): void {
    for (const layer of [id, `${id}-labels`])
      if (this.map.getLayer(layer))
        this.map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none');
  }

  /** Shows the chosen form of contested names on the labels (style global state `names`). */
  setNames(mode: string): void {
    const apply = () => this.map.setGlobalStateProperty('names', mode);
    if (this.loaded) apply();
    else this.map.once('load', apply);
  }

  /**
   * Flies to a point (zooming in to at least `zoom`) or fits an area (search results), keeping it clear of
   * whatever covers the map (`cover`: pixels hidden on the right by the panel, at the bottom by the sheet).
   */
  focusOn(
    target:
      { center: [number, number]; zoom: number } | { bounds: [number, number, number, number] },
    cover: { right: number; bottom: number } = { right: 0, bottom: 0 },
  ): void {
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const duration = reduced ? 0 : 800;
    if ('bounds' in target) {
      const padding = { top: 40, left: 40, right: 40 + cover.right, bottom: 40 + cover.bottom };
      const [w, s, e, n] = target.bounds;
      this.map.fitBounds([w, s, e, n], { padding, maxZoom: 11, duration });
    } else {
      const zoom = Math.max(this.map.getZoom(), target.zoom);
      // an offset, not padding: padding given to flyTo would stay on the map afterwards
      const offset: [number, number] = [-cover.right / 2, -cover.bottom / 2];
      this.map.flyTo({ center: target.center, zoom, offset, duration });
    }
  }

  flyTo(coord: [number, number]): void {
    if (!this.map.getBounds().contains(coord)) this.map.easeTo({ center: coord, duration: 0 });
  }
}
