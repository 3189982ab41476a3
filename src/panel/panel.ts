/** The details panel: a place (names, state at the date, events, sources) or an event (claims, sources). */
import type {
  CompiledData,
  EventRecord,
  LayerState,
  Place,
  TimedFeatureInfo,
} from '../data/types.ts';
import type { AppState, Selection } from '../state/store.ts';
import { dayFromIso, formatDay } from '../time/days.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { sourceList } from '../cite/citation.ts';
import { citeControl } from '../cite/cite-control.ts';
import { panelCitation } from '../cite/cite-text.ts';
import { placeName, type NameMode } from '../names/names.ts';

export interface PanelCallbacks {
  onSelect: (selection: Selection) => void;
  onDay: (day: number) => void;
}

export class Panel {
  private readonly body: HTMLElement;
  private returnFocus: HTMLElement | null = null;
  private shown: Selection = null;
  private shownDay = -1;
  private names: NameMode = 'both';

  constructor(
    private readonly root: HTMLElement,
    private readonly data: CompiledData,
    private readonly cb: PanelCallbacks,
  ) {
    const close = el(
      'button',
      { type: 'button', class: 'panel-close', 'aria-label': strings.closePanel },
      '×',
    );
    close.addEventListener('click', () => cb.onSelect(null));
    this.body = el('div', { class: 'panel-body' });
    root.append(close, this.body);
    root.hidden = true;
  }

  render(state: AppState): void {
    const sel = state.selection;
    const same = state.day === this.shownDay && state.names === this.names;
    if (sel === this.shown && (same || sel === null)) return;
    const opening = this.shown === null && sel !== null;
    this.shown = sel;
    this.shownDay = state.day;
    this.names = state.names;
    if (!sel) {
      this.root.hidden = true;
      this.body.replaceChildren();
      this.returnFocus?.focus();
      this.returnFocus = null;
      return;
    }
    if (opening) this.returnFocus = document.activeElement as HTMLElement | null;
    const content =
      sel.kind === 'event' ? this.eventView(sel.id, state.day) : this.placeView(sel.id, state.day);
    const [heading, ...rest] = content;
    const title = heading?.textContent ?? '';
    const cite = citeControl(() =>
      panelCitation(this.data, sel, title, state.day, window.location.href, new Date()),
    );
    this.body.replaceChildren(...(heading ? [heading] : []), cite, ...rest);
    this.root.hidden = false;
    if (opening) this.body.querySelector<HTMLElement>('h2')?.focus();
  }

  private heading(text: string): HTMLElement {
    return el('h2', { tabindex: '-1', id: 'panel-title' }, text);
  }

  private placeView(id: string, day: number): Node[] {
    const place: Place | undefined = this.data.places[id];
    const features = (this.data.groups[id] ?? [])
      .map((f) => this.data.features[f])
      .filter((f): f is TimedFeatureInfo => !!f);
    const title = place ? placeName(place, this.names) : (features[0]?.title ?? id);
    const events = (this.data.placeEvents[id] ?? [])
      .map((eid) => this.data.events.find((e) => e.id === eid))
      .filter((e): e is EventRecord => !!e && e.t0 <= day);
    return [
      this.heading(title),
      place ? this.namesBlock(place) : null,
      features.length ? this.stateBlock(features, day) : null,
      el('h3', {}, strings.eventsHeading),
      events.length
        ? el('ol', { class: 'panel-events' }, ...events.map((e) => this.eventItem(e)))
        : el('p', { class: 'muted' }, strings.noEventsYet),
    ].filter((n): n is HTMLElement => n !== null);
  }

