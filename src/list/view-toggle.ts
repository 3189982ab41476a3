/** Map or list: two toggle buttons; the pressed one is the view shown. */
import type { AppState, ViewMode } from '../state/store.ts';
import type { Component } from '../ui/component.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

export class ViewToggle implements Component {
  private readonly group: HTMLElement;
  private readonly buttons: Record<ViewMode, HTMLButtonElement>;

  constructor(root: HTMLElement, mode: ViewMode, onChange: (mode: ViewMode) => void) {
    const button = (m: ViewMode) => {
      const b = el('button', { type: 'button', 'data-view': m }, strings.view[m]);
      b.addEventListener('click', () => onChange(m));
      return b;
    };
    this.buttons = { map: button('map'), list: button('list') };
    this.group = el(
      'div',
      { class: 'view-toggle', role: 'group', 'aria-label': strings.view.label },
      this.buttons.map,
      this.buttons.list,
    );
    root.append(this.group);
    this.render(mode);
  }

  update(state: AppState): void {
    this.render(state.viewMode);
  }

  destroy(): void {
    this.group.remove();
  }

  render(mode: ViewMode): void {
    for (const m of ['map', 'list'] as const)
      this.buttons[m].setAttribute('aria-pressed', String(m === mode));
  }
}
