/** Bytes fetched on first load, gzip-compressed, with each JS file's bytes traced to its package. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIST } from '../config.ts';

export type Group = 'app' | 'maplibre-gl' | 'other dependencies';

export interface Bytes {
  /** gzip (level 9) of each group's JS, as if shipped on its own */
  js: Record<Group, number>;
  /** the JS files as shipped, gzip */
  jsFiles: { file: string; raw: number; gzip: number }[];
  /** non-MapLibre packages found in the JS, with raw bytes */
  dependencies: Record<string, number>;
  css: { file: string; raw: number; gzip: number }[];
  fonts: { file: string; bytes: number }[];
  data: { file: string; raw: number; gzip: number }[];
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(seg: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of seg) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

function packageOf(source: string): string | null {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return m ? (m[1] as string) : null;
}

/** Splits a built JS file into the parts each package contributed, using its source map. */
function splitBySource(code: string, mapText: string | null): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  const add = (key: string, text: string) => {
    if (!text) return;
    const list = parts.get(key) ?? [];
    list.push(text);
    parts.set(key, list);
  };
  if (!mapText) {
    add('(unmapped)', code);
    return parts;
  }
  const map = JSON.parse(mapText) as { sources: string[]; mappings: string };
  const lines = code.split('\n');
  let src = 0;
  map.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    let col = 0;
    let prevCol = 0;
    let owner = '(unmapped)';
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const v = decodeSegment(seg);
      col += v[0] as number;
      add(owner, text.slice(prevCol, col));
      prevCol = col;
      if (v.length >= 4) {
        src += v[1] as number;
        owner = map.sources[src] ?? '(unmapped)';
      } else owner = '(unmapped)';
    }
    add(owner, text.slice(prevCol) + (li < lines.length - 1 ? '\n' : ''));
  });
  return parts;
}

/** `files`: paths (as requested by the page, e.g. /assets/x.js) fetched during the first load. */
export function measureBytes(files: string[]): Bytes {
  const groups: Record<Group, string[]> = { app: [], 'maplibre-gl': [], 'other dependencies': [] };
  const dependencies: Record<string, number> = {};
  const out: Bytes = {
    js: { app: 0, 'maplibre-gl': 0, 'other dependencies': 0 },
    jsFiles: [],
    dependencies,
    css: [],
    fonts: [],
    data: [],
  };
  for (const path of [...new Set(files)].sort()) {
    const file = join(APP_DIST, path);
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    const body = readFileSync(file);
    const name = basename(path);
    if (/\.(m?js)$/.test(name)) {
      out.jsFiles.push({ file: name, raw: body.length, gzip: gz(body) });
      const mapFile = `${file}.map`;
      // MapLibre's worker is copied as an asset (no source map of ours): all MapLibre
      if (name.startsWith('maplibre-gl-worker')) {
        groups['maplibre-gl'].push(body.toString('utf8'));
        continue;
      }
      const parts = splitBySource(
        body.toString('utf8'),
        existsSync(mapFile) ? readFileSync(mapFile, 'utf8') : null,
      );
      for (const [source, texts] of parts) {
        const pkg = packageOf(source);
        const text = texts.join('');
        if (pkg === 'maplibre-gl') groups['maplibre-gl'].push(text);
        else if (pkg) {
          groups['other dependencies'].push(text);
          dependencies[pkg] = (dependencies[pkg] ?? 0) + Buffer.byteLength(text);
        } else groups.app.push(text);
      }
    } else if (name.endsWith('.css'))
      out.css.push({ file: name, raw: body.length, gzip: gz(body) });
    else if (name.endsWith('.woff2')) out.fonts.push({ file: name, bytes: body.length });
    else if (name.endsWith('.json'))
      out.data.push({ file: name, raw: body.length, gzip: gz(body) });
  }
  for (const g of Object.keys(groups) as Group[])
    out.js[g] = groups[g].length ? gz(groups[g].join('\n')) : 0;
  return out;
}
