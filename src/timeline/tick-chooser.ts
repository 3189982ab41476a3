/**
 * Where event ticks crowd, their 24 px targets overlap and a click would always open the topmost one,
 * leaving the others unreachable by pointer. A click that lands on several ticks opens a small list of
 * those events instead; one tick under the pointer opens at once.
 */
import './tick-chooser.css';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

/** The ticks whose target contains the pointer's x, left to right. */
export function ticksAt(track: HTMLElement, clientX: number): HTMLElement[] {
  return [...track.querySelectorAll<HTMLElement>('.tick')].filter((t) => {
    const r = t.getBoundingClientRect();
    return r.width > 0 && clientX >= r.left && clientX <= r.right;
  });
}

/** A list of the events under the pointer, placed at `clientX`; closes on a choice, Escape or a click outside. */
export function showChooser(
  track: HTMLElement,
  clientX: number,
  ticks: HTMLElement[],
  onPick: (eventId: string) => void,
): HTMLElement {
  track.querySelector('.tick-chooser')?.remove();
  const close = () => {
    list.remove();
    document.removeEventListener('pointerdown', outside, true);
  };
  const outside = (e: Event) => {
    if (!list.contains(e.target as Node)) close();
  };
  const items = ticks.map((t) => {
    const id = t.dataset.event ?? '';
    const b = el(
      'button',
      { type: 'button', 'data-event': id },
      t.getAttribute('aria-label') ?? id,
    );
    b.addEventListener('click', () => {
      close();
      onPick(id);
      // the chosen button is gone with the list: keep focus on the timeline, not on the page body
      if (document.activeElement === document.body)
        ticks[0]
          ?.closest('.ticks')
          ?.parentElement?.querySelector<HTMLElement>('input[type="range"]')
          ?.focus();
    });
    return el('li', {}, b);
  });
  const list = el(
    'div',
    { class: 'tick-chooser', role: 'dialog', 'aria-label': strings.tickChooserLabel },
    el('p', {}, strings.tickChooserLabel),
    el('ul', {}, ...items),
  );
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close();
    ticks[0]?.focus();
  });
  const box = track.getBoundingClientRect();
  list.style.left = `${Math.max(0, Math.min(clientX - box.left, box.width - 260))}px`;
  track.append(list);
  document.addEventListener('pointerdown', outside, true);
  list.querySelector('button')?.focus();
  return list;
}
