/**
 * Patterns and markers drawn at runtime on a canvas (no sprite file): hatching for disputes, close
 * stripes for "zone ended, peacekeepers still present", dots for "peacekeepers withdrawing", and one
 * marker shape per point layer and status. The style
 * names them; the legend shows the same pixels.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS, LAYER_IDS, STATUS_LOOKS, type LayerDef, type Status } from './registry.ts';

const RATIO = 2;

export type PatternId = 'hatch-contested' | 'hatch-war' | 'hatch-presence' | 'hatch-withdrawing';

/**
 * How each pattern is drawn, as data (so the unit tests can check them without a canvas): diagonal
 * stripes or a staggered grid of dots, in a square tile of `size` CSS px; `width` is the stripe's
 * width or the dot's diameter.
 */
export interface PatternSpec {
  mark: 'stripes' | 'dots';
  size: number;
  width: number;
  /** stripes only: rising (/) or falling (\\) */
  rising?: boolean;
  color: string;
  alpha: number;
}

export const PATTERNS: Record<PatternId, PatternSpec> = {
  'hatch-contested': {
    mark: 'stripes',
    size: 10,
    width: 2.5,
    rising: true,
    color: STATUS_LOOKS.contested.color,
    alpha: 1,
  },
  // war: the held area's colour, striped the other way, so it reads as "held, but fought over"
  'hatch-war': {
    mark: 'stripes',
    size: 9,
    width: 3,
    rising: false,
    color: STATUS_LOOKS.war.color,
    alpha: 1,
  },
  // the zone ended in practice, the contingent still there: close stripes, the control fill beneath
  // still reads through them
  'hatch-presence': {
    mark: 'stripes',
    size: 8,
    width: 1.6,
    rising: false,
    color: STATUS_LOOKS['ended-in-practice'].color,
    alpha: 0.8,
  },
  // the peacekeepers leaving: scattered dots, no stripes (the two looked alike at legend size when
  // both were stripes that differed only in spacing)
  'hatch-withdrawing': {
    mark: 'dots',
    size: 8,
    width: 2.3,
    color: STATUS_LOOKS.withdrawing.color,
    alpha: 0.8,
  },
};

/** The pattern a status fills with, if any. */
export function patternOf(status: Status): PatternId | null {
  if (status === 'contested') return 'hatch-contested';
  if (status === 'war') return 'hatch-war';
  if (status === 'ended-in-practice') return 'hatch-presence';
  if (status === 'withdrawing') return 'hatch-withdrawing';
  return null;
}

export const markerId = (layer: string, status: string): string => `marker-${layer}-${status}`;

function canvas(size: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas');
  c.width = c.height = size * RATIO;
  const ctx = c.getContext('2d') as CanvasRenderingContext2D;
  ctx.scale(RATIO, RATIO);
  return [c, ctx];
}

/** Diagonal stripes that tile seamlessly (lines through the corners and one tile beyond). */
function stripes(size: number, color: string, width: number, rising: boolean): HTMLCanvasElement {
  const [c, ctx] = canvas(size);
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.lineCap = 'square';
  for (const k of [-size, 0, size]) {
    ctx.beginPath();
    if (rising) {
      ctx.moveTo(k, size);
      ctx.lineTo(k + size, 0);
    } else {
      ctx.moveTo(k, 0);
      ctx.lineTo(k + size, size);
    }
    ctx.stroke();
  }
  return c;
}

const withAlpha = (hex: string, a: number): string => {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
};

/** Dots on a staggered grid (two per tile, on its diagonal), so the rows interlock seamlessly. */
function dots(size: number, color: string, diameter: number): HTMLCanvasElement {
  const [c, ctx] = canvas(size);
  ctx.fillStyle = color;
  for (const at of [size / 4, (3 * size) / 4]) {
    ctx.beginPath();
    ctx.arc(at, at, diameter / 2, 0, Math.PI * 2);
    ctx.fill();
  }
  return c;
}

function drawPattern(id: PatternId): HTMLCanvasElement {
  const p = PATTERNS[id];
  const color = p.alpha < 1 ? withAlpha(p.color, p.alpha) : p.color;
  return p.mark === 'dots'
    ? dots(p.size, color, p.width)
    : stripes(p.size, color, p.width, p.rising === true);
}

function shapePath(ctx: CanvasRenderingContext2D, shape: string, s: number): void {
  const m = s / 2;
  const r = m - 1.5;
  ctx.beginPath();
  if (shape === 'square') ctx.rect(m - r * 0.85, m - r * 0.85, r * 1.7, r * 1.7);
  else if (shape === 'diamond') {
    ctx.moveTo(m, m - r);
    ctx.lineTo(m + r, m);
    ctx.lineTo(m, m + r);
    ctx.lineTo(m - r, m);
    ctx.closePath();
  } else if (shape === 'triangle') {
    ctx.moveTo(m, m - r);
    ctx.lineTo(m + r, m + r * 0.8);
    ctx.lineTo(m - r, m + r * 0.8);
    ctx.closePath();
  } else ctx.arc(m, m, r, 0, Math.PI * 2);
}

/** A point layer's marker in one status: solid while active, hatched when contested, hollow when winding down. */
function drawMarker(def: LayerDef, status: Status): HTMLCanvasElement {
  const marker = def.marker ?? { shape: 'circle', color: '#000', size: 12 };
  const look = STATUS_LOOKS[status];
  const s = marker.size + 4;
  const [c, ctx] = canvas(s);
  const color = status === 'peacekeepers' ? marker.color : look.color;
  shapePath(ctx, marker.shape, s);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  if (look.fill === 'hatch') {
    ctx.save();
    ctx.clip();
    ctx.fillStyle = ctx.createPattern(stripes(6, color, 2, true), 'repeat') as CanvasPattern;
    ctx.fillRect(0, 0, s, s);
    ctx.restore();
  } else if (look.role !== 'presence' && look.role !== 'closed') {
    ctx.fillStyle = color;
    ctx.fill();
  }
  ctx.lineWidth = look.role === 'control' ? 1.5 : 2.5;
  ctx.strokeStyle = look.role === 'control' ? '#ffffff' : color;
  ctx.stroke();
  return c;
}

/** Every image the style can ask for, by name, drawn on demand. */
export function imageNames(): string[] {
  const names: string[] = [
    'hatch-contested',
    'hatch-war',
    'hatch-presence',
    'hatch-withdrawing',
    'keepout',
  ];
  for (const id of LAYER_IDS) {
    const def: LayerDef = LAYERS[id];
    if (def.kind === 'point') for (const s of def.statuses) names.push(markerId(id, s));
  }
  return names;
}

export function drawImage(name: string): HTMLCanvasElement | null {
  if (name === 'keepout') return canvas(22)[0]; // transparent: only its collision box matters
  if (name.startsWith('hatch-')) return drawPattern(name as PatternId);
  for (const id of LAYER_IDS) {
    const def: LayerDef = LAYERS[id];
    if (def.kind !== 'point') continue;
    for (const s of def.statuses) if (markerId(id, s) === name) return drawMarker(def, s);
  }
  return null;
}

/** Registers the images with the map as the style asks for them (MapLibre awaits the resolver). */
export function provideImages(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id: string) => {
    if (map.hasImage(id)) return;
    const c = drawImage(id);
    if (!c) return;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    map.addImage(id, ctx.getImageData(0, 0, c.width, c.height), { pixelRatio: RATIO });
  });
}
