/**
 * The one place where the app is wired: the store, the actions every component may call, each component
 * mounted once and told of every change, the keyboard, and the URL.
 */
import { mountAnnouncer } from './a11y/announce.ts';
import { mountCaption } from './caption/caption.ts';
import { renderCompare } from './compare/compare-view.ts';
import type { Basemap, CompiledData } from './data/types.ts';
import { eventById } from './domain/events.ts';
import type { Story } from './domain/story.ts';
import { ListView } from './list/list-view.ts';
import { ViewToggle } from './list/view-toggle.ts';
import { setUpEmbed } from './embed/embed.ts';
import { setUpShare } from './embed/share.ts';
import { imageSaver } from './export/image-saver.ts';
import { setUpPrint } from './export/print.ts';
import { foldLegendOnSmallScreens, trackTourCard } from './layout/layout.ts';
import { foldOverlaysOnPhones, type Overlays } from './layout/overlays.ts';
import type { MapView } from './map/map-view.ts';
import { availableContextLayers, nameLegend, renderLegend } from './map/legend.ts';
import { addOnlineBasemap } from './map/online-basemap.ts';
import { mountStill, type Still } from './map/still.ts';
import { renderNameControl } from './names/name-control.ts';
import { mountPanel } from './panel/panel.ts';
import { SearchBox } from './search/search-box.ts';
import { buildIndex } from './search/search-index.ts';
import { targetOf } from './search/target.ts';
import {
  select,
  selectEvent,
  setCamera,
  setCompare,
  setContext,
  setDay,
  setNames,
  setViewMode,
  showTourStep,
  Store,
  type AppState,
  type Camera,
  type Selection,
  type Updater,
} from './state/store.ts';
import { HistorySync, restoredState } from './state/history.ts';
import { parseUrl, type UrlContext } from './state/url.ts';
import { dayFromIso } from './time/days.ts';
import { mountTimeline } from './timeline/timeline.ts';
import { mountTour } from './tour/tour-view.ts';
import type { Component } from './ui/component.ts';
import { byId, el } from './ui/dom.ts';
import { showNotice } from './ui/notice.ts';
import { strings } from './ui/strings.ts';

/** Everything a component may ask of the app: each is one store update. */
export interface Actions {
  select(selection: Selection): void;
  setDay(day: number): void;
  setCompare(day: number | null): void;
  tour(step: number | null): void;
  setNames: (names: AppState['names']) => void;
  setViewMode: (mode: AppState['viewMode']) => void;
  setContext: (layer: string, on: boolean) => void;
  setCamera: (camera: Camera) => void;
}

export interface AppDeps {
  data: CompiledData;
  story: Story;
  /** the basemap file, fetched beside the data: the list and the timeline do not wait for it */
  basemap: Promise<Basemap | null>;
  initial: AppState;
  /** how the URL is read (Back and Forward restore the state from it) */
  urlContext: UrlContext;
  /** the map's code, its download already started (it overlaps the list's set-up) */
  mapCode?: Promise<typeof import('./map/map-view.ts')>;
  /** progress until the map is live: a step's words, or null once it is live or cannot be */
  progress?: (text: string | null) => void;
}

export interface App {
  store: Store;
  /** the map once it is created (its code arrives after the list and the timeline are usable) */
  readonly map: MapView | null;
  /** the map created, or null when it cannot draw (the list stands in) */
  mapReady: Promise<MapView | null>;
  /** writes the opening state into the current history entry (not a new one) */
  settleUrl(): void;
}

/**
 * Sets up everything that needs only the data (toolbar, list, timeline, date caption, panel, tour), so
 * a reader on a slow line can read and move through the record at once; then the map, whose code (most
 * of the app's bytes) is fetched only after that.
 */
