/**
 * The details panel: a place (names, state on the date, events, sources) or an event (claims, sources).
 * Rebuilt only when what it shows changes: during playback a place's panel keeps its nodes (and the
 * reader's focus, an open Cite box) while the date in its heading follows the slider.
 */
import type { CompiledData, EventRecord, Place, Source } from '../data/types.ts';
import { eventById, eventDateText, eventPrecisionText } from '../domain/events.ts';
import {
  featureTitle,
  placeOnDay,
  selectionSources,
  selectionTitle,
  type PlaceOnDay,
} from '../domain/selection.ts';
import { publishedAfter } from '../domain/sources.ts';
import { statusText } from '../map/status-text.ts';
import type { FeatureOnDay } from '../domain/features.ts';
import { placeName, type NameMode } from '../names/names.ts';
import type { AppState, Selection } from '../state/store.ts';
import { dayFromIso, formatDay } from '../time/days.ts';
import { focusOr, type Component } from '../ui/component.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { sourceList } from '../cite/citation.ts';
import { citeControl } from '../cite/cite-control.ts';
import { panelCitation } from '../cite/cite-text.ts';

export interface PanelActions {
  select: (selection: Selection) => void;
  setDay: (day: number) => void;
}

export interface PanelOptions {
  data: CompiledData;
  actions: PanelActions;
  /** where focus goes when the panel closes and the element that opened it is gone */
  fallbackFocus: () => HTMLElement | null;
  /** the address of the view, for the citation */
  url?: () => string;
}

/** The sources of the selection published after the day shown, which the panel marks. */
function laterKey(data: CompiledData, state: AppState): string {
  return selectionSources(data, state.selection, state.day)
    .filter((id) => publishedAfter(data.sources[id] as Source, state.day))
    .join(',');
}

/** What the panel's content depends on besides the date: when it is unchanged, nothing is rebuilt. */
function contentKey(data: CompiledData, state: AppState): string {
  const sel = state.selection;
  if (!sel) return '';
  if (sel.kind === 'event') return `event ${sel.id} ${state.names} ${laterKey(data, state)}`;
  const p = placeOnDay(data, sel.id, state.day);
  const features = p.features.map(
    (f) => `${f.feature.id}:${f.active}:${f.state?.valid_from ?? ''}`,
  );
  return `place ${sel.id} ${state.names} ${features.join(',')} ${p.events.length} ${laterKey(data, state)}`;
}

