/**
 * The URL keys. Each key declares how it is read (with validation) and written, so a link restores the
 * state and a malformed link falls back to defaults with a list of what was ignored.
 */
import { dayFromIso, isoFromDay } from '../time/days.ts';
import { isNameMode } from '../names/names.ts';
import { isOnlineBasemapId } from '../security/online-hosts.ts';
import type { AppState, Camera } from './store.ts';

export interface UrlContext {
  minDay: number;
  maxDay: number;
  isPlace: (id: string) => boolean;
  isEvent: (id: string) => boolean;
  /** number of guided-tour steps */
  tourSteps: number;
  /** the context layers a link may switch on */
  contextLayers: readonly string[];
}

export interface ParsedUrl {
  state: Partial<AppState>;
  ignored: string[];
}

interface UrlKey {
  /** Applies the value to the state, or returns why it was ignored. */
  read: (value: string, ctx: UrlContext, state: Partial<AppState>) => string | void;
  /** The value to write, or null to leave the key out. */
  write: (state: AppState) => string | null;
}

function readDay(value: string, ctx: UrlContext): number | string {
  const day = dayFromIso(value);
  if (day === null) return 'not a date like 2022-03-26';
  if (day < ctx.minDay || day > ctx.maxDay)
    return `outside ${isoFromDay(ctx.minDay)} – ${isoFromDay(ctx.maxDay)}`;
  return day;
}

export function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

/** The keys, in the order they are written. */
export const URL_KEYS: Record<string, UrlKey> = {
  date: {
    read: (value, ctx, state) => {
      const day = readDay(value, ctx);
      if (typeof day === 'string') return day;
      state.day = day;
    },
    write: (s) => isoFromDay(s.day),
  },
  compare: {
    read: (value, ctx, state) => {
      const day = readDay(value, ctx);
      if (typeof day === 'string') return day;
      state.compare = day;
    },
    write: (s) => (s.compare === null ? null : isoFromDay(s.compare)),
  },
  place: {
    read: (value, ctx, state) => {
      if (state.selection) return 'only one of place and event can be used';
      if (!ctx.isPlace(value)) return 'no such place';
      state.selection = { kind: 'place', id: value };
    },
    write: (s) => (s.selection?.kind === 'place' ? s.selection.id : null),
  },
  event: {
    read: (value, ctx, state) => {
      if (state.selection) return 'only one of place and event can be used';
      if (!ctx.isEvent(value)) return 'no such event';
      state.selection = { kind: 'event', id: value };
    },
    write: (s) => (s.selection?.kind === 'event' ? s.selection.id : null),
  },
  tour: {
    read: (value, ctx, state) => {
      const step = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
      if (!(step >= 1 && step <= ctx.tourSteps))
        return `expected a tour step from 1 to ${ctx.tourSteps}`;
      state.tour = step;
    },
    write: (s) => (s.tour === null ? null : String(s.tour)),
  },
  names: {
    read: (value, _ctx, state) => {
      if (!isNameMode(value)) return 'expected both, az, hy or ru';
      state.names = value;
    },
    write: (s) => (s.names === 'both' ? null : s.names),
  },
  /** map or list (the key's name predates `camera`, and links that use it must keep working) */
  view: {
    read: (value, _ctx, state) => {
      if (value !== 'list' && value !== 'map') return 'expected list or map';
      state.viewMode = value;
    },
    write: (s) => (s.viewMode === 'list' ? 'list' : null),
  },
  /** context layers switched on, comma-separated: context=nkao,rivers */
  context: {
    read: (value, ctx, state) => {
      const layers = [...new Set(value.split(','))].sort();
      const unknown = layers.filter((l) => !ctx.contextLayers.includes(l));
      if (unknown.length) return `expected some of ${ctx.contextLayers.join(', ')}`;
      state.context = layers;
    },
    write: (s) => (s.context.length ? s.context.join(',') : null),
  },
  /** opt-in online basemap (off by default: the app then contacts no other host) */
  basemap: {
    read: (value, _ctx, state) => {
      if (!isOnlineBasemapId(value)) return 'the only online basemap is osm';
      state.basemap = value;
    },
    write: (s) => s.basemap ?? null,
  },
  // the compact page for an iframe (src/embed/)
  embed: {
    read: (value, _ctx, state) => {
      if (value !== '1') return 'expected embed=1';
      state.embed = true;
    },
    write: (s) => (s.embed ? '1' : null),
  },
  /** the camera */
  map: {
    read: (value, _ctx, state) => {
      const camera = parseCamera(value);
      if (!camera) return 'expected zoom/lat/lon, e.g. 8/39.8/46.7';
      state.camera = camera;
    },
    write: ({ camera: c }) =>
      c ? `${c.zoom.toFixed(2)}/${c.lat.toFixed(4)}/${c.lon.toFixed(4)}` : null,
  },
};

const MAX_SHOWN = 40;
/** control and bidi-override characters are exactly what must not be echoed */
// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function shown(value: string): string {
  const clean = value.replace(UNSHOWABLE, '?');
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
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
    const spec = Object.hasOwn(URL_KEYS, key) ? URL_KEYS[key] : undefined;
    if (!spec) {
      ignored.push(`unknown key "${shown(key)}"`);
      continue;
    }
    if (seen.has(key)) {
      ignored.push(`repeated ${key}=${shown(value)}`);
      continue;
    }
    seen.add(key);
    const why = spec.read(value, ctx, state);
    if (why) ignored.push(`${key}=${shown(value)} (${why})`);
  }
  return { state, ignored };
}

export function formatUrl(state: AppState): string {
  const params = new URLSearchParams();
  for (const [key, spec] of Object.entries(URL_KEYS)) {
    const value = spec.write(state);
    if (value !== null) params.set(key, value);
  }
  return `?${params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',')}`;
}