export function startApp({
  data,
  story,
  basemap: basemapLoad,
  initial,
  urlContext,
  progress = () => undefined,
  mapCode,
}: AppDeps): App {
  const store = new Store(initial);
  const range = data.range;
  const tourDay = (n: number) => dayFromIso(story.tour[n - 1]?.date ?? '') ?? undefined;
  /** a date moved away from the tour step's ends the tour: the card would contradict the map */
  const leavingTour =
    (updater: Updater): Updater =>
    (s) => {
      const next = updater(s);
      return next.tour !== null && next.day !== s.day && next.day !== tourDay(next.tour)
        ? { ...next, tour: null }
        : next;
    };
  const actions: Actions = {
    select: (s) => {
      const e = s?.kind === 'event' ? eventById(data, s.id) : undefined;
      store.update(leavingTour(e ? selectEvent(e.id, e.t0, range) : select(s)));
    },
    setDay: (day) => store.update(leavingTour(setDay(day, range))),
    setCompare: (day) => store.update(setCompare(day)),
    tour: (n) => {
      const step = n === null ? undefined : story.tour[n - 1];
      const day = n === null ? undefined : tourDay(n);
      store.update(
        showTourStep(
          n,
          step && day !== undefined
            ? {
                day,
                event: step.event,
                camera: {
                  zoom: step.camera.zoom,
                  lon: step.camera.center[0],
                  lat: step.camera.center[1],
                },
              }
            : undefined,
          range,
        ),
      );
    },
    setNames: (names) => store.update(setNames(names)),
    setViewMode: (mode) => store.update(setViewMode(mode)),
    setContext: (layer, on) => store.update(setContext(layer, on)),
    setCamera: (camera) => store.update(setCamera(camera)),
  };

  /** the map, once created; `noMap` once it is known that it cannot be (the list stands in) */
  let map: MapView | null = null;
  let noMap = false;
  const components: Component[] = [];
  const mount = <C extends Component>(c: C): C => (components.push(c), c);

  // the toolbar: search, naming choice, map or list
  const toolbar = byId('toolbar');
  const searchRoot = el('div', {
    class: 'search',
    role: 'search',
    'aria-label': strings.search.label,
  });
  const namesRoot = el('div', { class: 'names-control' });
  toolbar.append(searchRoot, namesRoot);
  new SearchBox(searchRoot, buildIndex(data), {
    nameMode: () => store.state.names,
    examples: story.searchExamples,
    onChoose: (entry) => {
      actions.select({ kind: entry.kind, id: entry.id });
      const target = targetOf(data, entry);
      if (target && map && store.state.viewMode === 'map')
        map.focusOn(target, coverOf(byId('panel'), byId('map')));
    },
  });
  const names = renderNameControl(namesRoot, initial.names, actions.setNames);
  mount({
    update: (state) => {
      if (names.value !== state.names) names.value = state.names;
    },
    destroy: () => namesRoot.remove(),
  });
  // there from the start (the list is usable while the map loads); hidden if the map cannot be
  mount(new ViewToggle(toolbar, initial.viewMode, actions.setViewMode));

  // the list (the map's equal in HTML; alone when there is no map)
  const listRoot = byId('list');
  const showListOrMap = (state: AppState) => {
    const showList = noMap || state.viewMode === 'list';
    document.body.dataset.show = showList ? 'list' : 'map';
    listRoot.hidden = !showList;
  };
  // shown or hidden first: the list scrolls to the date only when on screen
  mount({ update: showListOrMap, destroy: () => undefined });
  mount(new ListView(listRoot, data, actions.select));

  const timeline = mount(
    mountTimeline(byId('timeline'), data, initial, {
      setDay: actions.setDay,
      selectEvent: (id) => actions.select({ kind: 'event', id }),
      setCompare: actions.setCompare,
      startTour: () => {
        // on step 1 already (perhaps panned or closed since): the step is shown again, visibly
        actions.tour(1);
        document.getElementById('tour-title')?.focus();
      },
    }),
  );
  // what happened on the date, beside it (the date output is the timeline's)
  const caption = mountCaption(byId('date-output'), data.events, (id) =>
    actions.select({ kind: 'event', id }),
  );
  caption.update(initial.day);
  mount({
    update: (state, previous) => {
      if (state.day !== previous.day) caption.update(state.day);
    },
    destroy: () => caption.destroy(),
  });
  const compareRoot = byId('compare');
  /** the geometric difference on the map (loaded on use: turf) */
  const compareOnMap = (state: AppState) => {
    const shown = map;
    if (!shown) return;
    const { day, compare } = state;
    void import('./compare/compare-map.ts').then((c) =>
      c.showCompareOnMap(shown.map, data, day, compare),
    );
  };
  /** phones: the cards over the map (mounted below, after the cards themselves) */
  let overlays: Overlays | null = null;
  const compareActions = {
    onSelect: actions.select,
    onClose: () => {
      actions.setCompare(null);
      // no card came back to take focus: the timeline's Compare button, which opens it again
      const now = document.activeElement;
      if (!now || now === document.body || !now.isConnected)
        document.getElementById('compare-toggle')?.focus();
    },
    onFold: () => overlays?.fold('compare'),
  };
  mount({
    update(state, previous) {
      if (
        state.compare === previous.compare &&
        (state.compare === null || state.day === previous.day)
      )
        return;
      renderCompare(compareRoot, data, state.day, state.compare, compareActions);
      compareOnMap(state);
    },
    destroy: () => compareRoot.replaceChildren(),
  });

  const panel = byId('panel');
  mount(
    mountPanel(panel, {
      data,
      actions,
      // the map when it is shown, else the slider: never <body>
      fallbackFocus: () =>
        map && store.state.viewMode === 'map' ? map.map.getCanvas() : byId('date-slider'),
    }),
  );
  // after the panel, so a tour step that opens the panel leaves focus in the tour card
  mount(
    mountTour(byId('tour'), {
      steps: story.tour,
      onStep: actions.tour,
      fallbackFocus: () => document.getElementById('tour-start'),
    }),
  );
  trackTourCard(byId('tour').parentElement as HTMLElement, byId('tour'));
  // phones: one card over the map at a time, the others folded into a bar (after the cards' own updates)
  overlays = mount(
    foldOverlaysOnPhones(
      {
        mapWrap: byId('tour').parentElement as HTMLElement,
        panel,
        tour: byId('tour'),
        compare: compareRoot,
        legend: byId('legend'),
      },
      (n) => story.tour[n - 1]?.event,
    ),
  );
  mount(mountAnnouncer(byId('main'), data));
  // Back and Forward: the URL's state (the camera moves with it, as an effect of the state)
  const historySync = new HistorySync((search) => {
    const restored = restoredState(store.state, parseUrl(search, urlContext).state);
    store.update(() => restored);
  });
  mount({
    update: (state, previous) => historySync.record(state, previous),
    destroy: () => undefined,
  });

  store.subscribe((state, previous) => {
    for (const c of components) c.update(state, previous);
  });
  // the first update: from an empty state to the opening one, so each component draws what it shows
  const blank: AppState = { ...initial, selection: null, tour: null, compare: null };
  for (const c of components) c.update(initial, blank);
  // a link to a tour step opens that step: its date, event and camera
  if (initial.tour !== null) actions.tour(initial.tour);

  document.addEventListener('keydown', (e) => onKey(e, { store, panel, timeline, actions }));

  // the house's tools: the compact embed, share and image export (once there is a map), print
  const header = document.querySelector('.app-header') as HTMLElement;
  setUpEmbed(store, header);
  let basemap: Basemap | null = null;
  setUpShare({
    store,
    header,
    dialog: byId('share'),
    saveImage: (scale) =>
      map
        ? imageSaver(map.map, store, basemap?.attribution ?? [], story.title)(scale)
        : Promise.reject(new Error('the map is not drawn')),
  });

  /** The map cannot be drawn: the list stands in, and a notice names what failed. */
  const unavailable = (message: string | null) => {
    noMap = true;
    progress(null);
    dropStill();
    byId('map').hidden = true;
    byId('legend').hidden = true;
    const toggle = document.querySelector<HTMLElement>('.view-toggle');
    if (toggle) toggle.style.display = 'none'; // its display: inline-flex outranks [hidden]
    // no image of a map that is not there
    document.querySelector('#share [aria-labelledby="share-image"]')?.remove();
    if (map) actions.setViewMode('list');
    else showListOrMap(store.state);
    if (message) showNotice(byId('notices'), message, 'error');
  };

  // a still of the map at the date, from the data alone, until the map is live (slow lines)
  let still: Still | null = mountStill(byId('map'), data, store.state.day);
  const stillDay = store.subscribe((state, previous) => {
    if (state.day !== previous.day) still?.update(state.day);
  });
  const dropStill = () => {
    stillDay();
    still?.remove();
    still = null;
  };

  const mapReady = (async (): Promise<MapView | null> => {
    basemap = await basemapLoad;
    if (!basemap) {
      unavailable(null); // the basemap's failure is already named
      return null;
    }
    const legend = byId('legend');
    renderLegend(
      legend,
      (layer, on) => actions.setContext(layer.replace(/^context-/, ''), on),
      availableContextLayers(basemap),
    );
    foldLegendOnSmallScreens(legend);
    progress(strings.progress.code);
    const created = await createMap(data, basemap, store.state, actions, unavailable, mapCode);
    if (!created) return null;
    map = created;
    attachMap(created);
    progress(strings.progress.drawing);
    created.map.once('idle', () => {
      dropStill();
      if (!noMap) progress(null);
    });
    setUpPrint(created.map);
    return created;
  })();

  /** Wires the map created from the state as it is now (the reader may have moved on meanwhile). */
  function attachMap(view: MapView): void {
    const now = store.state;
    const placeList = Object.values(data.places);
    // the map: every camera move it did not report itself is an effect of the state (a tour step, a link)
    let reported: Camera | null = now.camera;
    const component: Component = {
      update(state, previous) {
        view.apply(state);
        if (state.names !== previous.names) {
          view.setNames(state.names);
          nameLegend(byId('legend'), placeList, state.names);
        }
        if (state.context !== previous.context) applyContext(state.context);
        if (state.camera !== previous.camera && state.camera && state.camera !== reported)
          view.jumpTo([state.camera.lon, state.camera.lat], state.camera.zoom);
        if (state.tour !== previous.tour)
          view.setHighlight(
            state.tour === null ? null : (story.tour[state.tour - 1]?.highlight ?? null),
          );
        // a shape that changed since the date shown before is ghosted for a moment (map helper)
        if (state.day !== previous.day && state.compare === null) {
          const [from, to] = [previous.day, state.day];
          void import('./compare/compare-map.ts').then((c) =>
            c.ghostChange(view.map, data, from, to),
          );
        }
      },
      destroy: () => view.map.remove(),
    };
    // before the other components: the map applies a state before the panel or list react to it
    components.unshift(component);
    actions.setCamera = (camera) => {
      reported = camera;
      store.update(setCamera(camera));
    };
    // a link that names a place or event but no camera shows it, clear of the panel that opens on it
    const linked = initial.selection;
    if (linked && !initial.camera && initial.tour === null)
      view.map.once('load', () => {
        const target = targetOf(data, linked);
        if (target) view.focusOn(target, coverOf(byId('panel'), byId('map')));
      });
    const legend = byId('legend');
    const applyContext = (on: string[]) => {
      for (const box of legend.querySelectorAll<HTMLInputElement>('input[data-layer]')) {
        const id = (box.dataset.layer ?? '').replace(/^context-/, '');
        box.checked = on.includes(id);
        view.setContextLayer(box.dataset.layer ?? '', box.checked);
      }
    };
    applyContext(now.context);
    view.setNames(now.names);
    nameLegend(byId('legend'), placeList, now.names);
    if (now.tour !== null) view.setHighlight(story.tour[now.tour - 1]?.highlight ?? null);
    if (now.compare !== null) compareOnMap(now);
  }

  return {
    store,
    get map() {
      return map;
    },
    mapReady,
    settleUrl: () => historySync.replaceNow(store.state),
  };
}