  private namesBlock(place: Place): HTMLElement {
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

  private stateBlock(features: TimedFeatureInfo[], day: number): HTMLElement {
    const section = el(
      'section',
      { class: 'state' },
      el('h3', {}, `${strings.stateHeading}: ${formatDay(day)}`),
    );
    const active = features.filter((f) => f.t0 <= day && day <= f.t1);
    for (const f of active.length ? active : features.slice(0, 1)) {
      const state: LayerState | undefined = f.states.find((s) => s.t0 <= day && day <= s.t1);
      const isActive = f.t0 <= day && day <= f.t1;
      section.append(
        el('h4', {}, f.title),
        el(
          'p',
          { class: 'status', 'data-status': isActive ? (state?.status ?? 'active') : 'absent' },
          isActive
            ? state
              ? strings.status[state.status]
              : strings.status.active
            : strings.notOnThisDate,
        ),
        state?.note ? el('p', {}, state.note) : '',
        state ? sourceList(state.sources, this.data.sources) : '',
        el(
          'details',
          { class: 'method' },
          el('summary', {}, `${strings.precisionLabel}: ${strings.precision[f.precision]}`),
          el('p', {}, f.method),
          sourceList(f.sources, this.data.sources),
        ),
      );
    }
    return section;
  }

  private eventItem(e: EventRecord): HTMLElement {
    const go = el('button', { type: 'button', class: 'link-button', 'data-event': e.id }, e.title);
    go.addEventListener('click', () => this.cb.onSelect({ kind: 'event', id: e.id }));
    return el(
      'li',
      {},
      el('span', { class: 'event-date' }, this.dateText(e)),
      ' ',
      go,
      sourceList(e.sources, this.data.sources),
    );
  }

  private dateText(e: EventRecord): string {
    const start = formatDay(e.t0);
    const range = e.t1 !== e.t0 ? `${start} – ${formatDay(e.t1)}` : start;
    if (e.precision === 'month') return range.replace(/^\d+ /, '');
    return e.precision === 'approximate' ? `about ${range}` : range;
  }

  private eventView(id: string, day: number): Node[] {
    const e = this.data.events.find((x) => x.id === id);
    if (!e) return [this.heading(id)];
    const reported = e.reported_on ? dayFromIso(e.reported_on) : null;
    const when = el(
      'p',
      { class: 'event-when' },
      `${strings.happenedOn}: ${this.dateText(e)} (${strings.datePrecision[e.precision]})`,
      reported !== null && reported !== e.t0
        ? ` · ${strings.reportedOn}: ${formatDay(reported)}`
        : '',
    );
    const jump = el('button', { type: 'button', class: 'link-button' }, strings.showOnTimeline);
    jump.addEventListener('click', () => this.cb.onDay(e.t0));
    const places = el('p', { class: 'event-places' });
    e.places.forEach((pid, i) => {
      const p = this.data.places[pid];
      const b = el(
        'button',
        { type: 'button', class: 'link-button', 'data-place': pid },
        p ? placeName(p, this.names) : pid,
      );
      b.addEventListener('click', () => this.cb.onSelect({ kind: 'place', id: pid }));
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
              const p = this.data.places[pid];
              return p ? placeName(p, this.names) : pid;
            })
            .join(', '),
        )
      : null;
    const claims = e.claims.map((c) =>
      el(
        'li',
        { class: 'claim', 'data-claimant': c.by },
        el('strong', {}, this.data.actors[c.by]?.name ?? c.by),
        ': ',
        c.says,
        sourceList(c.sources, this.data.sources),
      ),
    );
    return [
      this.heading(e.title),
      when,
      e.note ? el('p', { class: 'muted' }, e.note) : null,
      e.t0 !== day ? jump : null,
      el('p', {}, e.summary),
      places,
      mentioned,
      claims.length ? el('h3', {}, strings.claimsHeading) : null,
      claims.length ? el('ul', { class: 'claims' }, ...claims) : null,
      e.sides_note ? el('p', { class: 'sides-note muted' }, e.sides_note) : null,
      el('h3', {}, strings.sourcesHeading),
      sourceList(e.sources, this.data.sources),
    ].filter((n): n is HTMLElement => n !== null);
  }
}
