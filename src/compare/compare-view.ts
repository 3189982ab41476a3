/**
 * The "compare two dates" summary: a legend for the map marks, what changed, the events in between.
 * Its head keeps a Close button (compare off) and, on phones, Fold (the box goes to the bar under the
 * map, src/layout/overlays.ts, and comes back from it).
 */
import type { CompiledData } from '../data/types.ts';
import type { Selection } from '../state/store.ts';
import { eventDateText } from '../domain/events.ts';
import { statusText } from '../map/status-text.ts';
import type { Status } from '../map/registry.ts';
import { formatDay } from '../time/days.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { changesBetween, eventsBetween, summariseChanges } from './changes.ts';

/** A status as the legend and the panel name it (a corridor in dispute is blockaded). */
const statusOf = (layer: string, s: Status | 'active' | null): string =>
  s === null ? strings.compare.absent : statusText(layer, s);

export interface CompareActions {
  onSelect: (s: Selection) => void;
  /** compare off */
  onClose: () => void;
  /** phones: folded into the bar under the map */
  onFold: () => void;
}

export function renderCompare(
  root: HTMLElement,
  data: CompiledData,
  day: number,
  compare: number | null,
  { onSelect, onClose, onFold }: CompareActions,
): void {
  if (compare === null) {
    root.hidden = true;
    root.replaceChildren();
    return;
  }
  const [from, to] = compare <= day ? [compare, day] : [day, compare];
  // the map draws the slider's date solid and the compared one dotted, whichever is earlier
  const later = compare > day;
  const changes = summariseChanges(changesBetween(data, from, to), (group) =>
    Object.hasOwn(data.places, group),
  );
  const events = eventsBetween(data.events, from, to);
  const changeItems = changes.map((c) =>
    el(
      'li',
      { 'data-feature': c.feature.id },
      el('strong', {}, c.feature.title),
      c.redrawn
        ? `: ${strings.compare.redrawn(statusOf(c.feature.layer, c.after))}`
        : `: ${statusOf(c.feature.layer, c.before)} → ${statusOf(c.feature.layer, c.after)}`,
    ),
  );
  const eventItems = events.map((e) => {
    const b = el('button', { type: 'button', class: 'link-button', 'data-event': e.id }, e.title);
    b.addEventListener('click', () => onSelect({ kind: 'event', id: e.id }));
    return el('li', {}, el('span', { class: 'event-date' }, eventDateText(e)), ' ', b);
  });
  const fold = el(
    'button',
    { type: 'button', class: 'compare-fold', 'aria-label': strings.compare.foldLabel },
    strings.compare.fold,
  );
  fold.addEventListener('click', onFold);
  const close = el(
    'button',
    { type: 'button', class: 'compare-close', 'aria-label': strings.compare.closeLabel },
    '×',
  );
  close.addEventListener('click', onClose);
  root.replaceChildren(
    el(
      'div',
      { class: 'compare-head' },
      el('h2', {}, strings.compare.heading(formatDay(from), formatDay(to))),
      fold,
      close,
    ),
    el(
      'ul',
      { class: 'legend-items' },
      el(
        'li',
        {},
        el('span', { class: 'swatch swatch-now', 'aria-hidden': 'true' }),
        later
          ? strings.compare.legendNowEarlier(formatDay(day), formatDay(compare))
          : strings.compare.legendNow(formatDay(day)),
      ),
      el(
        'li',
        {},
        el('span', { class: 'swatch swatch-then', 'aria-hidden': 'true' }),
        later
          ? strings.compare.legendThenLater(formatDay(compare))
          : strings.compare.legendThen(formatDay(compare)),
      ),
    ),
    el('h3', { class: 'visually-hidden' }, strings.compare.changed),
    changeItems.length
      ? el('ul', { class: 'compare-changes' }, ...changeItems)
      : el('p', { class: 'muted' }, strings.compare.noChanges),
    el('h3', {}, strings.compare.eventsBetween(events.length)),
    eventItems.length
      ? el('ol', { class: 'compare-events' }, ...eventItems)
      : el('p', { class: 'muted' }, strings.compare.noEvents),
  );
  root.hidden = false;
}
