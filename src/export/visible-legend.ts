/**
 * The legend entries for what the map shows right now (rendered features in the view), for the exported
 * image. Colours and labels are the on-screen legend's: src/map/palette.ts and the UI strings.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { palette } from '../map/palette.ts';
import { CONTEXT_LAYERS, DISTRICT_LAYERS } from '../map/style.ts';
import { strings } from '../ui/strings.ts';

export interface LegendEntry {
  color: string;
  kind: 'fill' | 'line' | 'dot';
  label: string;
}

type Rule = LegendEntry & { layers: readonly string[]; status?: (s: string) => boolean };

function rules(): Rule[] {
  const l = strings.legendStatus;
  return [
    {
      layers: DISTRICT_LAYERS,
      status: (s) => s === 'armenian-held',
      color: palette.armenianHeld,
      kind: 'fill',
      label: l['armenian-held'],
    },
    {
      layers: DISTRICT_LAYERS,
      status: (s) => s === 'azerbaijan',
      color: palette.azerbaijan,
      kind: 'fill',
      label: l.azerbaijan,
    },
    {
      layers: ['peacekeeping-zone'],
      status: (s) => s === 'peacekeepers',
      color: palette.zone,
      kind: 'fill',
      label: l.zone,
    },
    {
      layers: ['peacekeeping-zone'],
      status: (s) => s !== 'peacekeepers',
      color: palette.zoneEnded,
      kind: 'fill',
      label: l.zoneEnded,
    },
    {
      layers: ['lachin-corridor', 'lachin-corridor-route'],
      color: palette.corridor,
      kind: 'line',
      label: l.corridor,
    },
    { layers: ['farrukh'], color: palette.farrukh, kind: 'dot', label: strings.layers.farrukh },
    {
      layers: ['observation-posts', 'russian-base', 'monitoring-centre'],
      color: palette.post,
      kind: 'dot',
      label: `${strings.layers['observation-posts']}, ${strings.layers['russian-base']}, ${strings.layers['monitoring-centre']}`,
    },
    { layers: ['events'], color: palette.event, kind: 'dot', label: l.event },
  ];
}

export function visibleLegend(map: MaplibreMap): LegendEntry[] {
  const present = new Set(map.getStyle().layers.map((layer) => layer.id));
  const seen = new Map<string, Set<string>>();
  for (const f of map.queryRenderedFeatures()) {
    const statuses = seen.get(f.layer.id) ?? new Set<string>();
    statuses.add(String(f.properties?.status ?? ''));
    seen.set(f.layer.id, statuses);
  }
  const entries: LegendEntry[] = rules()
    .filter((r) =>
      r.layers.some(
        (id) => present.has(id) && [...(seen.get(id) ?? [])].some((s) => !r.status || r.status(s)),
      ),
    )
    .map(({ color, kind, label }) => ({ color, kind, label }));
  // context layers the reader switched on: their label as the legend shows it
  for (const id of CONTEXT_LAYERS) {
    if (!seen.has(id)) continue;
    const label = document.querySelector(`label[for="toggle-${id}"]`)?.textContent ?? id;
    entries.push({ color: palette.border, kind: 'line', label });
  }
  return entries;
}
