/** Buttons under the slider: play/pause and speed, previous/next event, compare two dates, guided tour. */
import { isoFromDay, dayFromIso, formatDay } from '../time/days.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { SPEEDS, type Speed } from './playback.ts';
import './compare-error.css';

export interface ControlCallbacks {
  onPlay: (play: boolean) => void;
  onSpeed: (speed: Speed) => void;
  onStep: (direction: 1 | -1) => void;
  onCompare: (day: number | null) => void;
  onTour: () => void;
}

export class TimelineControls {
  private readonly play: HTMLButtonElement;
  private readonly compareToggle: HTMLButtonElement;
  private readonly compareDate: HTMLInputElement;
  private readonly compareLabel: HTMLLabelElement;

  constructor(root: HTMLElement, minDay: number, maxDay: number, cb: ControlCallbacks) {
    this.range = { min: minDay, max: maxDay };
    const p = strings.playback;
    this.play = el('button', { type: 'button', id: 'play', 'aria-pressed': 'false' }, p.play);
    this.play.addEventListener('click', () =>
      cb.onPlay(this.play.getAttribute('aria-pressed') !== 'true'),
    );
    const speed = el(
      'select',
      { id: 'speed', 'aria-label': p.speed },
      ...(Object.keys(SPEEDS) as Speed[]).map((s) => el('option', { value: s }, p[s])),
    );
    speed.addEventListener('change', () => cb.onSpeed(speed.value as Speed));
    const prev = el(
      'button',
      { type: 'button', id: 'prev-event', 'aria-keyshortcuts': '[' },
      `◀ ${p.previous}`,
    );
    prev.addEventListener('click', () => cb.onStep(-1));
    const next = el(
      'button',
      { type: 'button', id: 'next-event', 'aria-keyshortcuts': ']' },
      `${p.next} ▶`,
    );
    next.addEventListener('click', () => cb.onStep(1));

    this.compareToggle = el(
      'button',
      { type: 'button', id: 'compare-toggle', 'aria-pressed': 'false' },
      strings.compare.toggle,
    );
    this.compareDate = el('input', {
      type: 'date',
      id: 'compare-date',
      min: isoFromDay(minDay),
      max: isoFromDay(maxDay),
    });
    this.compareLabel = el('label', { for: 'compare-date' }, strings.compare.withLabel);
    // the browser's date field writes the date in its own locale's form (e.g. 11/19/2020): the date in
    // the app's words stands beside it, as everywhere else
    this.compareWords = el('output', { id: 'compare-date-words', for: 'compare-date' });
    this.compareToggle.addEventListener('click', () => {
      const on = this.compareToggle.getAttribute('aria-pressed') !== 'true';
      cb.onCompare(on ? (dayFromIso(this.compareDate.value) ?? this.defaultCompare()) : null);
    });
    this.compareError = el('p', { class: 'compare-error', id: 'compare-error', role: 'alert' });
    this.compareError.hidden = true;
    this.compareDate.setAttribute('aria-describedby', 'compare-error');
    this.compareDate.addEventListener('change', () => {
      const day = dayFromIso(this.compareDate.value);
      const valid = day !== null && day >= minDay && day <= maxDay;
      this.showCompareError(
        valid
          ? null
          : strings.compare.invalid(formatDay(minDay), formatDay(maxDay), formatDay(this.compare)),
      );
      if (valid) cb.onCompare(day);
    });
    const tour = el('button', { type: 'button', id: 'tour-start' }, strings.tour.start);
    tour.addEventListener('click', () => cb.onTour());

    this.row = el(
      'div',
      { class: 'timeline-controls' },
      this.play,
      speed,
      prev,
      next,
      this.compareToggle,
      this.compareLabel,
      this.compareDate,
      this.compareWords,
      tour,
      this.compareError,
    );
    root.append(this.row);
    scrollsSideways(this.row);
    this.renderCompare(null);
  }

  private readonly row: HTMLElement;

  private currentDay = 0;
  private compare = 0;
  private readonly compareError: HTMLElement;
  private readonly compareWords: HTMLOutputElement;
  private readonly range: { min: number; max: number };

  /** A month before the date shown, or after it when that would precede the first day. */
  private defaultCompare(): number {
    const { min, max } = this.range;
    return this.currentDay - 30 >= min ? this.currentDay - 30 : Math.min(max, this.currentDay + 30);
  }

  private showCompareError(message: string | null): void {
    this.compareError.hidden = message === null;
    if (message === null) {
      this.compareError.removeAttribute('role');
      this.compareDate.removeAttribute('aria-invalid');
    } else {
      this.compareError.setAttribute('role', 'alert');
      this.compareDate.setAttribute('aria-invalid', 'true');
    }
    this.compareError.textContent = message ?? '';
  }

  renderPlaying(playing: boolean): void {
    this.play.setAttribute('aria-pressed', String(playing));
    this.play.textContent = playing ? strings.playback.pause : strings.playback.play;
  }

  renderDay(day: number): void {
    this.currentDay = day;
  }

  renderCompare(compare: number | null): void {
    if (compare !== null) this.compare = compare;
    if (compare === null) this.showCompareError(null);
    this.compareToggle.setAttribute('aria-pressed', String(compare !== null));
    this.compareLabel.hidden = compare === null;
    this.compareDate.hidden = compare === null;
    this.compareWords.hidden = compare === null;
    this.compareWords.textContent = compare === null ? '' : formatDay(compare);
    if (compare !== null && this.compareDate.value !== isoFromDay(compare))
      this.compareDate.value = isoFromDay(compare);
    this.row.dispatchEvent(new Event('scroll'));
  }
}

/**
 * Where the row of buttons scrolls sideways (short screens; phones while the details sheet is in front,
 * src/style.css): a focused control scrolls wholly into view, focus ring included (the row's
 * scroll-padding), and `data-more` says on which side more of the row lies (the style fades that edge).
 */
function scrollsSideways(row: HTMLElement): void {
  const mark = () => {
    const max = row.scrollWidth - row.clientWidth;
    const left = row.scrollLeft > 1;
    const right = max - row.scrollLeft > 1;
    const more = left && right ? 'both' : left ? 'left' : right ? 'right' : null;
    if (more) row.dataset.more = more;
    else delete row.dataset.more;
  };
  row.addEventListener('focusin', (e) => {
    if (row.scrollWidth > row.clientWidth && e.target instanceof HTMLElement)
      e.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    mark();
  });
  row.addEventListener('scroll', mark, { passive: true });
  new ResizeObserver(mark).observe(row);
  mark();
}
