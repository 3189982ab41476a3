/**
 * The date caption: one line beside the date saying what changed on it or is under way, with a link
 * that opens the event (its panel lists the sources).
 */
import type { EventRecord } from '../data/types.ts';
import { captionFor } from '../domain/day-caption.ts';
import { formatDay } from '../time/days.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import './caption.css';

export interface Caption {
  update(day: number): void;
  destroy(): void;
}

/** Mounts the caption just before `beside` (the date output) in its row. */
export function mountCaption(
  beside: HTMLElement,
  events: readonly EventRecord[],
  onEvent: (id: string) => void,
): Caption {
  const root = el('p', { id: 'date-caption', class: 'date-caption' });
  root.setAttribute('aria-label', strings.cartography.captionLabel);
  beside.before(root);
  let shown = NaN;
  return {
    update(day) {
      if (day === shown) return;
      shown = day;
      const c = captionFor(events, day);
      if (!c) {
        root.replaceChildren();
        return;
      }
      const e = c.event;
      const text =
        c.kind === 'on'
          ? strings.cartography.captionOn(e.title)
          : c.kind === 'under-way'
            ? strings.cartography.captionUnderWay(e.title, formatDay(e.t0))
            : strings.cartography.captionLatest(e.title, formatDay(e.t0));
      const link = el(
        'button',
        {
          type: 'button',
          class: 'link-button date-caption-link',
          'data-event': e.id,
          'data-kind': c.kind,
          title: strings.cartography.captionOpen,
        },
        text,
      );
      link.addEventListener('click', () => onEvent(e.id));
      root.replaceChildren(link);
    },
    destroy() {
      root.remove();
    },
  };
}
