/** Every event in date order with its places and sources: the map's equal in plain HTML. */
import type { CompiledData } from '../data/types.ts';
import type { Selection } from '../state/store.ts';
import { formatDay } from '../time/days.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { sourceList } from '../panel/citation.ts';

export function renderList(
  root: HTMLElement,
  data: CompiledData,
  onSelect: (s: Selection) => void,
): void {
  const items = data.events.map((e) => {
    const title = el(
      'button',
      { type: 'button', class: 'link-button', 'data-event': e.id },
      e.title,
    );
    title.addEventListener('click', () => onSelect({ kind: 'event', id: e.id }));
    const places = e.places.map((p) => data.places[p]?.name ?? p).join(', ');
    return el(
      'li',
      { 'data-event': e.id },
      el(
        'span',
        { class: 'event-date' },
        formatDay(e.t0) + (e.t1 !== e.t0 ? ` – ${formatDay(e.t1)}` : ''),
      ),
      ' ',
      title,
      el('p', {}, e.summary),
      places ? el('p', { class: 'muted' }, places) : null,
      sourceList(e.sources, data.sources),
    );
  });
  root.replaceChildren(
    el('h2', {}, strings.listHeading),
    el('ol', { class: 'event-list' }, ...items),
  );
  root.hidden = false;
}
