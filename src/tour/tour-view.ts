/**
 * The guided-tour card: step text with previous / next / end, keyboard operable. Built once and updated
 * in place, so the button the reader pressed keeps focus from step to step.
 */
import type { AppState } from '../state/store.ts';
import { focusOr, type Component } from '../ui/component.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

export interface TourText {
  title: string;
  text: string;
}

export interface TourOptions {
  steps: readonly TourText[];
  onStep: (step: number | null) => void;
  /** where focus goes when the tour ends from inside the card (the "Guided tour" button) */
  fallbackFocus: () => HTMLElement | null;
}

export function mountTour(
  root: HTMLElement,
  { steps, onStep, fallbackFocus }: TourOptions,
): Component {
  let shown: number | null = null;
  const button = (label: string, to: () => number | null) => {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', () => onStep(to()));
    return b;
  };
  const heading = el('h2', {});
  const title = el('h3', { tabindex: '-1', id: 'tour-title' });
  const text = el('p', {});
  const previous = button(strings.tour.previous, () => (shown ?? 1) - 1);
  const next = button(strings.tour.next, () => (shown ?? 0) + 1);
  const end = button(strings.tour.end, () => null);
  root.replaceChildren(
    heading,
    title,
    text,
    el('div', { class: 'tour-buttons' }, previous, next, end),
  );
  root.hidden = true;

  function update(state: AppState): void {
    const n = state.tour;
    if (n === shown) return;
    const opening = shown === null;
    shown = n;
    const step = n === null ? undefined : steps[n - 1];
    if (n === null || !step) {
      const hadFocus = root.contains(document.activeElement);
      root.hidden = true;
      if (hadFocus) focusOr(null, fallbackFocus);
      return;
    }
    heading.textContent = strings.tour.heading(n, steps.length);
    title.textContent = step.title;
    text.textContent = step.text;
    previous.disabled = n <= 1;
    next.disabled = n >= steps.length;
    root.hidden = false;
    const focused = document.activeElement;
    if (opening) title.focus();
    // a button that just became disabled loses focus: hand it to its neighbour
    else if (focused === next && next.disabled) previous.focus();
    else if (focused === previous && previous.disabled) next.focus();
  }

  return {
    update,
    destroy: () => {
      root.replaceChildren();
      root.hidden = true;
    },
  };
}
