/** The guided-tour card: step text with previous / next / end, keyboard operable. */
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { TOUR_STEPS } from './steps.ts';

export interface TourCallbacks {
  onStep: (step: number | null) => void;
}

export class TourView {
  private shown: number | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly cb: TourCallbacks,
  ) {
    root.hidden = true;
  }

  render(step: number | null): void {
    if (step === this.shown) return;
    const opening = this.shown === null;
    this.shown = step;
    const s = step === null ? undefined : TOUR_STEPS[step - 1];
    if (step === null || !s) {
      this.root.hidden = true;
      this.root.replaceChildren();
      return;
    }
    const button = (label: string, to: number | null, disabled = false) => {
      const b = el('button', { type: 'button' }, label);
      b.disabled = disabled;
      b.addEventListener('click', () => this.cb.onStep(to));
      return b;
    };
    const next = button(strings.tour.next, step + 1, step >= TOUR_STEPS.length);
    this.root.replaceChildren(
      el('h2', {}, strings.tour.heading(step, TOUR_STEPS.length)),
      el('h3', { tabindex: '-1', id: 'tour-title' }, s.title),
      el('p', {}, s.text),
      el(
        'div',
        { class: 'tour-buttons' },
        button(strings.tour.previous, step - 1, step <= 1),
        next,
        button(strings.tour.end, null),
      ),
    );
    this.root.hidden = false;
    if (opening) this.root.querySelector<HTMLElement>('#tour-title')?.focus();
    else if (next.disabled) this.root.querySelector<HTMLElement>('button')?.focus();
  }
}
