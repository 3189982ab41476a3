/**
 * The locator inset: the South Caucasus from the embedded basemap (offline, SVG), with the area the map
 * shows boxed, so a stranger sees where the region is. A MapLibre control that follows the map's moves.
 */
import type { Geometry, Position } from 'geojson';
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import type { Basemap } from '../data/types.ts';
import { strings } from '../ui/strings.ts';
import './locator.css';
import { palette } from './palette.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** lon/lat extent of the inset */
const EXTENT = { w: 39.5, s: 37.2, e: 51.5, n: 44.2 };
const WIDTH = 140;
const K = Math.cos((((EXTENT.s + EXTENT.n) / 2) * Math.PI) / 180);
const HEIGHT = Math.round((WIDTH * (EXTENT.n - EXTENT.s)) / ((EXTENT.e - EXTENT.w) * K));

const x = (lon: number) => ((lon - EXTENT.w) / (EXTENT.e - EXTENT.w)) * WIDTH;
const y = (lat: number) => ((EXTENT.n - lat) / (EXTENT.n - EXTENT.s)) * HEIGHT;

function ringPath(ring: Position[]): string {
  return (
    ring
      .map(
        (p, i) => `${i ? 'L' : 'M'}${x(p[0] as number).toFixed(1)},${y(p[1] as number).toFixed(1)}`,
      )
      .join('') + 'Z'
  );
}

function geometryPath(g: Geometry): string {
  if (g.type === 'Polygon') return g.coordinates.map(ringPath).join('');
  if (g.type === 'MultiPolygon') return g.coordinates.flat().map(ringPath).join('');
  return '';
}

const node = (tag: string, attrs: Record<string, string>): SVGElement => {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
};

/** Country names shown in the inset (ISO code → short name). */
const NAMES: Record<string, [string, number, number]> = {
  ARM: ['Armenia', 44.6, 40.45],
  AZE: ['Azerbaijan', 48.3, 40.9],
  GEO: ['Georgia', 43.4, 42.2],
  IRN: ['Iran', 47.2, 38.7],
  TUR: ['Türkiye', 41.2, 39.6],
  RUS: ['Russia', 45.5, 43.2],
};

export class LocatorControl implements IControl {
  private root: HTMLElement | null = null;
  private box: SVGElement | null = null;
  private map: MapLibreMap | null = null;
  private readonly sync = () => this.update();

  constructor(private readonly basemap: Basemap) {}

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const root = document.createElement('div');
    root.className = 'maplibregl-ctrl locator';
    root.setAttribute('role', 'img');
    root.setAttribute('aria-label', strings.cartography.locatorLabel);
    const svg = node('svg', {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: `${WIDTH}`,
      height: `${HEIGHT}`,
    });
    svg.append(node('rect', { width: `${WIDTH}`, height: `${HEIGHT}`, fill: palette.sea }));
    const source =
      (this.basemap as unknown as { locator?: Basemap['countries'] }).locator ??
      this.basemap.countries;
    const labels: [string, number, number][] = [];
    for (const f of source.features) {
      const p = (f.properties ?? {}) as {
        iso_a3?: string;
        role?: string;
        name?: string;
        label_lon?: number;
        label_lat?: number;
      };
      const iso = String(p.iso_a3 ?? '');
      const focus = p.role ? p.role === 'focus' : iso === 'ARM' || iso === 'AZE';
      const fallback = NAMES[iso];
      if (p.name && p.label_lon !== undefined && p.label_lat !== undefined)
        labels.push([fallback?.[0] ?? p.name, p.label_lon, p.label_lat]);
      else if (fallback) labels.push(fallback);
      svg.append(
        node('path', {
          d: geometryPath(f.geometry),
          fill: focus ? '#e9e2d0' : palette.land,
          stroke: palette.border,
          'stroke-width': '0.6',
        }),
      );
    }
    for (const [name, lon, lat] of labels) {
      const t = node('text', { x: x(lon).toFixed(1), y: y(lat).toFixed(1), class: 'locator-name' });
      t.textContent = name;
      svg.append(t);
    }
    this.box = node('rect', {
      class: 'locator-box',
      fill: 'none',
      stroke: '#c2185b',
      'stroke-width': '1.6',
    });
    svg.append(this.box);
    root.append(svg);
    this.root = root;
    map.on('move', this.sync);
    this.update();
    return root;
  }

  onRemove(): void {
    this.map?.off('move', this.sync);
    this.root?.remove();
    this.map = null;
  }

  private update(): void {
    if (!this.map || !this.box) return;
    const b = this.map.getBounds();
    const [x0, x1] = [x(b.getWest()), x(b.getEast())];
    const [y0, y1] = [y(b.getNorth()), y(b.getSouth())];
    // never smaller than a few pixels, so a zoomed-in view still shows where it is
    const w = Math.max(4, x1 - x0);
    const h = Math.max(4, y1 - y0);
    this.box.setAttribute('x', ((x0 + x1) / 2 - w / 2).toFixed(1));
    this.box.setAttribute('y', ((y0 + y1) / 2 - h / 2).toFixed(1));
    this.box.setAttribute('width', w.toFixed(1));
    this.box.setAttribute('height', h.toFixed(1));
  }
}
