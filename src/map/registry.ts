/**
 * The layer registry: the one list of the map's timed layers and statuses. The data schema, the compile
 * step, the style, the legend and the compare view all read it, so adding a layer is one entry here, one
 * label string (src/ui/locales/en.ts `layers`) and its data. Pure data: no DOM, no MapLibre.
 */

/** Every status a timed feature can be in on a day (geodata/layers.geojson `states[].status`). */
export const STATUS_IDS = [
  'armenian-held',
  'war',
  'azerbaijan',
  'peacekeepers',
  'contested',
  'ended-in-practice',
  'withdrawing',
  'closed',
] as const;
export type Status = (typeof STATUS_IDS)[number];

/**
 * How a status is drawn. `control`: the area is under someone's control (control areas never overlap);
 * `presence`: an overlay that marks who is still there (drawn over the control fill, never a fill).
 */
export type StatusRole = 'control' | 'presence' | 'dispute' | 'closed';
/** `solid`: a flat fill; `hatch`: diagonal stripes (dispute); `presence`: stripes or dots (src/map/images.ts) over the control fill. */
export type FillTreatment = 'solid' | 'hatch' | 'presence' | 'none';

export interface StatusLook {
  role: StatusRole;
  /** fill or marker colour */
  color: string;
  /** outline colour: the fill's hue, dark enough for 3:1 against the basemap (WCAG 1.4.11) */
  line: string;
  fill: FillTreatment;
}

/** Colours chosen to stay apart under protanopia, deuteranopia and tritanopia (tests/unit/palette.test.ts). */
export const STATUS_LOOKS: Record<Status, StatusLook> = {
  'armenian-held': { role: 'control', color: '#e08a1e', line: '#a85a00', fill: 'solid' },
  // 27 Sep – 9 Nov 2020: held by Armenian forces when the war began; front lines moved daily, not drawn
  war: { role: 'dispute', color: '#e08a1e', line: '#a85a00', fill: 'hatch' },
  azerbaijan: { role: 'control', color: '#0ca678', line: '#08775a', fill: 'solid' },
  peacekeepers: { role: 'control', color: '#4263eb', line: '#364fc7', fill: 'solid' },
  contested: { role: 'dispute', color: '#c2255c', line: '#c2255c', fill: 'hatch' },
  'ended-in-practice': { role: 'presence', color: '#364fc7', line: '#364fc7', fill: 'presence' },
  withdrawing: { role: 'presence', color: '#364fc7', line: '#364fc7', fill: 'presence' },
  // a closed post keeps the posts' colour and is drawn hollow
  closed: { role: 'closed', color: '#1b2a4e', line: '#1b2a4e', fill: 'none' },
};

/**
 * `area`: a polygon per state; `corridor`: a band (polygon) plus its route (line); `point`: a marker.
 */
export type LayerKind = 'area' | 'corridor' | 'point';
/** Marker shapes drawn at runtime (src/map/images.ts), so posts, the base and the centre differ. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

export interface LayerDef {
  kind: LayerKind;
  /** the statuses its features may take (the schema rejects others) */
  statuses: readonly Status[];
  /** key into strings.layers */
  label: string;
  clickable: boolean;
  /** does "compare two dates" mark its changes */
  compared: boolean;
  /** shown in the legend (a layer whose look another entry already explains can stay out) */
  legend: boolean;
  /** points: marker shape and colour while active (other statuses take their status colour) */
  marker?: { shape: MarkerShape; color: string; size: number };
  /** draw a text label (the layer's label string) at the shape's centre while active */
  labelled?: boolean;
}

const DISTRICT: LayerDef = {
  kind: 'area',
  statuses: ['armenian-held', 'azerbaijan'],
  label: '',
  clickable: true,
  compared: true,
  legend: false,
  labelled: true,
};
const POST_COLOR = '#1b2a4e';
export const CORRIDOR_COLOR = '#862e9c';

/** Drawing order, bottom first. */
export const LAYERS = {
  territory: {
    kind: 'area',
    // contested: the Farrukh / Parukh area from 24 Mar 2022 (geo's territory-farrukh-2022)
    // war: the pre-war held area while the 2020 war moved its front lines (not drawn)
    statuses: ['armenian-held', 'war', 'azerbaijan', 'contested'],
    label: 'territory',
    clickable: true,
    compared: true,
    legend: false,
  },
  'kalbajar-district': { ...DISTRICT, label: 'kalbajar-district' },
  'aghdam-district': { ...DISTRICT, label: 'aghdam-district' },
  'lachin-district': { ...DISTRICT, label: 'lachin-district' },
  'peacekeeping-zone': {
    kind: 'area',
    statuses: ['peacekeepers', 'ended-in-practice', 'withdrawing'],
    label: 'peacekeeping-zone',
    clickable: true,
    compared: true,
    legend: true,
  },
  'lachin-corridor': {
    kind: 'corridor',
    statuses: ['peacekeepers', 'contested', 'ended-in-practice', 'withdrawing'],
    label: 'lachin-corridor',
    clickable: true,
    compared: true,
    legend: true,
    labelled: true,
  },
  'observation-posts': {
    kind: 'point',
    statuses: ['peacekeepers', 'closed'],
    label: 'observation-posts',
    clickable: true,
    compared: false,
    legend: true,
    marker: { shape: 'square', color: POST_COLOR, size: 11 },
  },
  'monitoring-centre': {
    kind: 'point',
    statuses: ['peacekeepers'],
    label: 'monitoring-centre',
    clickable: true,
    compared: false,
    legend: true,
    marker: { shape: 'diamond', color: POST_COLOR, size: 15 },
  },
  'russian-base': {
    kind: 'point',
    statuses: ['peacekeepers', 'withdrawing'],
    label: 'russian-base',
    clickable: true,
    compared: false,
    legend: true,
    marker: { shape: 'triangle', color: POST_COLOR, size: 16 },
  },
  farrukh: {
    kind: 'point',
    statuses: ['armenian-held', 'peacekeepers', 'contested', 'azerbaijan'],
    label: 'farrukh',
    clickable: true,
    compared: true,
    // its marker changes colour with its status: the legend names it (a reader took it for an event)
    legend: true,
    marker: { shape: 'circle', color: '#3b5bdb', size: 15 },
    labelled: true,
  },
} as const satisfies Record<string, LayerDef>;

export type LayerId = keyof typeof LAYERS;
export const LAYER_IDS = Object.keys(LAYERS) as LayerId[];

/** The registry entry of a layer id, or undefined for anything else (e.g. a zone input). */
export function layerDef(id: string): LayerDef | undefined {
  return Object.hasOwn(LAYERS, id) ? (LAYERS as Record<string, LayerDef>)[id] : undefined;
}

export const layersWhere = (test: (d: LayerDef) => boolean): LayerId[] =>
  LAYER_IDS.filter((id) => test(LAYERS[id]));

/** Basemap context layers the reader can switch on (off by default). */
export const CONTEXT_LAYER_IDS = [
  'context-nkao',
  'context-ceasefire-1994',
  'context-rivers',
  'context-roads',
] as const;
export type ContextLayerId = (typeof CONTEXT_LAYER_IDS)[number];
