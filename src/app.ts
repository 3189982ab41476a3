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
import { foldOverlaysOnPhones } from './layout/overlays.ts';
import type { MapView } from './map/map-view.ts';
import { availableContextLayers, renderLegend } from './map/legend.ts';
import { addOnlineBasemap } from './map/online-basemap.ts';
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
  basemap: Basemap | null;
  initial: AppState;
  /** how the URL is read (Back and Forward restore the state from it) */
  urlContext: UrlContext;
}

export interface App {
  store: Store;
  map: MapView | null;
  /** writes the opening state into the current history entry (not a new one) */
  settleUrl(): void;
}

export async function startApp({
  data,
  story,
  basemap,
  initial,
  urlContext,
}: AppDeps): Promise<App> {
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

  const map = basemap ? await createMap(data, basemap, initial, actions) : null;
  if (!basemap) byId('map').hidden = true;
  const components: Component[] = [];
  const mount = <C extends Component>(c: C): C => (components.push(c), c);

  // the map: every camera move it did not report itself is an effect of the state (a tour step, a link)
  if (map) {
    let reported: Camera | null = initial.camera;
    mount({
      update(state, previous) {
        map.apply(state);
        if (state.names !== previous.names) map.setNames(state.names);
        if (state.context !== previous.context) applyContext(state.context);
        if (state.camera !== previous.camera && state.camera && state.camera !== reported)
          map.jumpTo([state.camera.lon, state.camera.lat], state.camera.zoom);
        if (state.tour !== previous.tour)
          map.setHighlight(
            state.tour === null ? null : (story.tour[state.tour - 1]?.highlight ?? null),
          );
        // a shape that changed since the date shown before is ghosted for a moment (map helper)
        if (state.day !== previous.day && state.compare === null) {
          const [from, to] = [previous.day, state.day];
          void import('./compare/compare-map.ts').then((c) =>
            c.ghostChange(map.map, data, from, to),
          );
        }
      },
      destroy: () => map.map.remove(),
    });
    actions.setCamera = (camera) => {
      reported = camera;
      store.update(setCamera(camera));
    };
    // a link that names a place or event but no camera shows it, clear of the panel that opens on it
    const linked = initial.selection;
    if (linked && !initial.camera && initial.tour === null)
      map.map.once('load', () => {
        const target = targetOf(data, linked);
        if (target) map.focusOn(target, coverOf(byId('panel'), byId('map')));
      });
    const legend = byId('legend');
    renderLegend(
      legend,
      (layer, on) => actions.setContext(layer.replace(/^context-/, ''), on),
      basemap ? availableContextLayers(basemap) : [],
    );
    foldLegendOnSmallScreens(legend);
    const applyContext = (on: string[]) => {
      for (const box of legend.querySelectorAll<HTMLInputElement>('input[data-layer]')) {
        const id = (box.dataset.layer ?? '').replace(/^context-/, '');
        box.checked = on.includes(id);
        map.setContextLayer(box.dataset.layer ?? '', box.checked);
      }
    };
    applyContext(initial.context);
    map.setNames(initial.names);
    if (initial.tour !== null) map.setHighlight(story.tour[initial.tour - 1]?.highlight ?? null);
  }

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
  if (map) mount(new ViewToggle(toolbar, initial.viewMode, actions.setViewMode));

  // the list (the map's equal in HTML; alone when there is no map)
  const listRoot = byId('list');
  // shown or hidden first: the list scrolls to the date only when on screen
  mount({
    update: (state) => {
      const showList = !map || state.viewMode === 'list';
      document.body.dataset.show = showList ? 'list' : 'map';
      listRoot.hidden = !showList;
    },
    destroy: () => undefined,
  });
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
  mount({
    update(state, previous) {
      if (
        state.compare === previous.compare &&
        (state.compare === null || state.day === previous.day)
      )
        return;
      renderCompare(compareRoot, data, state.day, state.compare, actions.select);
      // the geometric difference on the map (loaded with the map's code: turf)
      if (map) {
        const { day, compare } = state;
        void import('./compare/compare-map.ts').then((c) =>
          c.showCompareOnMap(map.map, data, day, compare),
        );
      }
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
  mount(
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

  // the house's tools: the compact embed, share and image export, print
  const header = document.querySelector('.app-header') as HTMLElement;
  setUpEmbed(store, header);
  setUpShare({
    store,
    header,
    dialog: byId('share'),
    saveImage: map
      ? imageSaver(map.map, store, basemap?.attribution ?? [], story.title)
      : undefined,
  });
  if (map) setUpPrint(map.map);
  return { store, map, settleUrl: () => historySync.replaceNow(store.state) };
}

/**
 * The map, its code loaded on demand (MapLibre is most of the code); null when it cannot draw, and then
 * the list stands in and a notice names what failed (docs/failure-modes.md).
 */
async function createMap(
  data: CompiledData,
  basemap: Basemap,
  initial: AppState,
  actions: Actions,
): Promise<MapView | null> {
  const notices = byId('notices');
  let map: MapView | null = null;
  const unavailable = (message: string) => {
    byId('map').hidden = true;
    byId('legend').hidden = true;
    const toggle = document.querySelector<HTMLElement>('.view-toggle');
    if (toggle) toggle.style.display = 'none'; // its display: inline-flex outranks [hidden]
    if (map) actions.setViewMode('list');
    showNotice(notices, message, 'error');
  };
  let MapViewClass: typeof import('./map/map-view.ts').MapView;
  try {
    ({ MapView: MapViewClass } = await import('./map/map-view.ts'));
  } catch (err) {
    console.warn('map code could not be downloaded:', err);
    unavailable(strings.failure.mapDownload);
    return null;
  }
  try {
    map = new MapViewClass(byId('map'), data, basemap, initial, {
      onSelect: (s) => actions.select(s),
      onMove: (camera) => actions.setCamera(camera),
      onFail: () => unavailable(strings.failure.mapWorker),
    });
  } catch (err) {
    console.warn('map unavailable:', err);
    unavailable(strings.noWebgl);
    return null;
  }
  if (initial.basemap)
    addOnlineBasemap(map.map, initial.basemap, {
      onFail: (name) => showNotice(notices, strings.onlineBasemapFailed(name)),
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