/**
 * The map, its code loaded on demand (MapLibre is most of the code); null when it cannot draw, and then
 * the list stands in and a notice names what failed (docs/failure-modes.md).
 */
async function createMap(
  data: CompiledData,
  basemap: Basemap,
  state: AppState,
  actions: Actions,
  unavailable: (message: string) => void,
  code = import('./map/map-view.ts'),
): Promise<MapView | null> {
  let MapViewClass: typeof import('./map/map-view.ts').MapView;
  try {
    ({ MapView: MapViewClass } = await code);
  } catch (err) {
    console.warn('map code could not be downloaded:', err);
    unavailable(strings.failure.mapDownload);
    return null;
  }
  let map: MapView;
  try {
    map = new MapViewClass(byId('map'), data, basemap, state, {
      onSelect: (s) => actions.select(s),
      onMove: (camera) => actions.setCamera(camera),
      onFail: () => unavailable(strings.failure.mapWorker),
    });
  } catch (err) {
    console.warn('map unavailable:', err);
    unavailable(strings.noWebgl);
    return null;
  }
  if (state.basemap)
    addOnlineBasemap(map.map, state.basemap, {
      onFail: (name) => showNotice(byId('notices'), strings.onlineBasemapFailed(name)),
    });
  return map;
}

/** The one keyboard handler: `[` and `]` step through events; Escape closes the topmost thing only. */
function onKey(
  e: KeyboardEvent,
  app: { store: Store; panel: HTMLElement; timeline: { step(d: 1 | -1): void }; actions: Actions },
): void {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === 'Escape') {
    // a modal dialog (About the data) is on top and closes itself; the search box stops its own Escape
    if (document.querySelector('dialog[open]')) return;
    if (app.store.state.selection) {
      app.actions.select(null);
      e.preventDefault();
    }
    return;
  }
  const target = e.target as HTMLElement | null;
  const typing =
    target?.matches('input:not([type=range]), select, textarea, [contenteditable]') ?? false;
  if (typing) return;
  if (e.key === ']') app.timeline.step(1);
  else if (e.key === '[') app.timeline.step(-1);
  else return;
  e.preventDefault();
}

/** How much of the map the panel hides: on the right (side panel) or at the bottom (bottom sheet). */
function coverOf(panel: HTMLElement, map: HTMLElement): { right: number; bottom: number } {
  if (panel.hidden) return { right: 0, bottom: 0 };
  const p = panel.getBoundingClientRect();
  const m = map.getBoundingClientRect();
  const sheet = p.width >= m.width;
  return {
    right: sheet ? 0 : Math.max(0, m.right - p.left),
    bottom: sheet ? Math.max(0, m.bottom - p.top) : 0,
  };
}
