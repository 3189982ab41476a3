/** The MapLibre style: embedded basemap, then the timed layers, all filtered by one global `day`. */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { Basemap, CompiledData } from '../data/types.ts';
import { escapeHtml } from '../ui/dom.ts';
import { fontFaces, LABEL_FONT } from './fonts.ts';
import { palette } from './palette.ts';

export const DISTRICT_LAYERS = ['kalbajar-district', 'aghdam-district', 'lachin-district'] as const;
/** Layers a click can select, top first. */
export const CLICKABLE_LAYERS = [
  'events',
  'farrukh',
  'observation-posts',
  'monitoring-centre',
  'russian-base',
  'place-labels',
  'lachin-corridor',
  ...DISTRICT_LAYERS,
  'peacekeeping-zone',
];
export const CONTEXT_LAYERS = ['context-nkao', 'context-ceasefire-1994', 'context-rivers'] as const;
/** How far (days) before and after an event it still counts as "near the date". */
export const EVENT_WINDOW_DAYS = 14;

const day: ExpressionSpecification = ['global-state', 'day'];
const compareDay: ExpressionSpecification = ['global-state', 'compare'];
const activeAt = (d: ExpressionSpecification): ExpressionSpecification => [
  'all',
  ['<=', ['get', 't0'], d],
  ['>=', ['get', 't1'], d],
];
const isActive = activeAt(day);
/** compare is -1 when "compare two dates" is off */
const comparing: ExpressionSpecification = ['>=', compareDay, 0];
/** the layers whose changes compare mode marks */
const inCompared: ExpressionSpecification = [
  'in',
  ['get', 'layer'],
  [
    'literal',
    [
      'kalbajar-district',
      'aghdam-district',
      'lachin-district',
      'lachin-corridor',
      'peacekeeping-zone',
    ],
  ],
];
const inLayer = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
const timed = (layer: string, ...more: ExpressionSpecification[]): FilterSpecification => [
  'all',
  inLayer(layer),
  isActive,
  ...more,
];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
const notPoint: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
const dashedIfApprox: ExpressionSpecification = [
  'match',
  ['get', 'precision'],
  'exact',
  ['literal', [1, 0]],
  ['literal', [3, 2]],
];

const statusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  'armenian-held',
  palette.armenianHeld,
  'azerbaijan',
  palette.azerbaijan,
  'contested',
  palette.contested,
  'ended-in-practice',
  palette.zoneEnded,
  'withdrawing',
  palette.zoneEnded,
  'closed',
  palette.zoneEnded,
  palette.zone,
];

