/** Loads the data and starts the app (src/app.ts); says plainly what failed when it cannot. */
import './style.css';
import { startApp, type Actions } from './app.ts';
import { loadBasemap, loadMapData } from './data/load.ts';
import type { Basemap, CompiledData } from './data/types.ts';
import { eventById } from './domain/events.ts';
import type { Story } from './domain/story.ts';
import { addOnlineBasemap } from './map/online-basemap.ts';
import type { MapView } from './map/map-view.ts';
import { setUpDataNotes } from './notes/data-notes.ts';
import { initialState, type AppState, type Store } from './state/store.ts';
import { formatUrl, parseUrl } from './state/url.ts';
import { dayFromIso } from './time/days.ts';
import { CONTEXT_LAYERS } from './map/style.ts';
import { byId } from './ui/dom.ts';
import { showNotice } from './ui/notice.ts';
import { strings } from './ui/strings.ts';

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
  const story = data.story;
  setUpDataNotes(
    byId<HTMLButtonElement>('notes-button'),
    byId<HTMLDialogElement>('notes'),
    basemap?.attribution ?? [],
  );

  const { startDay, endDay } = data.range;
  const parsed = parseUrl(window.location.search, {
    minDay: startDay,
    maxDay: endDay,
    // own keys only: `constructor` or `__proto__` in a link must not count as a place
    isPlace: (id) => Object.hasOwn(data.places, id) || Object.hasOwn(data.groups, id),
    isEvent: (id) => !!eventById(data, id),
    tourSteps: story.tour.length,
    contextLayers: CONTEXT_LAYERS.map((id) => id.replace(/^context-/, '')),
  });
  if (parsed.ignored.length) showNotice(notices, strings.ignoredUrl(parsed.ignored));
  const initial = initialState(
    parsed.state,
    dayFromIso(story.defaultDate) ?? startDay,
    (id) => eventById(data, id)?.t0,
  );

  const store = await startApp({
    data,
    story,
    basemap,
    initial,
    createMap: basemap ? (state, actions) => createMap(data, story, basemap, state, actions) : null,
  });
  if (!basemap) byId('map').hidden = true;
  if (window.location.search) history.replaceState(null, '', formatUrl(store.state));
  exposeForTests(store);
  document.body.dataset.ready = 'true';
}

let mapView: MapView | null = null;

/** The map, loaded on demand (MapLibre is most of the code); null when this browser cannot draw it. */
async function createMap(
  data: CompiledData,
  story: Story,
  basemap: Basemap,
  initial: AppState,
  actions: Actions,
): Promise<MapView | null> {
  const notices = byId('notices');
  try {
    const { MapView } = await import('./map/map-view.ts');
    const map = new MapView(byId('map'), data, basemap, initial, {
      onSelect: (s) => actions.select(s),
      onMove: (camera) => actions.setCamera(camera),
    });
    if (initial.basemap)
      addOnlineBasemap(map.map, initial.basemap, {
        onFail: (name) => showNotice(notices, strings.onlineBasemapFailed(name)),
      });
    mapView = map;
    void story;
    return map;
  } catch (err) {
    console.warn('map unavailable:', err);
    byId('map').hidden = true;
    showNotice(notices, strings.noWebgl, 'error');
    return null;
  }
}

/** A read-only handle for the browser tests (map queries, current state). */
function exposeForTests(store: Store): void {
  (window as unknown as { __app: unknown }).__app = {
    map: mapView?.map,
    get state() {
      return store.state;
    },
  };
}

void start();
