/**
 * The current view as a PNG, ready for print or a social card: a title band (title and date), the map
 * as drawn, and a footer with the legend of what is visible, a scale bar and the attribution.
 * The map is read in its own `render` event (the drawing buffer is only valid then), at the pixel ratio
 * asked for, so a 2× image is drawn at twice the resolution, not scaled up.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { visibleLegend, type LegendEntry } from './visible-legend.ts';

export interface ImageText {
  title: string;
  date: string;
  attribution: string[];
}

const FONT = '"Noto Sans", "DejaVu Sans", system-ui, sans-serif';
const PAD = 12;
const INK = '#1d1d1f';
const MUTED = '#5a5a5f';

function nextFrame(map: MaplibreMap, event: 'idle' | 'render'): Promise<void> {
  return new Promise((resolve) => {
    map.once(event, () => resolve());
    map.triggerRepaint();
  });
}

/** A copy of the map's canvas at `ratio` device pixels per CSS pixel. */
async function mapPixels(map: MaplibreMap, ratio: number): Promise<HTMLCanvasElement> {
  const before = map.getPixelRatio();
  if (before !== ratio) {
    map.setPixelRatio(ratio);
    await nextFrame(map, 'idle');
  }
  try {
    return await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')?.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
  } finally {
    if (before !== ratio) map.setPixelRatio(before);
  }
}

/** A round distance (1, 2 or 5 × 10ⁿ m) at most `maxPx` wide at the bottom of the map, and its width. */
export function scaleBar(map: MaplibreMap, maxPx = 100): { label: string; px: number } {
  const y = map.getContainer().clientHeight - 20;
  const a = map.unproject([0, y]);
  const b = map.unproject([maxPx, y]);
  const metres = a.distanceTo(b);
  const pow = 10 ** Math.floor(Math.log10(metres));
  const step = [5, 2, 1].map((m) => m * pow).find((d) => d <= metres) ?? pow;
  const label = step >= 1000 ? `${step / 1000} km` : `${step} m`;
  return { label, px: (maxPx * step) / metres };
}

/** Splits text into lines no wider than `width` at the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Legend entries flowed left to right in rows; returns each entry's position and the height used. */
function legendLayout(
  ctx: CanvasRenderingContext2D,
  entries: LegendEntry[],
  width: number,
): { at: { e: LegendEntry; x: number; y: number }[]; height: number } {
  const at: { e: LegendEntry; x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const e of entries) {
    const w = 20 + ctx.measureText(e.label).width + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    at.push({ e, x, y });
    x += w;
  }
  return { at, height: entries.length ? y + 20 : 0 };
}

type Painter = (ctx: CanvasRenderingContext2D, x: number, y: number) => void;

function loadImage(src: string): Promise<HTMLImageElement | null> {
  const img = new Image();
  img.src = src;
  return img.decode().then(
    () => img,
    () => null,
  );
}

/** Draws a legend swatch (14 × 14 around its middle line) the way the screen shows it. */
/** A 14 px dashed stroke: the legend's sign for an approximate outline and the corridor's route. */
function dashedLine(ctx: CanvasRenderingContext2D, x: number, y: number, colour: string): void {
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.setLineDash([4, 3]);
  ctx.beginPath();
  ctx.moveTo(x, y);
  ctx.lineTo(x + 14, y);
  ctx.stroke();
}

