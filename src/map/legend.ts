/**
 * The legend, generated from the layer registry and drawn with the map's own pattern and marker images,
 * so it shows what the map draws; switches for the context layers (off by default). Collapsible; on
 * phones it starts folded.
 */
import type { Basemap, Place } from '../data/types.ts';
import { withPlaceNames, type NameMode } from '../names/names.ts';
import { statusText } from './status-text.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { drawImage, markerId, patternOf } from './images.ts';
import './legend.css';
import { palette } from './palette.ts';
import {
  CONTEXT_LAYER_IDS,
  LAYERS,
  LAYER_IDS,
  STATUS_IDS,
  STATUS_LOOKS,
  type ContextLayerId,
  type LayerDef,
  type Status,
} from './registry.ts';

/** The colour of no holder: grey, apart from every status colour. */
const NEUTRAL = '#6b6b6b';

const layerLabel = (key: string): string => (strings.layers as Record<string, string>)[key] ?? key;
const statusLabel = (s: Status): string => (strings.status as Record<string, string>)[s] ?? s;

/** The map's own image as a CSS background (drawn at 2× like on the map), or nothing without a canvas. */
function paint(s: HTMLElement, name: string): void {
  try {
    const c = drawImage(name);
    if (!c) return;
    s.style.backgroundImage = `url(${c.toDataURL()})`;
    s.style.backgroundSize = `${c.width / 2}px`;
  } catch {
    // no canvas (e.g. a test DOM): the swatch keeps its colour
  }
}

function item(swatch: HTMLElement, label: string, key: string): HTMLElement {
  swatch.setAttribute('aria-hidden', 'true');
  return el('li', { 'data-legend': key, 'data-label': label }, swatch, label);
}

/**
 * Names the places in the legend's labels as the naming choice says, as the map's labels do
 * ("Farrukh / Parukh" → "Fərrux" with names=az); only double names change (names.ts withPlaceNames).
 */
export function nameLegend(root: HTMLElement, places: readonly Place[], names: NameMode): void {
  for (const li of root.querySelectorAll<HTMLElement>('li[data-legend][data-label]')) {
    const text = li.lastChild;
    if (text?.nodeType === Node.TEXT_NODE)
      text.textContent = withPlaceNames(li.dataset.label ?? '', places, names);
  }
}

function fillSwatch(color: string, pattern: string | null, line = color): HTMLElement {
  const s = el('span', { class: 'swatch lg-fill', style: `--c: ${color}; --l: ${line}` });
  if (pattern) {
    s.classList.add('lg-pattern');
    paint(s, pattern);
  }
  return s;
}

function imageSwatch(name: string, color: string): HTMLElement {
  const s = el('span', { class: 'swatch lg-marker', style: `--c: ${color}` });
  paint(s, name);
  s.style.backgroundSize = 'contain';
  return s;
}

/** A point whose marker takes the colour of its holder: it can be under more than one control status. */
export const changesHands = (def: LayerDef): boolean =>
  def.statuses.filter((s) => STATUS_LOOKS[s].role === 'control').length > 1;

/** A marker in no one's colour (white, grey ring), for a point coloured by who holds it. */
function neutralMarkerSwatch(size: number): HTMLElement {
  const s = el('span', { class: 'swatch lg-marker lg-neutral', style: `--c: ${NEUTRAL}` });
  try {
    const px = (size + 4) * 2;
    const c = document.createElement('canvas');
    c.width = c.height = px;
    const ctx = c.getContext('2d');
    if (ctx) {
      ctx.beginPath();
      ctx.arc(px / 2, px / 2, px / 2 - 3, 0, Math.PI * 2);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.lineWidth = 4;
      ctx.strokeStyle = NEUTRAL;
      ctx.stroke();
      s.style.backgroundImage = `url(${c.toDataURL()})`;
      s.style.backgroundSize = 'contain';
    }
  } catch {
    // no canvas (e.g. a test DOM): the swatch keeps its neutral colour
  }
  return s;
}

