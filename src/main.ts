/** Loads the data, reads the link and starts the app (src/app.ts); says plainly what failed when it cannot. */
import './style.css';
import { startApp } from './app.ts';
import { loadBasemap, loadMapData } from './data/load.ts';
import type { Basemap, CompiledData } from './data/types.ts';
import type { MapView } from './map/map-view.ts';
import { eventById } from './domain/events.ts';
import { CONTEXT_LAYER_IDS } from './map/registry.ts';
import { setUpDataNotes } from './notes/data-notes.ts';
import { registerOffline } from './offline/register.ts';
import { overriddenByTour } from './state/tour-link.ts';
import { initialState, type Store } from './state/store.ts';
import { parseUrl, type UrlContext } from './state/url.ts';
import { dayFromIso } from './time/days.ts';
import { byId } from './ui/dom.ts';
import { showNotice } from './ui/notice.ts';
import { applyInterfaceText, applyStoryText } from './ui/page-text.ts';
import { strings } from './ui/strings.ts';

async function start(): Promise<void> {
  applyInterfaceText();
  const notices = byId('notices');
  const status = byId('status');
  status.textContent = strings.progress.data;
  // the list, the date and the still need only map-data.json (preloaded by index.html): on a slow
  // line the basemap, needed only by the map, waits for it rather than share the line with it
  const dataLoad = loadMapData();
  const basemapLoad: Promise<Basemap | null> = dataLoad
    .catch(() => undefined)
    .then(() => loadBasemap())
    .catch((err: unknown) => {
      showNotice(notices, strings.dataFailed((err as Error).message), 'error');
      return null;
    });
  let data: CompiledData;
  try {
    data = await dataLoad;
  } catch (err) {
    status.textContent = '';
    showNotice(notices, strings.dataFailed((err as Error).message), 'error');
    return;
  }
  // the map's code (most of the bytes) starts now, after the data, and arrives while the list is set up
  const mapCode = import('./map/map-view.ts');
  mapCode.catch(() => undefined); // a failure is reported where it is awaited (app.ts)
  const story = data.story;
  applyStoryText(story);
  void basemapLoad.then((basemap) =>
    setUpDataNotes(
      byId<HTMLButtonElement>('notes-button'),
      byId<HTMLDialogElement>('notes'),
      basemap?.attribution ?? [],
    ),
  );

  const { startDay, endDay } = data.range;
  const urlContext: UrlContext = {
    minDay: startDay,
    maxDay: endDay,
    // own keys only: `constructor` or `__proto__` in a link must not count as a place
    isPlace: (id) => Object.hasOwn(data.places, id) || Object.hasOwn(data.groups, id),
    isEvent: (id) => !!eventById(data, id),
    tourSteps: story.tour.length,
    contextLayers: CONTEXT_LAYER_IDS.map((id) => id.replace(/^context-/, '')),
  };
  const parsed = parseUrl(window.location.search, urlContext);
  if (parsed.ignored.length) showNotice(notices, strings.ignoredUrl(parsed.ignored));
  const linkedStep = parsed.state.tour ? story.tour[parsed.state.tour - 1] : undefined;
  const overridden = linkedStep ? overriddenByTour(parsed.state, linkedStep) : [];
  if (overridden.length) showNotice(notices, strings.tourOverrides(overridden));
  const initial = initialState(
    parsed.state,
    dayFromIso(story.defaultDate) ?? startDay,
    (id) => eventById(data, id)?.t0,
  );

  // the list, the timeline and the date now; the map when its code and the basemap have arrived
  const app = startApp({
    data,
    story,
    basemap: basemapLoad,
    initial,
    urlContext,
    mapCode,
    progress: (text) => {
      status.textContent = text ?? '';
    },
  });
  // the opening state (a linked tour step, a clamped date) is this entry, not a new one
  if (window.location.search) app.settleUrl();
  const map = await app.mapReady;
  // only in the browser tests' build (`vite build --mode e2e`); tree-shaken from the published one
  if (import.meta.env.MODE === 'e2e') exposeForTests(app.store, map);
  document.body.dataset.ready = 'true';
  registerOffline(notices);
}

/** A read-only handle for the browser tests (map queries, current state). */
function exposeForTests(store: Store, view: MapView | null): void {
  (window as unknown as { __app: unknown }).__app = {
    map: view?.map,
    /** the rendered features the reader can see (hidden timed shapes are rendered transparent) */
    drawn: (...query: Parameters<MapView['drawnFeatures']>) => view?.drawnFeatures(...query) ?? [],
    get state() {
      return store.state;
    },
  };
}

void start();
