/**
 * The MapLibre style: embedded basemap, then the timed layers generated from the layer registry, drawn
 * by their `live` feature state (live-state.ts); labels placed for the settled date (`placed`). Patterns and markers are drawn at runtime (images.ts).
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Basemap, CompiledData } from '../data/types.ts';
import { escapeHtml } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { disputedCuts, labelPoints } from './derived.ts';
import { whenLive, type LiveSource } from './live-state.ts';
import { fontFaces, LABEL_FONT } from './fonts.ts';
import { markerId, patternOf } from './images.ts';
import { palette } from './palette.ts';
import {
  CONTEXT_LAYER_IDS,
  LAYERS,
  LAYER_IDS,
  layersWhere,
  STATUS_IDS,
  STATUS_LOOKS,
  type LayerDef,
  type LayerId,
  type Status,
} from './registry.ts';

export const DISTRICT_LAYERS = ['kalbajar-district', 'aghdam-district', 'lachin-district'] as const;
/** Layers a click can select, top first (the registry's clickable layers, points above areas). */
export const CLICKABLE_LAYERS: string[] = [
  'events',
  ...layersWhere((d) => d.clickable && d.kind === 'point').reverse(),
  'place-labels',
  ...layersWhere((d) => d.clickable && d.kind !== 'point').reverse(),
];
export const CONTEXT_LAYERS = CONTEXT_LAYER_IDS;
/** Up to how many event points labels are placed around (see buildStyle). */
export const KEEPOUT_MAX_EVENTS = 2000;
/**
 * How many days after it ended an event is still marked on the map (events-buffer.ts isNear: events
 * not yet begun are never marked).
 */
export const EVENT_WINDOW_DAYS = 14;

/**
 * The date the labels' placement follows: the shown day once the reader has stopped moving through
 * time (map-view.ts). Labels and the boxes they give way to are filtered by it, which re-places them
 * in MapLibre's worker; everything else follows the shown day at once, through feature state
 * (live-state.ts), so moving the date is a repaint.
 */
const placed: ExpressionSpecification = ['global-state', 'placed'];
const activeAt = (d: ExpressionSpecification): ExpressionSpecification => [
  'all',
  ['<=', ['get', 't0'], d],
  ['>=', ['get', 't1'], d],
];
const inLayer = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
/** A timed layer's features: a static filter; they are drawn while live (whenLive paint). */
const timed = (layer: string, ...more: ExpressionSpecification[]): FilterSpecification => [
  'all',
  inLayer(layer),
  ...more,
];
const statusIn = (list: readonly string[]): ExpressionSpecification => [
  'in',
  ['get', 'status'],
  ['literal', [...list]],
];
const isArea: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['Polygon', 'MultiPolygon']],
];
const notPoint: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
const isLine: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']],
];
const dashedIfApprox: ExpressionSpecification = [
  'match',
  ['get', 'precision'],
  'exact',
  ['literal', [1, 0]],
  ['literal', [3, 2]],
];

/** A `match` on the feature's status over the given statuses (the registry's looks). */
function byStatus<T>(
  statuses: readonly Status[],
  value: (s: Status) => T,
  otherwise: T,
): DataDrivenPropertyValueSpecification<T> {
  const pairs = statuses.flatMap((s) => [s, value(s)]);
  return (pairs.length ? ['match', ['get', 'status'], ...pairs, otherwise] : otherwise) as never;
}

const statusColor = byStatus(STATUS_IDS, (s) => STATUS_LOOKS[s].color, palette.zone);
const statusLine = byStatus(STATUS_IDS, (s) => STATUS_LOOKS[s].line, palette.zone);
const solid = (s: Status) => STATUS_LOOKS[s].fill === 'solid';
const patterned = (def: LayerDef) => def.statuses.filter((s) => patternOf(s) !== null);

