/**
 * The event points as a MapLibre custom layer (WebGL2). The points sit in GPU buffers in draw
 * order (events-buffer.ts); a frame draws only the index ranges near the map's `day` global state,
 * read when the frame is drawn, so a date change is a repaint: no worker, no re-tiling.
 * Looks like the circle layer it replaces: filled when active on the date, paler a fortnight around.
 */
import type {
  CustomLayerInterface,
  CustomRenderMethodInput,
  Map as MapLibreMap,
  StyleSpecification,
} from 'maplibre-gl';
import {
  isNear,
  mercatorX,
  mercatorY,
  NearIndex,
  rangesNear,
  type EventColumns,
} from './events-buffer.ts';
import { palette } from './palette.ts';
import { EVENT_WINDOW_DAYS } from './style.ts';

export const EVENTS_LAYER = 'events';
/** Drawn beside the place, not on it, so both can be clicked (px right, px up). */
const OFFSET = [14, 14] as const;
const RADIUS = { active: 9, near: 7 };
const STROKE = 2;
const OPACITY = { active: 0.95, near: 0.55 };

const VERTEX = `#version 300 es
uniform mat4 u_matrix;
uniform float u_day;
uniform float u_window;
uniform vec2 u_offset;
uniform float u_dpr;
in vec2 a_pos;
in vec2 a_t;
out float v_active;
out float v_size;
void main() {
  if (a_t.x > u_day || u_day > a_t.y + u_window) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  v_active = (a_t.x <= u_day && u_day <= a_t.y) ? 1.0 : 0.0;
  float r = mix(${RADIUS.near.toFixed(1)}, ${RADIUS.active.toFixed(1)}, v_active);
  vec4 p = u_matrix * vec4(a_pos, 0.0, 1.0);
  p.xy += u_offset * p.w;
  gl_Position = p;
  v_size = (r + ${STROKE.toFixed(1)} + 1.0) * 2.0 * u_dpr;
  gl_PointSize = v_size;
}`;

const FRAGMENT = `#version 300 es
precision highp float;
uniform vec3 u_fill;
uniform vec3 u_stroke;
uniform float u_dpr;
in float v_active;
in float v_size;
out vec4 color;
void main() {
  float d = length(gl_PointCoord - 0.5) * v_size / u_dpr;
  float r = mix(${RADIUS.near.toFixed(1)}, ${RADIUS.active.toFixed(1)}, v_active);
  float opacity = mix(${OPACITY.near}, ${OPACITY.active}, v_active);
  float outer = 1.0 - smoothstep(r + ${STROKE.toFixed(1)} - 0.5, r + ${STROKE.toFixed(1)} + 0.5, d);
  float inner = 1.0 - smoothstep(r - 0.5, r + 0.5, d);
  vec4 fill = vec4(u_fill, 1.0) * opacity;
  vec4 stroke = vec4(u_stroke, 1.0);
  color = mix(stroke, fill, inner) * outer;
}`;

const rgb = (hex: string): [number, number, number] => {
  const v = parseInt(hex.replace('#', ''), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
};

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const s = gl.createShader(type) as WebGLShader;
  gl.shaderSource(s, source);
  gl.compileShader(s);
  if (!gl.getShaderParameter(s, gl.COMPILE_STATUS))
    throw new Error(`events layer shader: ${gl.getShaderInfoLog(s) ?? 'does not compile'}`);
  return s;
}

export class EventsLayer implements CustomLayerInterface {
  readonly id = EVENTS_LAYER;
  readonly type = 'custom' as const;
  readonly renderingMode = '2d' as const;
  /** The day and index ranges of the last drawn frame (the browser tests and the benchmark read them). */
  drawn: { day: number; ranges: [number, number][] } | null = null;
  private map: MapLibreMap | null = null;
  private gl: WebGL2RenderingContext | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private buffers: WebGLBuffer[] = [];
  private uploaded: EventColumns | null = null;
  private near: { day: number; index: NearIndex } | null = null;
  private u: Record<string, WebGLUniformLocation | null> = {};

  /** `ids[k]`: the event at draw position k (map-data.json's events), or none for a binary file. */
  constructor(
    public columns: EventColumns | null = null,
    public ids: string[] | null = null,
  ) {}

  /** Replaces the events (a binary file arriving after the map). */
  setEvents(columns: EventColumns, ids: string[] | null): void {
    this.columns = columns;
    this.ids = ids;
    this.near = null;
    this.map?.triggerRepaint();
  }

