/** App state, its pure updaters, and a tiny subscribe/notify store. */
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
}

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

export const setView =
  (view: View): Updater =>
  (s) => ({ ...s, view });

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
