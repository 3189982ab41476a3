/** App state, its pure updaters, and a tiny subscribe/notify store. */
import type { NameMode } from '../names/names.ts';
import type { OnlineBasemapId } from '../security/online-hosts.ts';
export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

export type Selection = { kind: 'place' | 'event'; id: string } | null;

export interface AppState {
  day: number;
  selection: Selection;
  view: View | null;
  /** the second date of "compare two dates", or null */
  compare: number | null;
  /** the guided-tour step shown (1-based), or null */
  tour: number | null;
  /** which form of contested place names is shown (src/names/) */
  names: NameMode;
  /** the map, or the list of events in its place */
  show: ViewMode;
  /** opt-in online basemap (URL `basemap=osm`); absent by default: no request to another host */
  basemap?: OnlineBasemapId;
  /** the compact page for an iframe (URL `embed=1`, src/embed/) */
  embed?: boolean;
}

export type ViewMode = 'map' | 'list';

export type Updater = (s: AppState) => AppState;

export const setDay =
  (day: number, min: number, max: number): Updater =>
  (s) => {
    const clamped = Math.min(max, Math.max(min, Math.round(day)));
    return clamped === s.day ? s : { ...s, day: clamped };
  };

export const select =
  (selection: Selection): Updater =>
  (s) =>
    s.selection?.kind === selection?.kind && s.selection?.id === selection?.id
      ? s
      : { ...s, selection };

export const setCompare =
  (compare: number | null): Updater =>
  (s) =>
    s.compare === compare ? s : { ...s, compare };

export const setTour =
  (tour: number | null): Updater =>
  (s) =>
    s.tour === tour ? s : { ...s, tour };

export const setView =
  (view: View): Updater =>
  (s) => ({ ...s, view });

export const setNames =
  (names: NameMode): Updater =>
  (s) =>
    s.names === names ? s : { ...s, names };

export const setShow =
  (show: ViewMode): Updater =>
  (s) =>
    s.show === show ? s : { ...s, show };

export type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  private listeners: Listener[] = [];
  constructor(private current: AppState) {}

  get state(): AppState {
    return this.current;
  }

  update(updater: Updater): void {
    const previous = this.current;
    const next = updater(previous);
    if (next === previous) return;
    this.current = next;
    for (const l of this.listeners) l(next, previous);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}
