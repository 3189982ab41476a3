/** Wires data, state, URL, map, timeline, panel and list together. */
import './style.css';
import { setUpAccess } from './a11y/setup.ts';
import { mountCaption } from './caption/caption.ts';
import { foldLegendOnSmallScreens, trackTourCard } from './layout/layout.ts';
import { setUpEmbed } from './embed/embed.ts';
import { setUpShare } from './embed/share.ts';
import { imageSaver } from './export/image-saver.ts';
import { setUpPrint } from './export/print.ts';
import { registerOffline } from './offline/register.ts';
import { loadBasemap, loadMapData } from './data/load.ts';
import type { Basemap, CompiledData } from './data/types.ts';
import { availableContextLayers, renderLegend } from './map/legend.ts';
import { addOnlineBasemap } from './map/online-basemap.ts';
import { setUpDataNotes } from './notes/data-notes.ts';
import type { MapView as MapViewType } from './map/map-view.ts';
import { Panel } from './panel/panel.ts';
import {
  select,
  setDay,
  setShow,
  setView,
  Store,
  type AppState,
  type Selection,
} from './state/store.ts';
import { HistorySync, restoredState } from './state/history.ts';
import { overriddenByTour } from './state/tour-link.ts';
import { parseUrl } from './state/url.ts';
import { dayFromIso } from './time/days.ts';
import { DateSlider } from './timeline/slider.ts';
import { setUpStory } from './timeline/story.ts';
import { TOUR_STEPS } from './tour/steps.ts';
import { byId } from './ui/dom.ts';
import { showNotice } from './ui/notice.ts';
import { strings } from './ui/strings.ts';

/** Opening date when the link names none: the day after the ceasefire statement. */
const DEFAULT_DATE = '2020-11-10';

