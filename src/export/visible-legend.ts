/**
 * The legend entries for what the map shows right now, for the exported image: the on-screen legend's
 * own items (src/map/legend.ts, generated from the layer registry), kept when something they explain is
 * rendered in the view, with their swatches as drawn on screen.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { isDrawn } from '../map/live-state.ts';
import { layerDef } from '../map/registry.ts';

export interface LegendEntry {
  label: string;
  /** the on-screen swatch, or null for a context layer (drawn as a dashed line) */
  swatch: HTMLElement | null;
}

/** The legend keys (`data-legend`) of what is rendered in the view. */
function visibleKeys(map: MaplibreMap): Set<string> {
  const keys = new Set<string>();
  for (const f of map.queryRenderedFeatures().filter(isDrawn)) {
    const layer = String(f.properties?.layer ?? '');
    const status = String(f.properties?.status ?? '');
    const def = layerDef(layer);
    if (!def) continue;
    keys.add(layer);
    if (def.kind === 'area' && status) keys.add(`status-${status}`);
    if (status === 'contested') keys.add('contested').add(`${layer}-contested`);
    if (f.properties?.precision && f.properties.precision !== 'exact') keys.add('approximate');
  }
  // events are drawn by a custom layer (src/map/events-layer.ts), which records what it drew
  const events = map.getLayer('events') as
    { implementation?: { drawn?: { ranges: [number, number][] } | null } } | undefined;
  if (events?.implementation?.drawn?.ranges.some(([a, b]) => b > a)) keys.add('events');
  return keys;
}

export function visibleLegend(map: MaplibreMap, legend: HTMLElement | null): LegendEntry[] {
  if (!legend) return [];
  const keys = visibleKeys(map);
  const entries: LegendEntry[] = [];
  for (const li of legend.querySelectorAll<HTMLElement>('li[data-legend]')) {
    const swatch = li.querySelector<HTMLElement>('.swatch');
    if (swatch && keys.has(li.dataset.legend ?? ''))
      entries.push({ label: (li.textContent ?? '').trim(), swatch });
  }
  // context layers the reader switched on
  for (const box of legend.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
    const label = legend.querySelector(`label[for="${box.id}"]`)?.textContent ?? '';
    if (label) entries.push({ label, swatch: null });
  }
  return entries;
}
