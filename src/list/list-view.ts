/**
 * Every event in date order with its places and sources: the map's equal in plain HTML. Filterable by
 * place, actor and text; follows the slider (the events on the date are marked and scrolled to) and the
 * selection (the selected event, or the events at the selected place).
 */
import type { CompiledData, EventRecord } from '../data/types.ts';
import { placeName, type NameMode } from '../names/names.ts';
import { sourceList } from '../cite/citation.ts';
import type { AppState, Selection } from '../state/store.ts';
import type { Component } from '../ui/component.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { eventDateText } from '../domain/events.ts';
import {
  eventActors,
  eventHaystack,
  eventMatches,
  NO_FILTER,
  type ListFilter,
} from './list-filter.ts';

interface Item {
  event: EventRecord;
  li: HTMLLIElement;
  places: HTMLElement;
  haystack: string;
}

export class ListView implements Component {
  private readonly items: Item[];
  private readonly list: HTMLOListElement;
  private readonly count: HTMLElement;
  private readonly placeSelect: HTMLSelectElement;
  private filter: ListFilter = { ...NO_FILTER };
  private names: NameMode | null = null;
  private day = -1;
  private selection: Selection = null;
  /** the event that stands for the date shown, and whether the list was on screen last time */
  private target: Item | null = null;
  private visible = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly data: CompiledData,
    private readonly onSelect: (s: Selection) => void,
  ) {
    const l = strings.list;
    this.items = data.events.map((e) => this.item(e));
    this.list = el('ol', { class: 'event-list' }, ...this.items.map((i) => i.li));
    this.count = el('p', { class: 'list-count', 'aria-live': 'polite' });
    this.placeSelect = el('select', { id: 'filter-place' });
    const actorIds = [...new Set(data.events.flatMap(eventActors))].filter((a) => a in data.actors);
    const actorSelect = el(
      'select',
      { id: 'filter-actor' },
      el('option', { value: '' }, l.anyActor),
      ...actorIds
        .map((a) => [a, data.actors[a]?.name ?? a] as const)
        .sort((a, b) => a[1].localeCompare(b[1]))
        .map(([a, name]) => el('option', { value: a }, name)),
    );
    const text = el('input', { id: 'filter-text', type: 'search', autocomplete: 'off' });
    const reset = el('button', { type: 'reset', class: 'list-reset' }, l.clear);
    const form = el(
      'form',
      { class: 'list-filters', role: 'search', 'aria-label': l.filtersLabel },
      el('div', {}, el('label', { for: 'filter-place' }, l.place), this.placeSelect),
      el('div', {}, el('label', { for: 'filter-actor' }, l.actor), actorSelect),
      el('div', {}, el('label', { for: 'filter-text' }, l.text), text),
      reset,
    );
    form.addEventListener('submit', (e) => e.preventDefault());
    const read = () => {
      this.filter = { place: this.placeSelect.value, actor: actorSelect.value, text: text.value };
      this.applyFilter();
    };
    form.addEventListener('input', read);
    form.addEventListener('change', read);
    form.addEventListener('reset', () => setTimeout(read));
    root.replaceChildren(
      el(
        'div',
        { class: 'list-head' },
        el('h2', { id: 'list-title' }, l.heading),
        form,
        this.count,
      ),
      this.list,
    );
    this.applyFilter();
  }

  private item(e: EventRecord): Item {
    const title = el(
      'button',
      { type: 'button', class: 'link-button', 'data-event': e.id },
      e.title,
    );
    title.addEventListener('click', () => this.onSelect({ kind: 'event', id: e.id }));
    const places = el('p', { class: 'event-places' });
    const li = el(
      'li',
      { 'data-event': e.id },
      el('span', { class: 'event-date' }, eventDateText(e)),
      el('span', { class: 'now-badge' }),
      ' ',
      el('h3', { class: 'event-title' }, title),
      el('p', {}, e.summary),
      places,
      sourceList(e.sources, this.data.sources),
    );
    return { event: e, li, places, haystack: eventHaystack(this.data, e) };
  }

  /** Place buttons and the place filter, in the chosen form of each name. */
  private renderNames(mode: NameMode): void {
    const name = (id: string) => {
      const p = this.data.places[id];
      return p ? placeName(p, mode) : id;
    };
    for (const { event, places } of this.items) {
      places.replaceChildren();
      event.places.forEach((pid, i) => {
        const b = el(
          'button',
          { type: 'button', class: 'link-button', 'data-place': pid },
          name(pid),
        );
        b.addEventListener('click', () => this.onSelect({ kind: 'place', id: pid }));
        places.append(i ? ', ' : '', b);
      });
    }
    const used = [...new Set(this.data.events.flatMap((e) => e.places))]
      .map((id) => [id, name(id)] as const)
      .sort((a, b) => a[1].localeCompare(b[1]));
    this.placeSelect.replaceChildren(
      el('option', { value: '' }, strings.list.anyPlace),
      ...used.map(([id, label]) => el('option', { value: id }, label)),
    );
    this.placeSelect.value = this.filter.place;
  }

  private applyFilter(): void {
    let shown = 0;
    for (const item of this.items) {
      const match = eventMatches(item.event, item.haystack, this.filter);
      item.li.hidden = !match;
      if (match) shown++;
    }
    this.count.textContent = strings.list.count(shown, this.items.length);
  }

  update(state: AppState): void {
    this.render(state);
  }

  destroy(): void {
    this.root.replaceChildren();
  }

  render(state: AppState): void {
    if (state.names !== this.names) {
      this.names = state.names;
      this.renderNames(state.names);
    }
    if (state.selection !== this.selection) {
      this.selection = state.selection;
      const sel = state.selection;
      for (const { event, li } of this.items) {
        const selected = sel?.kind === 'event' && sel.id === event.id;
        li.classList.toggle('is-selected', selected);
        if (selected) li.setAttribute('aria-current', 'true');
        else li.removeAttribute('aria-current');
        li.classList.toggle('at-place', sel?.kind === 'place' && event.places.includes(sel.id));
      }
    }
    if (state.day !== this.day) {
      this.day = state.day;
      this.markDate(state.day);
    } else if (!this.root.hidden && !this.visible) this.scrollToDate();
    this.visible = !this.root.hidden;
  }

  /**
   * Marks the events on the date, and the latest one that ended before it when that is more recent than
   * any still going on (a years-long blockade does not hide last week's event); brings the most recent
   * into view.
   */
  private markDate(day: number): void {
    const on = this.items.filter((i) => i.event.t0 <= day && day <= i.event.t1);
    const lastOnStart = Math.max(-Infinity, ...on.map((i) => i.event.t0));
    const ended = this.items.filter((i) => i.event.t1 < day);
    const last = ended.reduce<Item | null>(
      (a, b) => (!a || b.event.t1 >= a.event.t1 ? b : a),
      null,
    );
    const latest = last && last.event.t0 > lastOnStart ? [last] : [];
    for (const item of this.items) {
      const badge = item.li.querySelector('.now-badge') as HTMLElement;
      const when = on.includes(item) ? 'on' : latest.includes(item) ? 'latest' : '';
      item.li.dataset.when = when;
      badge.textContent =
        when === 'on' ? strings.list.onDate : when === 'latest' ? strings.list.latest : '';
    }
    // the most specific: the marked event that began last (not a war that spans years)
    const target = [...on, ...latest]
      .filter((i) => !i.li.hidden)
      .reduce<Item | null>((a, b) => (!a || b.event.t0 >= a.event.t0 ? b : a), null);
    this.target = target;
    if (!this.root.hidden) this.scrollToDate();
  }

  private scrollToDate(): void {
    this.target?.li.scrollIntoView({ block: 'nearest' });
  }
}
