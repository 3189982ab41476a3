/**
 * Browser history: the changes a reader would want to undo with Back (choosing a place or event, a tour
 * step, compare on or off, map or list) are new history entries; continuous ones (the date while dragging
 * or playing, panning) replace the current entry. Back and Forward restore the state from the URL.
 */
import { DEFAULTS, type AppState } from './store.ts';
import { formatUrl } from './url.ts';

/** Whether going from `before` to `after` is a navigation of its own (a history entry). */
export function isNavigation(before: AppState, after: AppState): boolean {
  return (
    before.selection?.kind !== after.selection?.kind ||
    before.selection?.id !== after.selection?.id ||
    before.tour !== after.tour ||
    (before.compare === null) !== (after.compare === null) ||
    before.viewMode !== after.viewMode
  );
}

/**
 * The state a history entry's URL describes. Keys missing from the URL take their defaults, except the
 * camera, which stays where it is when the entry names no view.
 */
export function restoredState(current: AppState, fromUrl: Partial<AppState>): AppState {
  return {
    ...current,
    ...DEFAULTS,
    ...fromUrl,
    camera: fromUrl.camera ?? current.camera,
  };
}

export class HistorySync {
  private restoring = false;
  /** the state when the current batch of updates began (one click can make several updates) */
  private batchStart: AppState | null = null;
  private latest: AppState | null = null;

  /** `restore` receives the URL's query after Back or Forward and puts its state into the store. */
  constructor(restore: (search: string) => void) {
    window.addEventListener('popstate', () => {
      this.restoring = true;
      try {
        restore(window.location.search);
      } finally {
        this.restoring = false;
      }
    });
  }

  /** Records a state change (call from a store subscriber). */
  record(state: AppState, previous: AppState): void {
    if (this.restoring) return;
    this.latest = state;
    if (this.batchStart) return;
    this.batchStart = previous;
    queueMicrotask(() => this.flush());
  }

  /** Writes the state into the current entry at once, dropping any pending batch (start-up). */
  replaceNow(state: AppState): void {
    this.batchStart = null;
    this.latest = null;
    history.replaceState(null, '', formatUrl(state));
  }

  private flush(): void {
    const [start, state] = [this.batchStart, this.latest];
    this.batchStart = null;
    if (!start || !state) return;
    const url = formatUrl(state);
    if (url === window.location.search) return;
    if (isNavigation(start, state)) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}
