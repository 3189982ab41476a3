/**
 * One polite live region for what changed: the selection at once, the date only once it settles (a drag
 * or playback is announced when it stops, not on every frame).
 */
import { el } from '../ui/dom.ts';

export const SETTLE_MS = 700;

export class Announcer {
  readonly region: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(parent: HTMLElement) {
    this.region = el('div', {
      id: 'announcer',
      class: 'visually-hidden',
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'true',
    });
    parent.append(this.region);
  }

  /** Says it now (replacing anything still waiting). */
  say(text: string): void {
    this.cancel();
    // a change of text is what screen readers announce: clear first so a repeat is read again
    this.region.textContent = '';
    requestAnimationFrame(() => {
      this.region.textContent = text;
    });
  }

  /** Says it once nothing new has come for SETTLE_MS. */
  sayWhenSettled(text: string): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.region.textContent = text;
    }, SETTLE_MS);
  }

  private cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
