/**
 * Layout helpers CSS cannot do alone: the space the tour card takes at the bottom of the map (the
 * legend and, on phones, the panel stay above it) and a legend that starts folded on small screens.
 */

/** Screens where an open legend would cover much of the map. */
const SMALL_SCREEN = '(max-width: 1099px), (max-height: 600px)';

/** Keeps `--tour-h` on the map area equal to the height the tour card covers at its bottom. */
export function trackTourCard(mapWrap: HTMLElement, tour: HTMLElement): void {
  const update = () => {
    // hidden, or folded on a phone (src/layout/overlays.ts): it covers nothing
    const covered =
      tour.hidden || tour.getClientRects().length === 0
        ? 0
        : mapWrap.getBoundingClientRect().bottom - tour.getBoundingClientRect().top;
    mapWrap.style.setProperty('--tour-h', `${Math.max(0, Math.ceil(covered))}px`);
  };
  const observer = new ResizeObserver(update);
  observer.observe(tour);
  observer.observe(mapWrap);
  update();
}

/** Folds the legend (a `<details>`) on small screens; its summary opens it again. */
export function foldLegendOnSmallScreens(legend: HTMLElement): void {
  const details = legend.querySelector('details');
  if (details && window.matchMedia(SMALL_SCREEN).matches) details.open = false;
}
