/** Where the benchmark builds and serves, how often it repeats, and the targets it checks. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const chromium = JSON.parse(readFileSync('scripts/chromium.json', 'utf8')) as {
  path: string;
  args: string[];
};

export const ROOT = process.cwd();
export const CACHE = join(ROOT, '.cache');
/** The app, built the same way as `npm run build`, into the benchmark's own folder. */
export const APP_DIST = join(CACHE, 'bench-dist');
/** The bare MapLibre comparison page (bench/pages), served under /bare/. */
export const BARE_DIST = join(CACHE, 'bench-bare');
export const RESULTS = join(ROOT, 'bench', 'results.json');

/** Ports of the benchmark's own (4190–4199): the static server and Lighthouse's Chromium. */
export const PORT = Number(process.env.BENCH_PORT ?? 4190);
export const LIGHTHOUSE_PORT = Number(process.env.BENCH_LIGHTHOUSE_PORT ?? 4191);
export const ORIGIN = `http://127.0.0.1:${PORT}`;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? chromium.path;
/** Flags for Debian's Chromium with software WebGL, shared with the tests (scripts/chromium.json). */
export const CHROMIUM_ARGS: string[] = chromium.args;
export const VIEWPORT = { width: 1280, height: 800 };

/** BENCH_QUICK=1 runs fewer repetitions (for working on the benchmark itself, not for the table). */
const quick = process.env.BENCH_QUICK === '1';
export const RUNS = {
  coldLoads: quick ? 2 : 5,
  scrubMoves: quick ? 12 : 30,
  scaleMoves: quick ? 8 : 20,
  circleMoves: quick ? 5 : 10,
  baselineMoves: quick ? 5 : 10,
  drags: quick ? 1 : 2,
  slowLoads: quick ? 1 : 2,
  lighthouse: quick ? 1 : 3,
};
/** Synthetic events added to the real ones; the ratio target is checked at SCALE_TARGET. */
export const SCALES = (process.env.BENCH_SCALES ?? '10000,100000,1000000')
  .split(',')
  .filter((s) => /^\d+$/.test(s))
  .map(Number);
export const SCALE_TARGET = 100_000;
export const DRAG_STEPS = 20;

/**
 * BENCH_ONLY=slow,bytes,load (any of load, scrub, scale, slow, bytes, lighthouse) runs only those parts
 * and prints their rows; results.json and the table in docs/performance.md are left as they are (they
 * come from full runs only). `bytes` alone still makes one cold load, to record the files fetched.
 */
export const PARTS = ['load', 'scrub', 'scale', 'slow', 'bytes', 'lighthouse'] as const;
export type Part = (typeof PARTS)[number];
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const o of only)
  if (!(PARTS as readonly string[]).includes(o))
    throw new Error(`BENCH_ONLY: unknown part "${o}" (parts: ${PARTS.join(', ')})`);
export const PARTIAL = only.length > 0;
export const runs = (part: Part): boolean => !PARTIAL || only.includes(part);

/** A slow phone connection (Chromium's network emulation): 400 kb/s both ways, 400 ms round trip. */
export const SLOW_NETWORK = { latencyMs: 400, kbps: 400 };

export const TARGETS = {
  loadRatio: 1.3,
  scrubRatio: 1.2,
  scaleRatio: 1.3,
  /** a drag never backs up: the final date is on screen within this many frames of the last input */
  rendersAfterLastStep: 2,
  ownJsKb: 60,
  /** the app's Lighthouse performance score may be at most this far below the bare page's */
  lighthouseBelowBare: 3,
  layoutShift: 0,
  slowUsefulMs: 3000,
  /** a font subset fetched for a label laid out just off screen (MapLibre's glyph requests) */
  offscreenFontKb: 5,
};

/** A numeric constant of the app's source (modules that import MapLibre or CSS cannot load in Node). */
export function appConstant(file: string, name: string): number {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const m = new RegExp(`${name}\\s*=\\s*(\\d+)`).exec(src);
  if (!m) throw new Error(`${name} not found in ${file}`);
  return Number(m[1]);
}
