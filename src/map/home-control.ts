/** A map button that brings back the opening view of the whole area (a MapLibre control). */
import type { IControl } from 'maplibre-gl';
import { strings } from '../ui/strings.ts';
import './home-control.css';

export class HomeControl implements IControl {
  private root: HTMLElement | null = null;
  constructor(private readonly onHome: () => void) {}
  onAdd(): HTMLElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-home-button';
    button.textContent = '⌂';
    button.title = strings.home.button;
    button.setAttribute('aria-label', strings.home.button);
    button.addEventListener('click', this.onHome);
    this.root = document.createElement('div');
    this.root.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    this.root.append(button);
    return this.root;
  }
  onRemove(): void {
    this.root?.remove();
  }
}