/** Every area status the registry's area layers can take, in registry order, once. */
function areaStatuses(): Status[] {
  const used = new Set<Status>();
  for (const id of LAYER_IDS) {
    const def: LayerDef = LAYERS[id];
    if (def.kind === 'area') def.statuses.forEach((s) => used.add(s));
  }
  return STATUS_IDS.filter((s) => used.has(s));
}

/** The legend entries, top to bottom (exported for the unit test). */
export function legendItems(): HTMLElement[] {
  const items: HTMLElement[] = [];
  for (const s of areaStatuses())
    items.push(
      item(
        fillSwatch(STATUS_LOOKS[s].color, patternOf(s), STATUS_LOOKS[s].line),
        statusLabel(s),
        `status-${s}`,
      ),
    );
  // the dispute pattern is explained once: as an area status, or else on its own
  if (!areaStatuses().includes('contested'))
    items.push(
      item(
        fillSwatch(STATUS_LOOKS.contested.color, 'hatch-contested'),
        strings.cartography.contested,
        'contested',
      ),
    );
  for (const id of LAYER_IDS) {
    const def: LayerDef = LAYERS[id];
    if (!def.legend) continue;
    if (def.kind === 'corridor') {
      items.push(
        item(
          el('span', { class: 'swatch lg-band', style: `--c: ${palette.corridor}` }),
          layerLabel(def.label),
          id,
        ),
      );
      if (def.statuses.includes('contested'))
        items.push(
          item(
            fillSwatch(STATUS_LOOKS.contested.color, 'hatch-contested'),
            statusText(id, 'contested'),
            `${id}-contested`,
          ),
        );
    } else if (def.kind === 'point' && changesHands(def)) {
      // its marker takes the colour of who holds it (hatched while contested): no one colour is true
      items.push(
        item(
          neutralMarkerSwatch(def.marker?.size ?? 12),
          strings.cartography.colouredByHolder(layerLabel(def.label)),
          id,
        ),
      );
    } else if (def.kind === 'point') {
      const first = def.statuses[0] as Status;
      items.push(
        item(
          imageSwatch(markerId(id, first), def.marker?.color ?? palette.zone),
          layerLabel(def.label),
          id,
        ),
      );
    } else if (!def.statuses.some((s) => STATUS_LOOKS[s].role === 'control'))
      items.push(
        item(
          fillSwatch(STATUS_LOOKS[def.statuses[0] as Status].color, null),
          layerLabel(def.label),
          id,
        ),
      );
  }
  items.push(
    item(
      el('span', { class: 'swatch lg-dashed', style: `--c: ${palette.label}` }),
      strings.legendApproximate,
      'approximate',
    ),
    item(
      el('span', { class: 'swatch swatch-dot', style: `--c: ${palette.event}` }),
      strings.legendStatus.event,
      'events',
    ),
  );
  return items;
}

/** The context layers a basemap can draw (a switch for one it cannot would do nothing). */
export const availableContextLayers = (basemap: Basemap): ContextLayerId[] =>
  CONTEXT_LAYER_IDS.filter((id) => id !== 'context-roads' || 'roads' in basemap);

export function renderLegend(
  root: HTMLElement,
  onContext: (layer: ContextLayerId, on: boolean) => void,
  available: readonly string[] = CONTEXT_LAYER_IDS,
): void {
  const toggles = CONTEXT_LAYER_IDS.filter((id) => available.includes(id)).map((id) => {
    const box = el('input', { type: 'checkbox', id: `toggle-${id}`, 'data-layer': id });
    box.addEventListener('change', () => onContext(id, box.checked));
    return el('li', {}, box, el('label', { for: `toggle-${id}` }, strings.cartography.context[id]));
  });
  const wide = typeof window === 'undefined' || !window.matchMedia?.('(max-width: 640px)').matches;
  const details = el(
    'details',
    wide ? { open: '' } : {},
    el('summary', {}, el('h2', {}, strings.legendTitle)),
  );
  root.classList.add('legend-map');
  root.replaceChildren(details);
  details.append(
    el('ul', { class: 'legend-items' }, ...legendItems()),
    el(
      'fieldset',
      {},
      el('legend', {}, strings.cartography.contextHeading),
      el('ul', { class: 'legend-items' }, ...toggles),
    ),
  );
}
