/** Wires the storytelling tools (playback, stepping, compare, tour) to the store, map and DOM. */
import { renderCompare } from '../compare/compare-view.ts';
import type { CompiledData } from '../data/types.ts';
import type { MapView } from '../map/map-view.ts';
import { select, setCompare, setDay, setTour, type Selection, type Store } from '../state/store.ts';
import { dayFromIso } from '../time/days.ts';
import { TOUR_STEPS } from '../tour/steps.ts';
import { TourView } from '../tour/tour-view.ts';
import { byId } from '../ui/dom.ts';
import { TimelineControls } from './controls.ts';
import { nextEvent, previousEvent } from './events-nav.ts';
import { Playback } from './playback.ts';

export function setUpStory(
  store: Store,
  data: CompiledData,
  map: MapView | null,
  onSelect: (s: Selection) => void,
): void {
  const { startDay, endDay } = data.range;
  const onDay = (day: number) => store.update(setDay(day, startDay, endDay));

  const step = (direction: 1 | -1) => {
    const day = store.state.day;
    const e =
      direction > 0
        ? nextEvent(data.events, day, endDay)
        : previousEvent(data.events, day, startDay);
    if (e) onSelect({ kind: 'event', id: e.id });
  };
  const controls = new TimelineControls(byId('timeline'), startDay, endDay, {
    onPlay: (play) => (play ? playback.play() : playback.pause()),
    onSpeed: (speed) => (playback.speed = speed),
    onStep: step,
    onCompare: (day) => store.update(setCompare(day)),
    onTour: () => {
      // already on step 1 (perhaps panned or closed since): show the step again, visibly
      if (store.state.tour === 1) showTourStep(1);
      else store.update(setTour(1));
      document.getElementById('tour-title')?.focus();
    },
  });
  const playback = new Playback(
    () => store.state.day,
    endDay,
    onDay,
    () => controls.renderPlaying(false),
    startDay,
  );
  const originalPlay = playback.play.bind(playback);
  playback.play = () => {
    originalPlay();
    controls.renderPlaying(playback.playing);
  };

  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing =
      target?.matches('input:not([type=range]), select, textarea, [contenteditable]') ?? false;
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === ']') step(1);
    else if (e.key === '[') step(-1);
    else return;
    e.preventDefault();
  });

  const compareBox = byId('compare');
  const tour = new TourView(byId('tour'), { onStep: (n) => store.update(setTour(n)) });
  const showTourStep = (n: number | null) => {
    tour.render(n);
    const s = n === null ? undefined : TOUR_STEPS[n - 1];
    map?.setHighlight(s?.highlight ?? null);
    if (!s) return;
    playback.pause();
    onDay(dayFromIso(s.date) as number);
    store.update(select({ kind: 'event', id: s.event }));
    map?.jumpTo(s.camera.center, s.camera.zoom);
  };

  const tourStepDay = (n: number) => dayFromIso(TOUR_STEPS[n - 1]?.date ?? '');
  let shown = { day: -1, compare: null as number | null, tour: null as number | null };
  const render = () => {
    const s = store.state;
    controls.renderDay(s.day);
    if (s.compare !== shown.compare || (s.compare !== null && s.day !== shown.day)) {
      controls.renderCompare(s.compare);
      renderCompare(compareBox, data, s.day, s.compare, onSelect);
      // the geometric difference on the map (loaded with the map's code: turf)
      if (map) {
        const [m, day, compare] = [map.map, s.day, s.compare];
        void import('../compare/compare-map.ts').then((c) =>
          c.showCompareOnMap(m, data, day, compare),
        );
      }
    }
    if (s.tour !== shown.tour) showTourStep(s.tour);
    else if (s.tour !== null && s.day !== shown.day && s.day !== tourStepDay(s.tour)) {
      // the reader moved the date away from the step: the card would contradict the map
      shown = { day: s.day, compare: s.compare, tour: s.tour };
      store.update(setTour(null));
      return;
    }
    // a shape that changed since the date shown before is ghosted for a moment (map helper)
    if (map && shown.day >= 0 && s.day !== shown.day && s.compare === null) {
      const [m, from, to] = [map.map, shown.day, s.day];
      void import('../compare/compare-map.ts').then((c) => c.ghostChange(m, data, from, to));
    }
    shown = { day: s.day, compare: s.compare, tour: s.tour };
  };
  store.subscribe(render);
  render();
}