export function mountPanel(root: HTMLElement, options: PanelOptions): Component {
  const { data, actions } = options;
  const close = el(
    'button',
    { type: 'button', class: 'panel-close', 'aria-label': strings.closePanel },
    '×',
  );
  close.addEventListener('click', () => actions.select(null));
  const body = el('div', { class: 'panel-body' });
  root.append(close, body);
  root.hidden = true;

  let latest: AppState | null = null;
  /** the day the content was built for: sources published after it are marked */
  let asOf = 0;
  let shownKey = '';
  let returnFocus: HTMLElement | null = null;
  /** nodes that show the date, updated in place */
  let dateNodes: { stateHeading: HTMLElement | null; jump: HTMLElement | null; jumpDay: number } = {
    stateHeading: null,
    jump: null,
    jumpDay: -1,
  };

  const heading = (text: string) => el('h2', { tabindex: '-1', id: 'panel-title' }, text);
  const focusHeading = () => body.querySelector<HTMLElement>('#panel-title')?.focus();

  function placeView(id: string, p: PlaceOnDay, names: NameMode): Node[] {
    const stateHeading = p.features.length ? el('h3', {}, '') : null;
    dateNodes = { stateHeading, jump: null, jumpDay: -1 };
    return [
      heading(selectionTitle(data, { kind: 'place', id }, names)),
      p.place ? namesBlock(p.place) : null,
      stateHeading
        ? el(
            'section',
            { class: 'state' },
            stateHeading,
            ...p.features.flatMap((f) => featureBlock(f, names)),
          )
        : null,
      el('h3', {}, strings.eventsHeading),
      p.events.length
        ? el('ol', { class: 'panel-events' }, ...p.events.map(eventItem))
        : el('p', { class: 'muted' }, strings.noEventsYet),
    ].filter((n): n is HTMLElement => n !== null);
  }

  function namesBlock(place: Place): HTMLElement {
    const r = strings.names.rows;
    const rows: [string, string[]][] = [
      [r.az, place.names.az],
      [r.hy, place.names.hy],
      [r.ru, place.names.ru],
      [r.native, place.native],
    ];
    const dl = el('dl', { class: 'names' });
    for (const [label, list] of rows) {
      if (list.length) dl.append(el('dt', {}, label), el('dd', {}, list.join(' · ')));
    }
    if (place.coord) {
      dl.append(
        el('dt', {}, r.location),
        el('dd', {}, `${strings.precision[place.precision]} (${place.coordinate_source})`),
      );
    }
    return el(
      'section',
      { 'aria-labelledby': 'names-h' },
      el('h3', { id: 'names-h' }, strings.namesHeading),
      dl,
    );
  }

  function featureBlock(f: FeatureOnDay, names: NameMode): HTMLElement[] {
    const { feature, active, state } = f;
    const status = active ? (state?.status ?? 'active') : 'absent';
    return [
      el('h4', {}, featureTitle(data, feature, names)),
      el(
        'p',
        { class: 'status', 'data-status': status },
        active ? statusText(feature.layer, state?.status ?? 'active') : strings.notOnThisDate,
      ),
      state?.note ? el('p', {}, state.note) : null,
      state ? sourceList(state.sources, data.sources, asOf) : null,
      el(
        'details',
        { class: 'method' },
        el('summary', {}, `${strings.precisionLabel}: ${strings.precision[feature.precision]}`),
        el('p', {}, feature.method),
        sourceList(feature.sources, data.sources, asOf),
      ),
    ].filter((n): n is HTMLElement => n !== null);
  }

  function eventItem(e: EventRecord): HTMLElement {
    const go = el('button', { type: 'button', class: 'link-button', 'data-event': e.id }, e.title);
    go.addEventListener('click', () => actions.select({ kind: 'event', id: e.id }));
    return el(
      'li',
      {},
      el('span', { class: 'event-date' }, eventDateText(e)),
      ' ',
      go,
      sourceList(e.sources, data.sources, asOf),
    );
  }

  function eventView(id: string, names: NameMode): Node[] {
    const e = eventById(data, id);
    dateNodes = { stateHeading: null, jump: null, jumpDay: -1 };
    if (!e) return [heading(id)];
    const reported = e.reported_on ? dayFromIso(e.reported_on) : null;
    const when = el(
      'p',
      { class: 'event-when' },
      `${strings.happenedOn}: ${eventDateText(e)} (${eventPrecisionText(e)})`,
      reported !== null && reported !== e.t0
        ? ` · ${strings.reportedOn}: ${formatDay(reported)}`
        : '',
    );
    const jump = el(
      'button',
      { type: 'button', class: 'link-button', 'data-jump': '' },
      strings.showOnTimeline,
    );
    jump.addEventListener('click', () => actions.setDay(e.t0));
    dateNodes = { stateHeading: null, jump, jumpDay: e.t0 };
    const places = el('p', { class: 'event-places' });
    e.places.forEach((pid, i) => {
      const p = data.places[pid];
      const b = el(
        'button',
        { type: 'button', class: 'link-button', 'data-place': pid },
        p ? placeName(p, names) : pid,
      );
      b.addEventListener('click', () => actions.select({ kind: 'place', id: pid }));
      places.append(i ? ', ' : '', b);
    });
    // places only named in the sources: listed as plain text, never selectable or pinned
    const mentioned = e.mentioned.length
      ? el(
          'p',
          { class: 'event-mentioned muted' },
          `${strings.mentionedPlaces}: `,
          e.mentioned
            .map((pid) => {
              const p = data.places[pid];
              return p ? placeName(p, names) : pid;
            })
            .join(', '),
        )
      : null;
    const claims = e.claims.map((c) =>
      el(
        'li',
        { class: 'claim', 'data-claimant': c.by },
        el('strong', {}, data.actors[c.by]?.name ?? c.by),
        ': ',
        c.says,
        sourceList(c.sources, data.sources, asOf),
      ),
    );
    return [
      heading(e.title),
      when,
      e.note ? el('p', { class: 'muted' }, e.note) : null,
      jump,
      el('p', {}, e.summary),
      places,
      mentioned,
      claims.length ? el('h3', {}, strings.claimsHeading) : null,
      claims.length ? el('ul', { class: 'claims' }, ...claims) : null,
      e.sides_note ? el('p', { class: 'sides-note muted' }, e.sides_note) : null,
      el('h3', {}, strings.sourcesHeading),
      sourceList(e.sources, data.sources, asOf),
    ].filter((n): n is HTMLElement => n !== null);
  }

  /** The parts that show the date, kept in step without a rebuild. */
  function renderDate(day: number): void {
    const { stateHeading, jump, jumpDay } = dateNodes;
    if (stateHeading) stateHeading.textContent = `${strings.stateHeading}: ${formatDay(day)}`;
    if (jump) {
      const hide = jumpDay === day;
      // the button goes once it has done its job: its focus goes to the heading, not to <body>
      if (hide && jump === document.activeElement) focusHeading();
      jump.hidden = hide;
    }
  }

  // the heading and the Cite control stay while the selection does (an open Cite box, and focus in it,
  // survive a rebuild of what is below them, e.g. a new event at the place during playback)
  const title = heading('');
  const content = el('div', { class: 'panel-content' });
  let cite: HTMLElement | null = null;
  let citeFor = '';

  function rebuild(state: AppState, sel: NonNullable<Selection>): void {
    const focusInContent = content.contains(document.activeElement);
    asOf = state.day;
    const nodes =
      sel.kind === 'event'
        ? eventView(sel.id, state.names)
        : placeView(sel.id, placeOnDay(data, sel.id, state.day), state.names);
    const [first, ...rest] = nodes;
    title.textContent = first?.textContent ?? '';
    const selKey = `${sel.kind} ${sel.id}`;
    if (!cite || citeFor !== selKey) {
      citeFor = selKey;
      cite = citeControl(() => {
        const now = latest ?? state;
        return panelCitation(
          data,
          now.selection,
          selectionTitle(data, now.selection, now.names),
          now.day,
          options.url?.() ?? window.location.href,
          new Date(),
        );
      });
      body.replaceChildren(title, cite, content);
    }
    content.replaceChildren(...rest);
    // a link inside the panel (or Next in the tour) changed what it shows: keep the reader in it
    if (focusInContent) focusHeading();
  }

  /** The element that stands for the same place or event as `node`, e.g. after its list re-rendered. */
  function sameThing(node: HTMLElement | null): HTMLElement | null {
    const key = node?.dataset.place
      ? `[data-place="${CSS.escape(node.dataset.place)}"]`
      : node?.dataset.event
        ? `[data-event="${CSS.escape(node.dataset.event)}"]`
        : null;
    if (!key) return null;
    return (
      [...document.querySelectorAll<HTMLElement>(`button${key}`)].find(
        (b) => !root.contains(b) && b.getClientRects().length > 0,
      ) ?? null
    );
  }

  function update(state: AppState, previous: AppState | null): void {
    latest = state;
    const sel = state.selection;
    const key = contentKey(data, state);
    if (!sel) {
      if (!root.hidden) {
        const hadFocus = root.contains(document.activeElement);
        root.hidden = true;
        body.replaceChildren();
        cite = null;
        shownKey = '';
        const opener = returnFocus;
        if (hadFocus || document.activeElement === document.body)
          focusOr(opener, () => sameThing(opener) ?? options.fallbackFocus());
      }
      returnFocus = null;
      return;
    }
    const opening = root.hidden;
    if (opening) {
      const active = document.activeElement;
      returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    const changed = key !== shownKey;
    if (changed) {
      shownKey = key;
      rebuild(state, sel);
    }
    if (changed || opening || previous?.day !== state.day) renderDate(state.day);
    root.hidden = false;
    if (opening) focusHeading();
  }

  return {
    update: (state, previous) => update(state, previous),
    destroy: () => {
      root.replaceChildren();
      root.hidden = true;
    },
  };
}