function districtLayers(id: string): LayerSpecification[] {
  return [
    {
      id,
      type: 'fill',
      source: 'timed',
      filter: timed(id),
      paint: { 'fill-color': statusColor, 'fill-opacity': 0.35 },
    },
    {
      id: `${id}-outline`,
      type: 'line',
      source: 'timed',
      filter: timed(id),
      paint: { 'line-color': statusColor, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
  ];
}

function pointLayer(id: string, color: string, radius: number): LayerSpecification {
  return {
    id,
    type: 'circle',
    source: 'timed',
    filter: timed(id),
    paint: {
      'circle-color': [
        'match',
        ['get', 'status'],
        'peacekeepers',
        color,
        'active',
        color,
        statusColor,
      ],
      'circle-radius': radius,
      'circle-stroke-color': palette.halo,
      'circle-stroke-width': 1.5,
    },
  };
}

export function buildStyle(
  data: CompiledData,
  basemap: Basemap,
  initialDay: number,
): StyleSpecification {
  const geo = (d: unknown) => ({ type: 'geojson' as const, data: d as GeoJSON.FeatureCollection });
  return {
    version: 8,
    name: 'Karabakh peacekeeping map',
    state: {
      names: { default: 'both' },
      day: { default: initialDay },
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
      'country-labels': geo(basemap.labels),
      timed: geo(data.geo.timed),
      // points need almost no tile buffer (a circle is drawn, unclipped, by the tile holding its
      // centre; 4 keeps points that round onto a tile's edge): each date change then re-filters
      // ≈ 25 % fewer features than with the default 128 (bench/, 100k events)
      events: { ...geo(data.geo.events), buffer: 4 },
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
        paint: { 'line-color': palette.water, 'line-width': 1.2 },
      },
      {
        id: 'district-lines',
        type: 'line',
        source: 'admin1',
        paint: { 'line-color': palette.district, 'line-width': 0.6 },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': palette.border, 'line-width': 1.2 },
      },
      {
        id: 'peacekeeping-zone',
        type: 'fill',
        source: 'timed',
        filter: timed('peacekeeping-zone'),
        paint: {
          'fill-color': statusColor,
          'fill-opacity': ['match', ['get', 'status'], 'peacekeepers', 0.22, 0.1],
        },
      },
      {
        id: 'peacekeeping-zone-outline',
        type: 'line',
        source: 'timed',
        filter: timed('peacekeeping-zone'),
        paint: { 'line-color': statusColor, 'line-width': 1.5, 'line-dasharray': [3, 2] },
      },
      ...DISTRICT_LAYERS.flatMap(districtLayers),
      {
        id: 'lachin-corridor',
        type: 'fill',
        source: 'timed',
        filter: timed('lachin-corridor', isPolygon),
        paint: {
          'fill-color': palette.corridor,
          'fill-opacity': ['match', ['get', 'status'], 'ended-in-practice', 0.12, 0.3],
        },
      },
      {
        id: 'lachin-corridor-route',
        type: 'line',
        source: 'timed',
        filter: timed('lachin-corridor', isLine),
        paint: {
          'line-color': [
            'match',
            ['get', 'status'],
            'contested',
            palette.contested,
            palette.corridor,
          ],
          'line-width': 2.5,
          'line-dasharray': [2, 1.5],
        },
      },
      {
        id: 'context-nkao',
        type: 'line',
        source: 'nkao',
        filter: ['==', ['id'], 'nkao'],
        layout: { visibility: 'none' },
        paint: { 'line-color': '#444', 'line-width': 1.5, 'line-dasharray': [1, 1] },
      },
      {
        id: 'context-ceasefire-1994',
        type: 'line',
        source: 'nkao',
        filter: ['==', ['id'], 'ceasefire-1994'],
        layout: { visibility: 'none' },
        paint: { 'line-color': '#8b0000', 'line-width': 1.5, 'line-dasharray': [4, 2] },
      },
      {
        id: 'selection-outline',
        type: 'line',
        source: 'timed',
        filter: [
          'all',
          isActive,
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
        },
      },
      {
        id: 'compare-then',
        type: 'line',
        source: 'timed',
        filter: [
          'all',
          comparing,
          isPolygon,
          inCompared,
          activeAt(compareDay),
          ['!', activeAt(day)],
        ],
        paint: { 'line-color': palette.compareThen, 'line-width': 2, 'line-dasharray': [1, 1.5] },
      },
      {
        id: 'compare-now',
        type: 'fill',
        source: 'timed',
        filter: [
          'all',
          comparing,
          isPolygon,
          inCompared,
          activeAt(day),
          ['!', activeAt(compareDay)],
        ],
        paint: { 'fill-color': palette.compareNow, 'fill-opacity': 0.18 },
      },
      {
        id: 'compare-now-outline',
        type: 'line',
        source: 'timed',
        filter: [
          'all',
          comparing,
          isPolygon,
          inCompared,
          activeAt(day),
          ['!', activeAt(compareDay)],
        ],
        paint: { 'line-color': palette.compareNow, 'line-width': 3 },
      },
      pointLayer('observation-posts', palette.post, 5),
      pointLayer('monitoring-centre', palette.post, 6),
      pointLayer('russian-base', palette.post, 7),
      { ...pointLayer('farrukh', palette.farrukh, 8) },
      {
        id: 'events',
        type: 'circle',
        source: 'events',
        filter: [
          'all',
          ['<=', ['-', ['get', 't0'], EVENT_WINDOW_DAYS], day],
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
      {
        id: 'country-labels',
        type: 'symbol',
        source: 'country-labels',
        layout: {
          'text-field': ['get', 'label'],
          'text-font': [LABEL_FONT],
          'text-size': 13,
          'text-letter-spacing': 0.15,
        },
        paint: { 'text-color': '#77736b', 'text-halo-color': palette.land, 'text-halo-width': 1.5 },
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
          'text-offset': [0, 0.9],
          'text-anchor': 'top',
          'text-max-width': 9,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': palette.label,
          'text-halo-color': palette.halo,
          'text-halo-width': 1.5,
        },
      },
      {
        id: 'place-dots',
        type: 'circle',
        source: 'places',
        filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 2, 8, 3, 9, 5]],
        paint: { 'circle-color': palette.label, 'circle-radius': 2.5 },
      },
    ],
  };
}
