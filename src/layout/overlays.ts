/**
 * Phones: one card over the map at a time. The details sheet, the tour card and the compare box each
 * take the lower part of the map (above the timeline, which stays in view); when one comes forward, the
 * others fold into a bar along the bottom of the map that names them ("Folded: Guided tour · step 3 of
 * 11"), and a tap on one brings it back. Opening the legend folds them too; a card coming forward
 * closes the legend. The reader may also fold the card in front (the compare box's Fold): then no card
 * comes forward until one is opened or tapped in the bar (closing the legend brings none back). Folded
 * cards are `display: none` (src/style.css), so Tab never reaches them.
 */
import type { AppState } from '../state/store.ts';
import type { Component } from '../ui/component.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

/** Where the panel is a bottom sheet (the phone block of src/style.css). */
export const PHONE = '(max-width: 599px)';

export type Card = 'panel' | 'tour' | 'compare';
type Overlay = Card | 'legend';
const CARDS: readonly Card[] = ['panel', 'tour', 'compare'];

export interface OverlayRoots {
  mapWrap: HTMLElement;
  panel: HTMLElement;
  tour: HTMLElement;
  compare: HTMLElement;
  legend: HTMLElement;
}

export interface Overlays extends Component {
  /** The reader folds the card in front into the bar (phones only; elsewhere nothing happens). */
  fold(card: Card): void;
}

