/** Map or list: two toggle buttons; the pressed one is the view shown. */
import type { ViewMode } from '../state/store.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

export class ViewToggle {
  private readonly buttons: Record<ViewMode, HTMLButtonElement>;

  constructor(root: HTMLElement, mode: ViewMode, onChange: (mode: ViewMode) => void) {
    const button = (m: ViewMode) => {
      const b = el('button', { type: 'button', 'data-view': m }, strings.view[m]);
      b.addEventListener('click', () => onChange(m));
      return b;
    };
    this.buttons = { map: button('map'), list: button('list') };
    root.append(
      el(
        'div',
        { class: 'view-toggle', role: 'group', 'aria-label': strings.view.label },
        this.buttons.map,
        this.buttons.list,
      ),
    );
    this.render(mode);
  }

  render(mode: ViewMode): void {
    for (const m of ['map', 'list'] as const)
      this.buttons[m].setAttribute('aria-pressed', String(m === mode));
  }
}