/** An area layer: solid fill for control, a pattern for dispute and presence, an outline. */
function areaLayers(id: LayerId, def: LayerDef): LayerSpecification[] {
  const out: LayerSpecification[] = [
    {
      id,
      type: 'fill',
      source: 'timed',
      filter: timed(id, isArea),
      paint: {
        'fill-color': statusColor,
        // presence and dispute states stay clickable but draw no flat fill: their pattern shows them
        'fill-opacity': whenLive(byStatus(def.statuses, (s) => (solid(s) ? 0.38 : 0), 0)),
      },
    },
  ];
  if (patterned(def).length)
    out.push({
      id: `${id}-pattern`,
      type: 'fill',
      source: 'timed',
      filter: timed(id, isArea, statusIn(patterned(def))),
      paint: {
        'fill-pattern': byStatus(patterned(def), (s) => patternOf(s) ?? '', ''),
        'fill-opacity': whenLive(1),
      },
    });
  out.push({
    id: `${id}-outline`,
    type: 'line',
    source: 'timed',
    filter: timed(id, isArea),
    paint: {
      'line-color': statusLine,
      'line-width': byStatus(def.statuses, (s) => (solid(s) ? 1.5 : 2.5), 1.5),
      'line-dasharray': dashedIfApprox,
      'line-opacity': whenLive(1),
    },
  });
  return out;
}

/** The corridor: its band (hatched while contested, i.e. blockaded) and its route. */
function corridorLayers(id: LayerId, def: LayerDef): LayerSpecification[] {
  return [
    {
      id,
      type: 'fill',
      source: 'timed',
      filter: timed(id, isArea),
      paint: {
        'fill-color': palette.corridor,
        'fill-opacity': whenLive(byStatus(def.statuses, (s) => (solid(s) ? 0.3 : 0.12), 0.3)),
      },
    },
    {
      id: `${id}-pattern`,
      type: 'fill',
      source: 'timed',
      filter: timed(id, isArea, statusIn(patterned(def))),
      paint: {
        'fill-pattern': byStatus(patterned(def), (s) => patternOf(s) ?? '', ''),
        'fill-opacity': whenLive(1),
      },
    },
    {
      id: `${id}-route`,
      type: 'line',
      source: 'timed',
      filter: timed(id, isLine),
      paint: {
        'line-color': byStatus(
          def.statuses,
          (s) => (solid(s) ? palette.corridor : STATUS_LOOKS[s].color),
          palette.corridor,
        ),
        'line-width': 3,
        'line-dasharray': [2, 1.5],
        'line-opacity': whenLive(1),
      },
    },
  ];
}

/**
 * A point layer: one runtime-drawn marker per status, above the labels. The marker shows the shown
 * day at once (whenLive); the labels give way to an invisible copy of it placed for the settled date.
 */