async function painter(e: LegendEntry): Promise<Painter> {
  if (!e.swatch)
    return (ctx, x, y) => {
      ctx.save();
      dashedLine(ctx, x, y, '#4a4a4a');
      ctx.restore();
    };
  const style = getComputedStyle(e.swatch);
  const colour = style.getPropertyValue('--c').trim() || style.backgroundColor;
  const url = /url\("?(data:[^")]+)"?\)/.exec(style.backgroundImage)?.[1];
  const image = url ? await loadImage(url) : null;
  const round = e.swatch.classList.contains('swatch-dot') || style.borderRadius === '50%';
  const border = parseFloat(style.borderTopWidth) > 0 ? style.borderTopColor : null;
  const dashed = style.borderTopStyle === 'dashed';
  const band = e.swatch.classList.contains('lg-band');
  return (ctx, x, y) => {
    ctx.save();
    if (round) {
      ctx.fillStyle = colour;
      ctx.beginPath();
      ctx.arc(x + 7, y, 6, 0, Math.PI * 2);
      ctx.fill();
    } else if (band) {
      ctx.fillStyle = style.backgroundColor;
      ctx.fillRect(x, y - 4, 14, 8);
      dashedLine(ctx, x, y, colour);
    } else {
      const h = image && !border ? 14 : 10;
      if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') {
        ctx.fillStyle = style.backgroundColor;
        ctx.fillRect(x, y - h / 2, 14, h);
      }
      if (image) ctx.drawImage(image, x, y - h / 2, 14, h);
      if (border) {
        ctx.strokeStyle = border;
        ctx.lineWidth = 1.5;
        if (dashed) ctx.setLineDash([3, 2]);
        ctx.strokeRect(x, y - h / 2, 14, h);
      }
    }
    ctx.restore();
  };
}

/** Draws the image; its size is the map's CSS size (plus title and footer) times `scale`. */
export async function renderImage(
  map: MaplibreMap,
  text: ImageText,
  scale: number,
): Promise<HTMLCanvasElement> {
  const pixels = await mapPixels(map, scale);
  const w = map.getContainer().clientWidth;
  const h = map.getContainer().clientHeight;
  const legend = visibleLegend(map, document.getElementById('legend'));
  const painters = await Promise.all(legend.map(painter));
  const bar = scaleBar(map);

  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  // measure the footer first, at the final fonts
  ctx.font = `12px ${FONT}`;
  const flow = legendLayout(ctx, legend, w - 2 * PAD);
  ctx.font = `11px ${FONT}`;
  const attribution = wrap(ctx, text.attribution.join(' · '), w - 2 * PAD - bar.px - 24);
  const headH = 52;
  const footH = PAD + flow.height + 6 + Math.max(24, attribution.length * 15) + PAD;

  out.width = Math.round(w * scale);
  out.height = Math.round((headH + h + footH) * scale);
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, headH + h + footH);

  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 17px ${FONT}`;
  ctx.fillText(text.title, PAD, 23);
  ctx.font = `600 15px ${FONT}`;
  ctx.fillStyle = '#1f4f99';
  ctx.fillText(text.date, PAD, 43);

  ctx.drawImage(pixels, 0, headH, w, h);
  ctx.strokeStyle = '#d5d2cc';
  ctx.strokeRect(0.5, headH + 0.5, w - 1, h - 1);

  let y = headH + h + PAD + 10;
  ctx.font = `12px ${FONT}`;
  ctx.textBaseline = 'middle';
  for (const [i, { e, x, y: dy }] of flow.at.entries()) {
    painters[i]?.(ctx, PAD + x, y + dy);
    ctx.fillStyle = INK;
    ctx.fillText(e.label, PAD + x + 20, y + dy);
  }
  y += flow.height + 6;

  // scale bar: a bracket as MapLibre draws it, its distance inside
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(PAD, y);
  ctx.lineTo(PAD, y + 14);
  ctx.lineTo(PAD + bar.px, y + 14);
  ctx.lineTo(PAD + bar.px, y);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = `12px ${FONT}`;
  ctx.fillText(bar.label, PAD + 4, y + 7);

  ctx.fillStyle = MUTED;
  ctx.font = `11px ${FONT}`;
  attribution.forEach((line, i) => ctx.fillText(line, PAD + bar.px + 24, y + 7 + i * 15));
  return out;
}

/** Saves the view as `fileName` (a download). */
export async function saveImage(
  map: MaplibreMap,
  text: ImageText,
  scale: number,
  fileName: string,
): Promise<void> {
  const canvas = await renderImage(map, text, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