  onAdd(map: MapLibreMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    this.gl = gl;
    const program = gl.createProgram() as WebGLProgram;
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS))
      throw new Error(`events layer: ${gl.getProgramInfoLog(program) ?? 'does not link'}`);
    this.program = program;
    for (const name of ['u_matrix', 'u_day', 'u_window', 'u_offset', 'u_dpr', 'u_fill', 'u_stroke'])
      this.u[name] = gl.getUniformLocation(program, name);
  }

  onRemove(_map: MapLibreMap, gl: WebGL2RenderingContext): void {
    for (const b of this.buffers) gl.deleteBuffer(b);
    if (this.vao) gl.deleteVertexArray(this.vao);
    if (this.program) gl.deleteProgram(this.program);
    this.buffers = [];
    this.vao = null;
    this.uploaded = null;
    this.map = null;
  }

  private upload(gl: WebGL2RenderingContext, c: EventColumns): void {
    for (const b of this.buffers) gl.deleteBuffer(b);
    if (this.vao) gl.deleteVertexArray(this.vao);
    const program = this.program as WebGLProgram;
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    const attribute = (name: string, data: ArrayBufferView, type: number) => {
      const buffer = gl.createBuffer() as WebGLBuffer;
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.bufferData(gl.ARRAY_BUFFER, data, gl.STATIC_DRAW);
      const at = gl.getAttribLocation(program, name);
      gl.enableVertexAttribArray(at);
      gl.vertexAttribPointer(at, 2, type, false, 0, 0);
      this.buffers.push(buffer);
    };
    this.buffers = [];
    attribute('a_pos', c.xy, gl.FLOAT);
    attribute('a_t', c.t, gl.UNSIGNED_SHORT);
    gl.bindVertexArray(null);
    this.uploaded = c;
  }

  /** The map's current date (the style's `day` global state). */
  private day(): number {
    return Number((this.map as MapLibreMap).getGlobalState().day);
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const c = this.columns;
    const day = this.day();
    if (!c || !c.count || !this.program) {
      this.drawn = { day, ranges: [] };
      return;
    }
    if (this.uploaded !== c) this.upload(gl, c);
    const ranges = rangesNear(c, day, EVENT_WINDOW_DAYS);
    const canvas = gl.canvas as HTMLCanvasElement;
    const dpr = gl.drawingBufferWidth / Math.max(1, canvas.clientWidth || gl.drawingBufferWidth);
    gl.useProgram(this.program);
    // Web Mercator [0, 1] → clip space (the map's matrix for tile 0/0/0 scaled to the unit square)
    gl.uniformMatrix4fv(
      this.u.u_matrix as WebGLUniformLocation,
      false,
      options.defaultProjectionData.mainMatrix,
    );
    gl.uniform1f(this.u.u_day as WebGLUniformLocation, day);
    gl.uniform1f(this.u.u_window as WebGLUniformLocation, EVENT_WINDOW_DAYS);
    gl.uniform2f(
      this.u.u_offset as WebGLUniformLocation,
      (2 * OFFSET[0] * dpr) / gl.drawingBufferWidth,
      (2 * OFFSET[1] * dpr) / gl.drawingBufferHeight,
    );
    gl.uniform1f(this.u.u_dpr as WebGLUniformLocation, dpr);
    gl.uniform3fv(this.u.u_fill as WebGLUniformLocation, rgb(palette.event));
    gl.uniform3fv(this.u.u_stroke as WebGLUniformLocation, rgb(palette.halo));
    gl.bindVertexArray(this.vao);
    for (const [s, e] of ranges) gl.drawArrays(gl.POINTS, s, e - s);
    gl.bindVertexArray(null);
    this.drawn = { day, ranges };
  }

  /** Draw positions of the events the last frame drew (near its date), in draw order. */
  drawnEvents(): number[] {
    const c = this.columns;
    if (!c || !this.drawn) return [];
    const out: number[] = [];
    for (const [s, e] of this.drawn.ranges)
      for (let k = s; k < e; k++) if (isNear(c, k, this.drawn.day, EVENT_WINDOW_DAYS)) out.push(k);
    return out;
  }

  /**
   * The event drawn under a screen point (CSS px in the map), top first: active ones, then latest.
   * `id` is null for events from a binary file (no texts loaded with them).
   */
  pick(
    point: { x: number; y: number },
    tolerancePx = 4,
  ): { position: number; id: string | null } | null {
    const c = this.columns;
    const map = this.map;
    if (!c || !map) return null;
    const day = this.day();
    if (this.near?.day !== day)
      this.near = { day, index: new NearIndex(c, day, EVENT_WINDOW_DAYS) };
    const centre = map.unproject([point.x - OFFSET[0], point.y + OFFSET[1]]);
    const worldPx = 512 * 2 ** map.getZoom();
    const x = mercatorX(centre.lng);
    const y = mercatorY(centre.lat);
    const hits = this.near.index.within(x, y, (RADIUS.active + STROKE + tolerancePx) / worldPx);
    let best: number | null = null;
    let bestScore = -Infinity;
    for (const k of hits) {
      const active = (c.t[2 * k] as number) <= day && day <= (c.t[2 * k + 1] as number);
      const r = (active ? RADIUS.active : RADIUS.near) + STROKE + tolerancePx;
      const dx = ((c.xy[2 * k] as number) - x) * worldPx;
      const dy = ((c.xy[2 * k + 1] as number) - y) * worldPx;
      if (dx * dx + dy * dy > r * r) continue;
      const score = (active ? 1e7 : 0) + k; // drawn later is on top
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    if (best === null) return null;
    return { position: best, id: this.ids?.[best] ?? null };
  }
}

/**
 * The style without its GeoJSON event circles (source and layer `events`), which this layer
 * replaces, and the layer the custom layer goes below (so it keeps the circles' place).
 */
export function withoutEventCircles(style: StyleSpecification): {
  style: StyleSpecification;
  before: string | undefined;
} {
  const at = style.layers.findIndex((l) => l.id === EVENTS_LAYER);
  const layers = style.layers.filter((l) => l.id !== EVENTS_LAYER);
  const sources = { ...style.sources };
  // drop the source only when no other layer (e.g. the labels' keep-out boxes) still reads it
  if (!layers.some((l) => 'source' in l && l.source === EVENTS_LAYER)) delete sources[EVENTS_LAYER];
  return {
    style: { ...style, sources, layers },
    before: at >= 0 ? style.layers[at + 1]?.id : undefined,
  };
}
