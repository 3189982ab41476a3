/**
 * The timeline: the date slider and the buttons under it (play, step from event to event, compare, tour),
 * with playback. One component; the keys `[` and `]` reach it through `step`.
 */
import type { CompiledData } from '../data/types.ts';
import type { AppState } from '../state/store.ts';
import type { Component } from '../ui/component.ts';
import { TimelineControls } from './controls.ts';
import { nextEvent, previousEvent } from './events-nav.ts';
import { Playback } from './playback.ts';
import { DateSlider } from './slider.ts';

export interface TimelineActions {
  setDay: (day: number) => void;
  selectEvent: (id: string) => void;
  setCompare: (day: number | null) => void;
  startTour: () => void;
}

export interface Timeline extends Component {
  /** Opens the next (1) or previous (-1) event. */
  step(direction: 1 | -1): void;
  pause(): void;
}

export function mountTimeline(
  root: HTMLElement,
  data: CompiledData,
  initial: AppState,
  actions: TimelineActions,
): Timeline {
  const { startDay, endDay } = data.range;
  let day = initial.day;
  // the reader taking the date in hand (a drag, a tick, a step to an event) stops playback
  const stop = () => {
    if (!playback.playing) return;
    playback.pause();
    controls.renderPlaying(false);
  };
  const slider = new DateSlider(root, data, initial.day, {
    onDay: (d) => {
      stop();
      actions.setDay(d);
    },
    onEvent: (id) => {
      stop();
      actions.selectEvent(id);
    },
  });
  const step = (direction: 1 | -1) => {
    stop();
    const e =
      direction > 0
        ? nextEvent(data.events, day, endDay)
        : previousEvent(data.events, day, startDay);
    if (e) actions.selectEvent(e.id);
  };
  const controls = new TimelineControls(root, startDay, endDay, {
    onPlay: (play) => (play ? playback.play() : playback.pause()),
    onSpeed: (speed) => (playback.speed = speed),
    onStep: step,
    onCompare: actions.setCompare,
    onTour: actions.startTour,
  });
  const playback = new Playback(
    () => day,
    endDay,
    actions.setDay,
    () => controls.renderPlaying(false),
    startDay,
  );
  const play = playback.play.bind(playback);
  playback.play = () => {
    play();
    controls.renderPlaying(playback.playing);
  };
  controls.renderDay(day);
  controls.renderCompare(initial.compare);

  return {
    step,
    pause: () => playback.pause(),
    update(state, previous) {
      day = state.day;
      slider.update(state, previous);
      if (state.day !== previous.day) controls.renderDay(state.day);
      if (state.compare !== previous.compare) controls.renderCompare(state.compare);
      // a tour step sets its own date: playing on from it would leave the step at once
      if (state.tour !== null && state.tour !== previous.tour) playback.pause();
    },
    destroy() {
      playback.pause();
      slider.destroy();
      root.replaceChildren();
    },
  };
}
