/**
 * App state: its defaults, its pure updaters (composite ones change several fields in one update, so no
 * listener ever sees half a change) and a small store that queues updates made while it notifies.
 */
import type { NameMode } from '../names/names.ts';
import type { OnlineBasemapId } from '../security/online-hosts.ts';

/** Where the map looks (the URL's `map=zoom/lat/lon`). */
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}
/** @deprecated the old name of Camera */
export type View = Camera;

export type Selection = { kind: 'place' | 'event'; id: string } | null;

/** The map, or the list of events in its place (the URL's `view=`). */
export type ViewMode = 'map' | 'list';

export interface AppState {
  day: number;
  selection: Selection;
  /** where the map looks; null: the story's opening view */
  camera: Camera | null;
  /** the second date of "compare two dates", or null */
  compare: number | null;
  /** the guided-tour step shown (1-based), or null */
  tour: number | null;
  /** which form of contested place names is shown (src/names/) */
  names: NameMode;
  /** the map, or the list of events in its place */
  viewMode: ViewMode;
  /** context layers switched on (ids without the `context-` prefix: nkao, ceasefire-1994, rivers), sorted */
  context: string[];
  /** opt-in online basemap (URL `basemap=osm`); absent by default: no request to another host */
  basemap?: OnlineBasemapId;
  /** the compact page for an iframe (URL `embed=1`, src/embed/) */
  embed?: boolean;
}

/** Everything a link does not set. `day` has no default here: it is the story's (story.json). */
export const DEFAULTS: Omit<AppState, 'day'> = {
  selection: null,
  camera: null,
  compare: null,
  tour: null,
  names: 'both',
  viewMode: 'map',
  context: [],
};

/** The first day the timeline can show and the last. */
export interface DayRange {
  startDay: number;
  endDay: number;
}

const clampDay = (day: number, r: DayRange): number =>
  Math.min(r.endDay, Math.max(r.startDay, Math.round(day)));

/**
 * The state a page opens in: what the link says over the defaults; without a date, a linked event's
 * first day, else the story's default date.
 */
export function initialState(
  parsed: Partial<AppState>,
  defaultDay: number,
  eventDay: (id: string) => number | undefined,
): AppState {
  const linked = parsed.selection?.kind === 'event' ? eventDay(parsed.selection.id) : undefined;
  return { ...DEFAULTS, ...parsed, day: parsed.day ?? linked ?? defaultDay };
}

export type Updater = (s: AppState) => AppState;

const sameSelection = (a: Selection, b: Selection): boolean =>
  a?.kind === b?.kind && a?.id === b?.id;

export const setDay =
  (day: number, range: DayRange): Updater =>
  (s) => {
    const clamped = clampDay(day, range);
    return clamped === s.day ? s : { ...s, day: clamped };
  };

export const select =
  (selection: Selection): Updater =>
  (s) =>
    sameSelection(s.selection, selection) ? s : { ...s, selection };

/** Opens an event and moves the date to its first day, in one update. */
export const selectEvent =
  (id: string, day: number, range: DayRange): Updater =>
  (s) =>
    select({ kind: 'event', id })(setDay(day, range)(s));

/** A guided-tour step: its number, date, event and camera in one update (null ends the tour). */
export const showTourStep =
  (
    n: number | null,
    step: { day: number; event: string; camera: Camera } | undefined,
    range: DayRange,
  ): Updater =>
  (s) => {
    const toured = s.tour === n ? s : { ...s, tour: n };
    if (n === null || !step) return toured;
    return { ...selectEvent(step.event, step.day, range)(toured), camera: step.camera };
  };

export const setCompare =
  (compare: number | null): Updater =>
  (s) =>
    s.compare === compare ? s : { ...s, compare };

export const setCamera =
  (camera: Camera): Updater =>
  (s) => ({ ...s, camera });

export const setNames =
  (names: NameMode): Updater =>
  (s) =>
    s.names === names ? s : { ...s, names };

export const setViewMode =
  (viewMode: ViewMode): Updater =>
  (s) =>
    s.viewMode === viewMode ? s : { ...s, viewMode };

/** Switches one context layer on or off. */
export const setContext =
  (layer: string, on: boolean): Updater =>
  (s) => {
    if (s.context.includes(layer) === on) return s;
    const context = on ? [...s.context, layer].sort() : s.context.filter((l) => l !== layer);
    return { ...s, context };
  };

export type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  private listeners: Listener[] = [];
  private queue: Updater[] = [];
  private notifying = false;
  constructor(private current: AppState) {}

  get state(): AppState {
    return this.current;
  }

  /**
   * Applies the updater and tells every listener. An update made by a listener waits until all
   * listeners have seen the current change, so each sees every state in order, none half-applied.
   */
  update(updater: Updater): void {
    this.queue.push(updater);
    if (this.notifying) return;
    this.notifying = true;
    try {
      for (let next = this.queue.shift(); next; next = this.queue.shift()) {
        const previous = this.current;
        const state = next(previous);
        if (state === previous) continue;
        this.current = state;
        for (const l of this.listeners) l(state, previous);
      }
    } finally {
      this.notifying = false;
      this.queue.length = 0;
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }
}
