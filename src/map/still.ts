/**
 * A still of the map at a date, drawn as SVG from the compiled geometry without MapLibre: shown in the
 * map area while the map's code (most of the app's bytes) is still arriving on a slow line, and
 * removed when the map is live. The story's opening view, the layer registry's colours, Web Mercator
 * like the map; no labels or basemap (it says it is a still, and what the map will add).
 */
import type { Geometry, Position } from 'geojson';
import type { CompiledData, DrawnProps } from '../data/types.ts';
import { formatDay } from '../time/days.ts';
import { strings } from '../ui/strings.ts';
import { palette } from './palette.ts';
import { CORRIDOR_COLOR, LAYER_IDS, layerDef, STATUS_LOOKS, type Status } from './registry.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** projected units: degrees of longitude, and Mercator's y (scaled to degrees) */
const project = ([lon, lat]: Position): [number, number] => {
  const phi = ((lat as number) * Math.PI) / 180;
  return [lon as number, (-Math.log(Math.tan(Math.PI / 4 + phi / 2)) * 180) / Math.PI];
};

const ringPath = (ring: Position[]) =>
  ring
    .map((p, i) => {
      const [x, y] = project(p);
      return `${i ? 'L' : 'M'}${x.toFixed(4)} ${y.toFixed(4)}`;
    })
    .join('') + 'Z';

function pathOf(g: Geometry): { d: string; line: boolean } | null {
  switch (g.type) {
    case 'Polygon':
      return { d: g.coordinates.map(ringPath).join(''), line: false };
    case 'MultiPolygon':
      return { d: g.coordinates.flat().map(ringPath).join(''), line: false };
    case 'LineString':
      return { d: ringPath(g.coordinates).slice(0, -1), line: true };
    case 'MultiLineString':
      return { d: g.coordinates.map((l) => ringPath(l).slice(0, -1)).join(''), line: true };
    default:
      return null;
  }
}

const svgEl = (name: string, attrs: Record<string, string>) => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};

/** The look of one drawn feature in the still, from the registry (as the style draws it, simplified). */
function lookOf(p: DrawnProps): Record<string, string> {
  const def = layerDef(p.layer);
  const look = p.status === 'active' ? null : STATUS_LOOKS[p.status as Status];
  const colour = look?.color ?? palette.border;
  const line = look?.line ?? palette.border;
  const dashed: Record<string, string> =
    p.precision !== 'exact' ? { 'stroke-dasharray': '4 3' } : {};
  const base = { 'vector-effect': 'non-scaling-stroke', ...dashed };
  if (def?.kind === 'corridor')
    return { ...base, fill: CORRIDOR_COLOR, 'fill-opacity': '0.35', stroke: CORRIDOR_COLOR };
  switch (look?.fill) {
    case 'solid':
      return { ...base, fill: colour, 'fill-opacity': '0.3', stroke: line, 'stroke-width': '1.5' };
    case 'hatch':
      return { ...base, fill: colour, 'fill-opacity': '0.5', stroke: line, 'stroke-width': '2' };
    default:
      return { ...base, fill: 'none', stroke: line, 'stroke-width': '2' };
  }
}

export interface Still {
  readonly root: HTMLElement;
  /** redraws for another date (the reader moved the slider before the map was live) */
  update(day: number): void;
  remove(): void;
}

/** Draws the still into a new element placed right after the (still empty) map container, over it. */
export function mountStill(map: HTMLElement, data: CompiledData, day: number): Still {
  const [[w, s], [e, n]] = data.story.home;
  const [x0, y0] = project([w, n]);
  const [x1, y1] = project([e, s]);
  const svg = svgEl('svg', {
    viewBox: `${x0} ${y0} ${x1 - x0} ${y1 - y0}`,
    preserveAspectRatio: 'xMidYMid meet',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const caption = document.createElement('p');
  caption.className = 'map-still-caption';
  const root = document.createElement('div');
  root.className = 'map-still';
  root.setAttribute('role', 'img');
  root.append(svg, caption);
  map.after(root);
  // the registry's drawing order (bottom first); lines and points over areas
  const order = (p: DrawnProps) => LAYER_IDS.indexOf(p.layer);
  const features = [...data.geo.timed.features, ...data.geo.cuts.features].sort(
    (a, b) => order(a.properties) - order(b.properties),
  );

  const update = (d: number) => {
    const areas: SVGElement[] = [];
    const lines: SVGElement[] = [];
    const points: SVGElement[] = [];
    for (const f of features) {
      const p = f.properties;
      if (p.t0 > d || d > p.t1) continue;
      if (f.geometry.type === 'Point') {
        const def = layerDef(p.layer);
        const look = p.status === 'active' ? null : STATUS_LOOKS[p.status as Status];
        const [cx, cy] = project(f.geometry.coordinates);
        const colour = p.status === 'peacekeepers' ? def?.marker?.color : look?.color;
        points.push(
          svgEl('circle', {
            cx: String(cx),
            cy: String(cy),
            r: '0.006',
            fill: p.status === 'closed' ? palette.land : (colour ?? palette.border),
            stroke: palette.halo,
            'stroke-width': '1',
            'vector-effect': 'non-scaling-stroke',
          }),
        );
        continue;
      }
      const path = pathOf(f.geometry);
      if (!path) continue;
      const look = lookOf(p);
      if (path.line)
        lines.push(
          svgEl('path', {
            d: path.d,
            ...look,
            fill: 'none',
            'stroke-width': '3',
            'stroke-dasharray': 'none',
          }),
        );
      else areas.push(svgEl('path', { d: path.d, ...look }));
    }
    svg.replaceChildren(
      svgEl('rect', {
        x: String(x0 - (x1 - x0)),
        y: String(y0 - (y1 - y0)),
        width: String(3 * (x1 - x0)),
        height: String(3 * (y1 - y0)),
        fill: palette.land,
      }),
      ...areas,
      ...lines,
      ...points,
    );
    const text = strings.still.caption(formatDay(d));
    caption.textContent = text;
    root.setAttribute('aria-label', text);
  };
  update(day);
  return { root, update, remove: () => root.remove() };
}