async function start(): Promise<void> {
  const notices = byId('notices');
  const status = byId('status');
  let data: CompiledData;
  let basemap: Basemap | null = null;
  try {
    data = await loadMapData();
  } catch (err) {
    status.textContent = '';
    showNotice(notices, strings.dataFailed((err as Error).message), 'error');
    return;
  }
  try {
    basemap = await loadBasemap();
  } catch (err) {
    showNotice(notices, strings.dataFailed((err as Error).message), 'error');
  }
  status.textContent = '';
  setUpDataNotes(
    byId<HTMLButtonElement>('notes-button'),
    byId<HTMLDialogElement>('notes'),
    basemap?.attribution ?? [],
  );

  const { startDay, endDay } = data.range;
  const urlContext = {
    minDay: startDay,
    maxDay: endDay,
    // own keys only: `constructor` or `__proto__` in a link must not count as a place
    isPlace: (id: string) => Object.hasOwn(data.places, id) || Object.hasOwn(data.groups, id),
    isEvent: (id: string) => data.events.some((e) => e.id === id),
    tourSteps: TOUR_STEPS.length,
  };
  const parsed = parseUrl(window.location.search, urlContext);
  if (parsed.ignored.length) showNotice(notices, strings.ignoredUrl(parsed.ignored));
  const linkedStep = parsed.state.tour ? TOUR_STEPS[parsed.state.tour - 1] : undefined;
  const overridden = linkedStep ? overriddenByTour(parsed.state, linkedStep) : [];
  if (overridden.length) showNotice(notices, strings.tourOverrides(overridden));
  const linkedEvent =
    parsed.state.selection?.kind === 'event'
      ? data.events.find((e) => e.id === parsed.state.selection?.id)
      : undefined;
  const initial: AppState = {
    day: parsed.state.day ?? linkedEvent?.t0 ?? (dayFromIso(DEFAULT_DATE) as number),
    selection: parsed.state.selection ?? null,
    view: parsed.state.view ?? null,
    compare: parsed.state.compare ?? null,
    tour: parsed.state.tour ?? null,
    names: parsed.state.names ?? 'both',
    show: parsed.state.show ?? 'map',
    basemap: parsed.state.basemap,
    embed: parsed.state.embed,
  };
  const store = new Store(initial);
  const onSelect = (selection: Selection) => {
    if (selection?.kind === 'event') {
      const e = data.events.find((x) => x.id === selection.id);
      if (e) store.update(setDay(e.t0, startDay, endDay));
    }
    store.update(select(selection));
  };
  const onDay = (day: number) => store.update(setDay(day, startDay, endDay));

  const slider = new DateSlider(byId('timeline'), data, initial.day, {
    onDay,
    onEvent: (id) => onSelect({ kind: 'event', id }),
  });
  // what happened on the date, beside it (map helper's caption)
  const caption = mountCaption(byId('date-output'), data.events, (id) =>
    onSelect({ kind: 'event', id }),
  );
  caption.update(initial.day);
  const panel = new Panel(byId('panel'), data, { onSelect, onDay });

  let map: MapViewType | null = null;
  // the list stands in for the map; the notice names what failed (docs/failure-modes.md)
  const mapUnavailable = (message: string) => {
    byId('map').hidden = true;
    byId('legend').hidden = true;
    const toggle = document.querySelector<HTMLElement>('.view-toggle');
    if (toggle) toggle.style.display = 'none'; // its display: inline-flex outranks [hidden]
    if (map) store.update(setShow('list'));
    showNotice(notices, message, 'error');
  };
  let MapView: typeof import('./map/map-view.ts').MapView | null = null;
  if (basemap) {
    try {
      ({ MapView } = await import('./map/map-view.ts'));
    } catch (err) {
      console.warn('map code could not be downloaded:', err);
      mapUnavailable(strings.failure.mapDownload);
    }
  } else {
    byId('map').hidden = true;
  }
  if (basemap && MapView) {
    try {
      map = new MapView(byId('map'), data, basemap, initial, {
        onSelect,
        onMove: (v) => store.update(setView(v)),
        onFail: () => mapUnavailable(strings.failure.mapWorker),
      });
      renderLegend(
        byId('legend'),
        (layer, on) => map?.setContextLayer(layer, on),
        availableContextLayers(basemap),
      );
      foldLegendOnSmallScreens(byId('legend'));
      setUpPrint(map.map);
      // only in the browser tests' build (`vite build --mode e2e`); tree-shaken from the published one
      if (import.meta.env.MODE === 'e2e') exposeForTests(map, store);
      if (initial.basemap)
        addOnlineBasemap(map.map, initial.basemap, {
          onFail: (name) => showNotice(notices, strings.onlineBasemapFailed(name)),
        });
    } catch (err) {
      console.warn('map unavailable:', err);
      mapUnavailable(strings.noWebgl);
    }
  }

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && store.state.selection) store.update(select(null));
  });
  // Back and Forward: the URL's state, the camera with it
  const historySync = new HistorySync((search) => {
    const restored = restoredState(store.state, parseUrl(search, urlContext).state);
    store.update(() => restored);
    if (restored.view) map?.jumpTo([restored.view.lon, restored.view.lat], restored.view.zoom);
  });
  store.subscribe((state, previous) => {
    slider.render(state.day);
    caption.update(state.day);
    map?.apply(state);
    panel.render(state);
    historySync.record(state, previous);
  });
  panel.render(initial);
  // search, naming choice, map/list toggle, the list, announcements (the list alone without a map)
  setUpAccess({ data, store, map, onSelect });
  // after the subscriptions, so a tour step opened by a link moves the slider and panel too
  setUpStory(store, data, map, onSelect);
  trackTourCard(byId('tour').parentElement as HTMLElement, byId('tour'));
  setUpEmbed(store, document.querySelector('.app-header') as HTMLElement);
  setUpShare({
    store,
    header: document.querySelector('.app-header') as HTMLElement,
    dialog: byId('share'),
    saveImage: map ? imageSaver(map.map, store, basemap?.attribution ?? []) : undefined,
  });
  // the opening state (a linked tour step, a clamped date) is this entry, not a new one
  if (window.location.search) historySync.replaceNow(store.state);
  document.body.dataset.ready = 'true';
  registerOffline(notices);
}

/** A read-only handle for the browser tests (map queries, current state). */
function exposeForTests(map: MapViewType, store: Store): void {
  (window as unknown as { __app: unknown }).__app = {
    map: map.map,
    get state() {
      return store.state;
    },
  };
}

void start();