export function foldOverlaysOnPhones(
  roots: OverlayRoots,
  /** the event a tour step opens: the panel showing it does not push the tour card aside */
  tourEvent: (step: number) => string | undefined,
  media: MediaQueryList = window.matchMedia(PHONE),
): Overlays {
  const { mapWrap } = roots;
  const details = () => roots.legend.querySelector('details');
  const isOpen = (o: Overlay): boolean =>
    o === 'legend' ? details()?.open === true : !roots[o].hidden;
  const rendered = (e: Element | null): e is HTMLElement =>
    e instanceof HTMLElement && e.isConnected && e.getClientRects().length > 0;

  /** open overlays, the one in front last */
  let order: Overlay[] = [];
  let folded: Card[] = [];
  let tourStep = 0;
  /** the last element focused in each card, to return to when it unfolds */
  const lastFocus = new Map<Overlay, HTMLElement>();
  /** the last element focused anywhere */
  let lastAny: HTMLElement | null = null;
  /** the overlay that held the last focus, and the one before (a closing card moves focus out first) */
  let lastIn: Overlay | null = null;
  let prevIn: Overlay | null = null;
  /** the overlay in front at the last apply */
  let prevFront: Overlay | undefined;
  /** cards open when the reader folded the one in front: none comes forward until brought forward */
  const put = new Set<Card>();

  const chips = el('div', { class: 'overlay-dock-chips' });
  const dock = el(
    'div',
    { class: 'overlay-dock', role: 'group', 'aria-label': strings.fold.label },
    el('span', { class: 'overlay-dock-note', 'aria-hidden': 'true' }, strings.fold.note),
    chips,
  );
  dock.hidden = true;
  const status = el('p', { class: 'visually-hidden', role: 'status' });
  mapWrap.append(dock, status);

  const onFocus = (e: FocusEvent) => {
    const t = e.target;
    if (!(t instanceof HTMLElement)) return;
    lastAny = t;
    prevIn = lastIn;
    lastIn = null;
    for (const o of [...CARDS, 'legend'] as const)
      if ((o === 'legend' ? roots.legend : roots[o]).contains(t)) {
        lastFocus.set(o, t);
        lastIn = o;
      }
  };
  document.addEventListener('focusin', onFocus);

  /** what a card is called in the bar, and the button's accessible name */
  function labels(c: Card): [string, string] {
    if (c === 'panel') {
      const title = roots.panel.querySelector('#panel-title')?.textContent ?? '';
      return [strings.fold.panel(title), strings.fold.panelShow(title)];
    }
    if (c === 'tour') return [strings.fold.tour(tourStep), strings.fold.tourShow(tourStep)];
    return [strings.fold.compare, strings.fold.compareShow];
  }

  /** where focus goes in an overlay that comes forward */
  function focusTarget(o: Overlay): HTMLElement | null {
    const root = o === 'legend' ? roots.legend : roots[o];
    const last = lastFocus.get(o);
    if (last && root.contains(last) && rendered(last)) return last;
    // re-rendered since (the compare box follows the date): the button for the same event or place
    const key = last?.dataset.event
      ? `[data-event="${CSS.escape(last.dataset.event)}"]`
      : last?.dataset.place
        ? `[data-place="${CSS.escape(last.dataset.place)}"]`
        : null;
    const same = key ? root.querySelector<HTMLElement>(`button${key}`) : null;
    if (same) return same;
    if (o === 'legend') return roots.legend.querySelector('summary');
    if (o === 'panel') return roots.panel.querySelector('#panel-title');
    if (o === 'tour') return roots.tour.querySelector('#tour-title');
    const h = roots.compare.querySelector<HTMLElement>('h2');
    if (h) h.tabIndex = -1;
    return h;
  }

  function bring(o: Overlay): void {
    order = [...order.filter((x) => x !== o), o];
    if (o !== 'legend') put.delete(o);
  }

  function apply(): void {
    if (!media.matches) {
      for (const c of CARDS) roots[c].removeAttribute('data-folded');
      delete mapWrap.dataset.front;
      prevFront = undefined;
      folded = [];
      order = order.filter(isOpen);
      dock.hidden = true;
      chips.replaceChildren();
      put.clear();
      return;
    }
    order = order.filter(isOpen);
    for (const c of put) if (!isOpen(c)) put.delete(c);
    // open but never brought forward (opened before a phone-sized window): behind the others
    for (const o of ['legend', ...CARDS] as const)
      if (isOpen(o) && !order.includes(o)) order.unshift(o);
    const front = order.filter((o) => o === 'legend' || !put.has(o)).at(-1);
    if (front !== 'legend' && details()?.open) {
      const d = details();
      if (d) d.open = false;
      order = order.filter((o) => o !== 'legend');
    }
    const nowFolded = CARDS.filter((c) => c !== front && isOpen(c));
    const newly = nowFolded.filter((c) => !folded.includes(c));
    folded = nowFolded;
    for (const c of CARDS) roots[c].toggleAttribute('data-folded', folded.includes(c));
    if (front) mapWrap.dataset.front = front;
    else delete mapWrap.dataset.front;
    // most recently folded first
    const buttons = [...folded]
      .sort((a, b) => order.indexOf(b) - order.indexOf(a))
      .map((c) => {
        const [text, name] = labels(c);
        const b = el(
          'button',
          { type: 'button', class: 'overlay-chip', 'data-card': c, 'aria-label': name },
          el('span', { 'aria-hidden': 'true' }, '▴ '),
          text,
        );
        b.addEventListener('click', () => {
          bring(c);
          apply();
          focusTarget(c)?.focus();
        });
        return b;
      });
    chips.replaceChildren(...buttons);
    dock.hidden = buttons.length === 0;
    if (newly.length)
      status.textContent = strings.fold.folded(newly.map((c) => labels(c)[0]).join(', '));
    // focus never stays in something folded, nor drops to <body> from a card that closed: the card
    // in front takes it (focus the reader left on the map or the timeline stays there)
    const now = document.activeElement;
    const lost =
      !rendered(now) || (now === document.body && lastAny !== null && !rendered(lastAny));
    // the reader closed the card in front from inside it: focus goes to the card that comes back
    const closed = prevFront && prevFront !== front && !isOpen(prevFront) ? prevFront : null;
    const closedFromInside = closed !== null && (lastIn === closed || prevIn === closed);
    if (front && (lost || (closedFromInside && front !== 'legend'))) focusTarget(front)?.focus();
    prevFront = front;
    measure();
  }

  /** `--cover-h`: how much of the map's bottom the card in front, or else the bar, covers (the list
   * ends above it) */
  function measure(): void {
    const front = mapWrap.dataset.front;
    let cover = 0;
    const top =
      front && front !== 'legend'
        ? roots[front as Card].getBoundingClientRect().top
        : dock.hidden
          ? null
          : dock.getBoundingClientRect().top;
    if (media.matches && top !== null)
      cover = Math.max(0, mapWrap.getBoundingClientRect().bottom - top);
    mapWrap.style.setProperty('--cover-h', `${Math.ceil(cover)}px`);
  }
  const resized = new ResizeObserver(measure);
  for (const e of [mapWrap, roots.panel, roots.tour, roots.compare]) resized.observe(e);

  const onToggle = () => {
    if (details()?.open) bring('legend');
    apply();
  };
  roots.legend.addEventListener('toggle', onToggle, true);
  media.addEventListener('change', apply);

  return {
    fold(card: Card) {
      if (!media.matches || !isOpen(card) || mapWrap.dataset.front !== card) return;
      const hadFocus = roots[card].contains(document.activeElement);
      for (const c of CARDS) if (isOpen(c)) put.add(c);
      apply();
      // focus stays where the reader is: on the bar's button that brings the card back
      if (hadFocus || !rendered(document.activeElement))
        chips.querySelector<HTMLElement>(`[data-card="${card}"]`)?.focus();
    },
    update(state: AppState, previous: AppState) {
      tourStep = state.tour ?? 0;
      // brought forward in this order, so a tour step (which also selects its event) ends in front
      const sel = state.selection;
      const byTour =
        state.tour !== null && sel?.kind === 'event' && sel.id === tourEvent(state.tour);
      if (sel !== previous.selection && sel !== null && !byTour) bring('panel');
      if (state.compare !== previous.compare && state.compare !== null) bring('compare');
      if (state.tour !== previous.tour && state.tour !== null) bring('tour');
      apply();
    },
    destroy() {
      document.removeEventListener('focusin', onFocus);
      roots.legend.removeEventListener('toggle', onToggle, true);
      media.removeEventListener('change', apply);
      resized.disconnect();
      dock.remove();
      status.remove();
    },
  };
}
