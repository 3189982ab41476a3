/** The date slider: a real range input, the date in words, and a tick per event on the track. */
import type { CompiledData } from '../data/types.ts';
import type { AppState } from '../state/store.ts';
import type { Component } from '../ui/component.ts';
import { addMonths, formatDay, isoFromDay } from '../time/days.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { densityStrip } from './density.ts';
import { isBackground } from './events-nav.ts';
import { showChooser, ticksAt } from './tick-chooser.ts';

export interface SliderCallbacks {
  onDay: (day: number) => void;
  onEvent: (eventId: string) => void;
}

export class DateSlider implements Component {
  private readonly input: HTMLInputElement;
  private readonly output: HTMLOutputElement;
  private pendingDay: number | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly data: CompiledData,
    day: number,
    private readonly cb: SliderCallbacks,
  ) {
    const { startDay, endDay } = data.range;
    this.input = el('input', {
      id: 'date-slider',
      type: 'range',
      min: String(startDay),
      max: String(endDay),
      step: '1',
      value: String(day),
      'aria-describedby': 'date-slider-help',
    });
    this.output = el('output', { id: 'date-output', for: 'date-slider', 'aria-live': 'off' });
    const label = el('label', { for: 'date-slider', class: 'slider-label' }, strings.sliderLabel);
    const help = el('p', { id: 'date-slider-help', class: 'visually-hidden' }, strings.sliderHelp);
    const ends = el(
      'div',
      { class: 'slider-ends', 'aria-hidden': 'true' },
      el('span', {}, formatDay(startDay)),
      el('span', {}, formatDay(endDay)),
    );
    root.append(
      el('div', { class: 'slider-head' }, label, this.output),
      densityStrip(data.events, startDay, endDay),
      this.ticks(),
      this.input,
      ends,
      help,
    );

    // coalesce input to one state update per animation frame: a fast drag never queues stale dates
    this.input.addEventListener('input', () => this.request(Number(this.input.value)));
    this.input.addEventListener('keydown', (e) => {
      if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
      e.preventDefault();
      this.request(addMonths(Number(this.input.value), e.key === 'PageUp' ? 1 : -1));
    });
    this.render(day);
  }

  private request(day: number): void {
    this.input.value = String(day); // the thumb follows at once; the state catches up on the next frame
    const first = this.pendingDay === null;
    this.pendingDay = day;
    if (!first) return;
    requestAnimationFrame(() => {
      const d = this.pendingDay;
      this.pendingDay = null;
      if (d !== null) this.cb.onDay(d);
    });
  }

  private ticks(): HTMLElement {
    const { startDay, endDay } = this.data.range;
    const track = el('div', {
      class: 'ticks',
      role: 'group',
      'aria-label': strings.eventTicksLabel,
    });
    const span = endDay - startDay;
    for (const e of this.data.events) {
      if (e.t1 < startDay || e.t0 > endDay || isBackground(e)) continue;
      const from = Math.max(e.t0, startDay);
      const left = ((from - startDay) / span) * 100;
      // a range draws as a band as long as it lasts; an approximate date as a soft, wider mark
      const isRange = e.t1 > e.t0;
      const width = isRange
        ? `width: ${(((Math.min(e.t1, endDay) - from + 1) / span) * 100).toFixed(3)}%;`
        : '';
      const kind = isRange ? 'tick-range' : 'tick-day';
      const tick = el('button', {
        type: 'button',
        class: `tick ${kind} tick-${e.precision}`,
        'data-event': e.id,
        tabindex: '-1',
        title: `${isoFromDay(e.t0)}${isRange ? ` – ${isoFromDay(e.t1)}` : ''}: ${e.title}`,
        'aria-label': `${formatDay(e.t0)}: ${e.title}`,
        style: `left: ${left.toFixed(3)}%; ${width}`,
      });
      tick.addEventListener('click', (ev) => {
        // a pointer click where targets overlap asks which event; a keyboard click opens this one
        const under = ev.detail > 0 ? ticksAt(track, ev.clientX) : [];
        if (under.length > 1) showChooser(track, ev.clientX, under, this.cb.onEvent);
        else this.cb.onEvent(e.id);
      });
      track.append(tick);
    }
    return track;
  }

  update(state: AppState, previous: AppState): void {
    if (state.day !== previous.day) this.render(state.day);
  }

  destroy(): void {
    this.root.replaceChildren();
  }

  render(day: number): void {
    if (Number(this.input.value) !== day) this.input.value = String(day);
    const words = formatDay(day);
    this.input.setAttribute('aria-valuetext', words);
    this.output.value = words;
    this.output.dataset.iso = isoFromDay(day);
  }
}
