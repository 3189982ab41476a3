/**
 * Layout checks shared by the layout and embed tests: which interactive elements are visible, and
 * which of them overlap or are covered by something else.
 */
import type { Frame, Page } from '@playwright/test';

export interface Clash {
  a: string;
  b: string;
}

/**
 * Visible interactive elements (buttons, inputs, selects, links, summaries) whose boxes, clipped by
 * scrolling ancestors and the viewport, intersect; and elements whose centre shows something else
 * (covered by a card, panel or control). Event ticks may overlap each other where events crowd
 * (each is a 24 px target; ◀ / ▶ reach every event), so tick–tick pairs are left out.
 * `overlay`: a selector for a layer that may cover whatever lies wholly beneath it (a bottom sheet).
 */
export async function clashes(
  page: Page | Frame,
  overlay?: string,
): Promise<{ overlaps: Clash[]; covered: Clash[] }> {
  return page.evaluate((overlay) => {
    const layer = overlay ? document.querySelector(overlay) : null;
    const name = (e: Element) => {
      const label =
        e.getAttribute('aria-label') || e.id || (e.textContent ?? '').trim().slice(0, 30);
      return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length ? `.${[...e.classList].join('.')}` : ''} "${label}"`;
    };
    const visibleRect = (e: Element): DOMRect | null => {
      if (e.closest('[hidden], .visually-hidden, [inert]')) return null;
      const style = getComputedStyle(e);
      if (style.visibility !== 'visible' || style.display === 'none' || Number(style.opacity) === 0)
        return null;
      let r = e.getBoundingClientRect();
      let left = Math.max(r.left, 0);
      let top = Math.max(r.top, 0);
      let right = Math.min(r.right, window.innerWidth);
      let bottom = Math.min(r.bottom, window.innerHeight);
      for (let p = e.parentElement; p; p = p.parentElement) {
        const ps = getComputedStyle(p);
        if (ps.overflowX !== 'visible' || ps.overflowY !== 'visible') {
          r = p.getBoundingClientRect();
          left = Math.max(left, r.left);
          top = Math.max(top, r.top);
          right = Math.min(right, r.right);
          bottom = Math.min(bottom, r.bottom);
        }
      }
      if (right - left < 1 || bottom - top < 1) return null;
      return new DOMRect(left, top, right - left, bottom - top);
    };
    const under = (r: DOMRect) => {
      if (!layer) return false;
      const o = layer.getBoundingClientRect();
      return r.left >= o.left && r.right <= o.right && r.top >= o.top && r.bottom <= o.bottom;
    };
    const targets = [
      ...document.querySelectorAll('button, input, select, textarea, a[href], summary'),
    ]
      .map((e) => ({ e, r: visibleRect(e) }))
      // a modal layer (the phone's bottom sheet) may cover what lies wholly under it
      .filter((x) => !x.r || !layer || layer.contains(x.e) || !under(x.r))
      .filter((x): x is { e: Element; r: DOMRect } => x.r !== null);
    const overlaps: { a: string; b: string }[] = [];
    for (let i = 0; i < targets.length; i++)
      for (let j = i + 1; j < targets.length; j++) {
        const a = targets[i]!;
        const b = targets[j]!;
        if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
        if (a.e.classList.contains('tick') && b.e.classList.contains('tick')) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) overlaps.push({ a: name(a.e), b: name(b.e) });
      }
    const covered: { a: string; b: string }[] = [];
    for (const { e, r } of targets) {
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || e.contains(hit) || hit.contains(e)) continue;
      if (e.classList.contains('tick') && hit.classList.contains('tick')) continue;
      // a label or option list drawn over its own control
      if (hit instanceof HTMLLabelElement && hit.control === e) continue;
      covered.push({ a: name(e), b: name(hit) });
    }
    return { overlaps, covered };
  }, overlay);
}
