// Runs `gmt coast` in dump mode (-M) and parses its '>'-separated multi-segment text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './shell.js';
import type { Bbox, Pt } from './types.js';

export interface GmtSegment {
  header: string;
  points: Pt[];
}

export function gmtRegion([w, s, e, n]: Bbox): string {
  return `-R${w}/${e}/${s}/${n}`;
}

export function parseMultiSegment(text: string): GmtSegment[] {
  const segments: GmtSegment[] = [];
  let current: GmtSegment | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      current = { header: line.slice(1).trim(), points: [] };
      segments.push(current);
      continue;
    }
    const [x, y] = line.split(/\s+/).map(Number);
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (!current) {
      current = { header: '', points: [] };
      segments.push(current);
    }
    current.points.push([x, y]);
  }
  return segments;
}

/** `gmt coast` dump with full-resolution GSHHG; `args` select what to dump (-I…, -W…, -A…). */
export function gmtCoastDump(bbox: Bbox, args: readonly string[]): GmtSegment[] {
  // GMT writes gmt.history into the working directory unless GMT_TMPDIR points elsewhere.
  const scratch = mkdtempSync(join(tmpdir(), 'geodata-gmt-'));
  try {
    const text = run('gmt', ['coast', gmtRegion(bbox), '-Df', ...args, '-M'], {
      cwd: scratch,
      env: { ...process.env, GMT_TMPDIR: scratch },
    });
    return parseMultiSegment(text);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