function pointLayers(id: LayerId, def: LayerDef): LayerSpecification[] {
  const icon = byStatus(
    def.statuses,
    (s) => markerId(id, s),
    markerId(id, def.statuses[0] as Status),
  );
  return [
    {
      id,
      type: 'symbol',
      source: 'timed',
      filter: timed(id),
      layout: { 'icon-image': icon, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      paint: { 'icon-opacity': whenLive(1) },
    },
    {
      id: `${id}-keepout`,
      type: 'symbol',
      source: 'timed',
      filter: timed(id, activeAt(placed)),
      layout: { 'icon-image': icon, 'icon-allow-overlap': true, 'icon-ignore-placement': false },
      paint: { 'icon-opacity': 0 },
    },
  ];
}

function registryLayers(kind: LayerDef['kind']): LayerSpecification[] {
  return LAYER_IDS.flatMap((id) => {
    const def: LayerDef = LAYERS[id];
    if (def.kind !== kind) return [];
    if (kind === 'area') return areaLayers(id, def);
    if (kind === 'corridor') return corridorLayers(id, def);
    return pointLayers(id, def);
  });
}

/**
 * The label text of each labelled layer: the naming choice's form of the place it is named after (a
 * place with the layer's id, e.g. Farrukh), else the layer's name in the string table.
 */
function labelText(data: CompiledData): ExpressionSpecification {
  const places = new Map(data.geo.places.features.map((f) => [f.properties.id, f.properties]));
  const textOf = (id: LayerId): unknown => {
    const p = places.get(id);
    if (!p) return (strings.layers as Record<string, string>)[(LAYERS[id] as LayerDef).label] ?? id;
    return [
      'match',
      ['global-state', 'names'],
      'az',
      p.label_az,
      'hy',
      p.label_hy,
      'ru',
      p.label_ru,
      p.label,
    ];
  };
  return [
    'match',
    ['get', 'layer'],
    ...LAYER_IDS.filter((id) => (LAYERS[id] as LayerDef).labelled).flatMap((id) => [
      id,
      textOf(id),
    ]),
    '',
  ] as unknown as ExpressionSpecification;
}

const contrastHalo = { 'text-halo-color': palette.halo, 'text-halo-width': 1.6 };

/** Basemap datasets that may or may not be present (added by later data refreshes). */
const extra = (basemap: Basemap, key: string): GeoJSON.FeatureCollection | undefined =>
  (basemap as unknown as Record<string, GeoJSON.FeatureCollection | undefined>)[key];

/** Context layers from the basemap; the reader switches them on (CONTEXT_LAYERS). */
function contextLayers(basemap: Basemap): LayerSpecification[] {
  const roads = extra(basemap, 'roads');
  return [
    // the nkao file holds the former oblast (a polygon) and the 1994 line (a line): string ids are
    // dropped by GeoJSON sources, so the layers tell them apart by geometry
    {
      id: 'context-nkao',
      type: 'line',
      source: 'nkao',
      filter: ['==', ['geometry-type'], 'Polygon'],
      layout: { visibility: 'none' },
      paint: { 'line-color': '#333333', 'line-width': 1.8, 'line-dasharray': [1, 1] },
    },
    {
      id: 'context-ceasefire-1994',
      type: 'line',
      source: 'nkao',
      filter: ['==', ['geometry-type'], 'LineString'],
      layout: { visibility: 'none' },
      paint: { 'line-color': '#8b0000', 'line-width': 1.8, 'line-dasharray': [4, 2] },
    },
    ...(roads
      ? ([
          {
            id: 'context-roads',
            type: 'line',
            source: 'roads',
            layout: { visibility: 'none', 'line-cap': 'round', 'line-join': 'round' },
            paint: { 'line-color': palette.road, 'line-width': 2, 'line-dasharray': [3, 1] },
          },
          {
            id: 'context-roads-labels',
            type: 'symbol',
            source: 'roads',
            layout: {
              visibility: 'none',
              'symbol-placement': 'line',
              'text-field': ['coalesce', ['get', 'name'], ''],
              'text-font': [LABEL_FONT],
              'text-size': 10.5,
            },
            paint: { 'text-color': '#5c4630', ...contrastHalo },
          },
        ] as LayerSpecification[])
      : []),
  ];
}

const day: ExpressionSpecification = ['global-state', 'day'];
const isActive = activeAt(day);

type TimedCollection = GeoJSON.FeatureCollection<GeoJSON.Geometry, { t0: number; t1: number }>;
const collections = new WeakMap<CompiledData, Record<LiveSource, TimedCollection>>();

/** The style's timed sources, in the order that gives their features' ids (one copy per data). */
export function timedCollections(data: CompiledData): Record<LiveSource, TimedCollection> {
  let c = collections.get(data);
  if (!c) {
    c = { timed: data.geo.timed, 'timed-labels': labelPoints(data), cuts: disputedCuts(data) };
    collections.set(data, c);
  }
  return c;
}

export function buildStyle(
  data: CompiledData,
  basemap: Basemap,
  initialDay: number,
): StyleSpecification {
  const geo = (d: unknown) => ({ type: 'geojson' as const, data: d as GeoJSON.FeatureCollection });
  const empty = { type: 'FeatureCollection', features: [] };
  const roads = extra(basemap, 'roads');
  // labels give way to event markers for a hand-edited record; at benchmark scale (thousands of
  // points) a symbol layer re-placed on every date change would cost more than it helps
  const keepout = data.geo.events.features.length <= KEEPOUT_MAX_EVENTS;
  return {
    version: 8,
    name: 'Karabakh peacekeeping map',
    state: {
      names: { default: 'both' },
      day: { default: initialDay },
      placed: { default: initialDay },
      selected: { default: '' },
      highlight: { default: '' },
      compare: { default: -1 },
    },
    'font-faces': fontFaces,
    transition: { duration: 0, delay: 0 },
    sources: {
      // MapLibre shows attribution as HTML: the data's text is escaped first
      countries: {
        ...geo(basemap.countries),
        attribution: basemap.attribution.map(escapeHtml).join(' · '),
      },
      admin1: geo(basemap.admin1),
      nkao: geo(basemap.nkao),
      water: geo(basemap.water),
      ...(roads ? { roads: geo(roads) } : {}),
      'country-labels': geo(basemap.labels),
      // feature ids are their indices (generateId), which live-state.ts sets the `live` state of
      ...Object.fromEntries(
        Object.entries(timedCollections(data)).map(([id, fc]) => [
          id,
          { ...geo(fc), generateId: true },
        ]),
      ),
      // the geometric difference between two dates (src/compare/compare-map.ts fills it)
      compare: geo(empty),
      // what changed since the date shown before, for a moment (src/compare/compare-map.ts)
      ghost: geo(empty),
      // points need almost no tile buffer (a circle is drawn, unclipped, by the tile holding its
      // centre; 4 keeps points that round onto a tile's edge): each date change then re-filters
      // ≈ 25 % fewer features than with the default 128 (bench/, 100k events)
      events: { ...geo(data.geo.events), buffer: 4 },
      ...(keepout ? { 'events-keepout': { ...geo(data.geo.events), buffer: 16 } } : {}),
      places: geo(data.geo.places),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': palette.sea } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': palette.land } },
      {
        id: 'lakes',
        type: 'fill',
        source: 'water',
        filter: ['==', ['get', 'kind'], 'lake'],
        paint: { 'fill-color': palette.water },
      },
      {
        id: 'context-rivers',
        type: 'line',
        source: 'water',
        filter: ['==', ['get', 'kind'], 'river'],
        layout: { visibility: 'none' },
        paint: { 'line-color': palette.water, 'line-width': 1.6 },
      },
      {
        id: 'context-rivers-labels',
        type: 'symbol',
        source: 'water',
        filter: ['==', ['get', 'kind'], 'river'],
        layout: {
          visibility: 'none',
          'symbol-placement': 'line',
          'text-field': ['get', 'name'],
          'text-font': [LABEL_FONT],
          'text-size': 11,
          'text-letter-spacing': 0.1,
        },
        paint: { 'text-color': '#2f6690', ...contrastHalo },
      },
      {
        id: 'district-lines',
        type: 'line',
        source: 'admin1',
        paint: { 'line-color': palette.district, 'line-width': 0.6 },
      },
      ...registryLayers('area'),
      ...registryLayers('corridor'),
      // the area a dispute cut from the zone (Farrukh, Mar 2022): hatched and outlined
      {
        id: 'disputed-cuts',
        type: 'fill',
        source: 'cuts',
        paint: { 'fill-pattern': 'hatch-contested', 'fill-opacity': whenLive(1) },
      },
      {
        id: 'disputed-cuts-outline',
        type: 'line',
        source: 'cuts',
        paint: {
          'line-color': palette.contested,
          'line-width': 2,
          'line-opacity': whenLive(1),
        },
      },
      // the international border above the fills, so it reads at every date
      {
        id: 'country-borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': palette.border, 'line-width': 1.6 },
      },
      ...contextLayers(basemap),
      {
        id: 'selection-outline',
        type: 'line',
        source: 'timed',
        filter: [
          'all',
          notPoint,
          [
            'any',
            ['==', ['get', 'group'], ['global-state', 'selected']],
            ['==', ['get', 'group'], ['global-state', 'highlight']],
          ],
        ],
        paint: {
          'line-color': palette.selection,
          'line-width': 3,
          'line-dasharray': dashedIfApprox,
          'line-opacity': whenLive(1),
        },
      },
      {
        id: 'ghost-then',
        type: 'line',
        source: 'ghost',
        filter: ['==', ['get', 'side'], 'then'],
        paint: { 'line-color': palette.compareThen, 'line-width': 2.5, 'line-dasharray': [1, 1] },
      },
      {
        id: 'ghost-now',
        type: 'line',
        source: 'ghost',
        filter: ['==', ['get', 'side'], 'now'],
        paint: { 'line-color': palette.compareNow, 'line-width': 3, 'line-opacity': 0.8 },
      },
      {
        id: 'compare-then',
        type: 'line',
        source: 'compare',
        filter: ['==', ['get', 'side'], 'then'],
        paint: { 'line-color': palette.compareThen, 'line-width': 2, 'line-dasharray': [1, 1.5] },
      },
      {
        id: 'compare-now',
        type: 'fill',
        source: 'compare',
        filter: ['==', ['get', 'side'], 'now'],
        // a light tint: the area's own status colour on the date shown must still read through it
        paint: { 'fill-color': palette.compareNow, 'fill-opacity': 0.08 },
      },
      {
        id: 'compare-now-outline',
        type: 'line',
        source: 'compare',
        filter: ['==', ['get', 'side'], 'now'],
        paint: { 'line-color': palette.compareNow, 'line-width': 2.5 },
      },
      {
        id: 'area-labels',
        type: 'symbol',
        source: 'timed-labels',
        // placed for the settled date; a label whose shape has gone fades at once (whenLive)
        filter: activeAt(placed),
        layout: {
          'text-field': labelText(data),
          'text-font': [LABEL_FONT],
          'text-size': 11.5,
          'text-max-width': 8,
          'text-letter-spacing': 0.04,
          'text-transform': 'uppercase',
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 1.1,
          'text-padding': 1,
        },
        paint: { 'text-color': '#3d3a35', ...contrastHalo, 'text-opacity': whenLive(1) },
      },
      {
        id: 'place-dots',
        type: 'circle',
        source: 'places',
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 8, 3, 9, 5]],
        paint: { 'circle-color': palette.label, 'circle-radius': 2.5 },
      },
      {
        id: 'place-labels',
        type: 'symbol',
        source: 'places',
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 8, 3, 9, 5]],
        layout: {
          // the naming choice (src/names/): both sides' names, or one side's forms
          'text-field': [
            'match',
            ['global-state', 'names'],
            'az',
            ['get', 'label_az'],
            'hy',
            ['get', 'label_hy'],
            'ru',
            ['get', 'label_ru'],
            ['get', 'label'],
          ],
          'text-font': [LABEL_FONT],
          'text-size': ['match', ['get', 'rank'], 1, 14, 2, 12.5, 11.5],
          // a label gives way to a marker: it tries below, above, then beside its dot
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.7,
          'text-max-width': 9,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: { 'text-color': palette.label, ...contrastHalo },
      },
      // country names placed before town labels, so the opening view always names both countries
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'country-labels',
        filter: [
          'all',
          ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], 0]],
          ['<', ['zoom'], ['coalesce', ['get', 'maxzoom'], 99]],
        ],
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [LABEL_FONT],
          'text-size': 14,
          'text-letter-spacing': 0.15,
        },
        paint: { 'text-color': palette.countryLabel, ...contrastHalo },
      },
      // markers above the labels: drawn later, placed first (labels avoid them)
      ...registryLayers('point'),
      // an invisible box where each event marker is drawn, so place labels give way to the markers
      // (the markers themselves are drawn by the events custom layer, src/map/events-layer.ts)
      ...(keepout
        ? [
            {
              id: 'events-keepout',
              type: 'symbol',
              source: 'events-keepout',
              filter: [
                'all',
                ['<=', ['get', 't0'], placed],
                ['>=', ['+', ['get', 't1'], EVENT_WINDOW_DAYS], placed],
              ],
              layout: {
                'icon-image': 'keepout',
                'icon-offset': [14, -14],
                'icon-allow-overlap': true,
                'icon-ignore-placement': false,
              },
            } as LayerSpecification,
          ]
        : []),
      // MapLibre's own circles for the events: replaced by the custom layer in the app
      // (events-layer.ts withoutEventCircles); the benchmark compares the two
      {
        id: 'events',
        type: 'circle',
        source: 'events',
        filter: [
          'all',
          ['<=', ['get', 't0'], day],
          ['>=', ['+', ['get', 't1'], EVENT_WINDOW_DAYS], day],
        ],
        paint: {
          'circle-color': palette.event,
          'circle-opacity': ['case', isActive, 0.95, 0.55],
          'circle-radius': ['case', isActive, 9, 7],
          'circle-stroke-color': palette.halo,
          'circle-stroke-width': 2,
          'circle-translate': [14, -14], // beside the place, not on it, so both can be clicked
        },
      },
    ],
  };
}
