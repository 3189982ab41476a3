/**
 * The URL keys. Each declares how it is read (with validation) and written, so a link restores the
 * state and a malformed link falls back to defaults with a list of what was ignored.
 */
import { dayFromIso, isoFromDay } from '../time/days.ts';
import type { AppState, View } from './store.ts';

export interface UrlContext {
  minDay: number;
  maxDay: number;
  isPlace: (id: string) => boolean;
  isEvent: (id: string) => boolean;
}

export interface ParsedUrl {
  state: Partial<AppState>;
  ignored: string[];
}

const KNOWN_KEYS = new Set(['date', 'place', 'event', 'map']);
const MAX_SHOWN = 40;

function shown(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not be echoed
  const clean = value.replace(/[\u0000-\u001f]/g, '?');
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
}

export function parseView(value: string): View | null {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

export function parseUrl(search: string, ctx: UrlContext): ParsedUrl {
  const ignored: string[] = [];
  const state: Partial<AppState> = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: ['the whole query string'] };
  }
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (!KNOWN_KEYS.has(key)) {
      ignored.push(`unknown key "${shown(key)}"`);
      continue;
    }
    if (seen.has(key)) {
      ignored.push(`repeated ${key}=${shown(value)}`);
      continue;
    }
    seen.add(key);
    const bad = (why: string) => ignored.push(`${key}=${shown(value)} (${why})`);
    if (key === 'date') {
      const day = dayFromIso(value);
      if (day === null) bad('not a date like 2022-03-26');
      else if (day < ctx.minDay || day > ctx.maxDay)
        bad(`outside ${isoFromDay(ctx.minDay)} – ${isoFromDay(ctx.maxDay)}`);
      else state.day = day;
    } else if (key === 'place') {
      if (state.selection) bad('only one of place and event can be used');
      else if (ctx.isPlace(value)) state.selection = { kind: 'place', id: value };
      else bad('no such place');
    } else if (key === 'event') {
      if (state.selection) bad('only one of place and event can be used');
      else if (ctx.isEvent(value)) state.selection = { kind: 'event', id: value };
      else bad('no such event');
    } else if (key === 'map') {
      const view = parseView(value);
      if (view) state.view = view;
      else bad('expected zoom/lat/lon, e.g. 8/39.8/46.7');
    }
  }
  return { state, ignored };
}

export function formatUrl(state: AppState): string {
  const params = new URLSearchParams();
  params.set('date', isoFromDay(state.day));
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    params.set('map', `${zoom.toFixed(2)}/${lat.toFixed(4)}/${lon.toFixed(4)}`);
  }
  return `?${params.toString().replace(/%2F/g, '/')}`;
}
