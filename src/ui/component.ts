/**
 * A piece of the interface with a lifecycle, in the spirit of MapLibre's IControl: mounted once into its
 * root, told of every state change with the previous state (so it updates only what changed), destroyed
 * when the app goes. All components are wired in one place, src/app.ts.
 */
import type { AppState } from '../state/store.ts';

export interface Component {
  update(state: AppState, previous: AppState): void;
  destroy(): void;
}

/** Moves focus to the element, or, when it has gone from the page, to the fallback (never to <body>). */
export function focusOr(target: HTMLElement | null, fallback: () => HTMLElement | null): void {
  const node = target?.isConnected ? target : fallback();
  node?.focus();
}
