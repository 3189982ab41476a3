// Joins line pieces end to end: the NKAO ring from its 9 pieces, and GSHHG pieces that GMT
// cuts at the edges of its storage bins.
import { at, first, last } from './arrays.js';
import { approxKm, samePt } from './geometry.js';
import type { Pt } from './types.js';

export interface ChainResult {
  chains: Pt[][];
  /** Gaps bridged while joining, in degrees (0 when the ends coincide). */
  gaps: number[];
}

const gapDeg = (a: Pt, b: Pt): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

function appendPiece(chain: Pt[], piece: readonly Pt[], atEnd: boolean): void {
  if (atEnd) {
    const start = samePt(last(chain), first(piece)) ? 1 : 0;
    chain.push(...piece.slice(start));
  } else {
    const end = samePt(first(chain), last(piece)) ? piece.length - 1 : piece.length;
    chain.unshift(...piece.slice(0, end));
  }
}

interface Candidate {
  index: number;
  gap: number;
  atEnd: boolean;
  reversed: boolean;
}

/** Nearest unused piece end to either end of the chain. */
function nearestPiece(
  chain: readonly Pt[],
  pieces: readonly Pt[][],
  used: boolean[],
): Candidate | null {
  const head = first(chain);
  const tail = last(chain);
  let best: Candidate | null = null;
  for (const [index, piece] of pieces.entries()) {
    if (used[index]) continue;
    const options: Candidate[] = [
      { index, atEnd: true, reversed: false, gap: gapDeg(tail, first(piece)) },
      { index, atEnd: true, reversed: true, gap: gapDeg(tail, last(piece)) },
      { index, atEnd: false, reversed: false, gap: gapDeg(head, last(piece)) },
      { index, atEnd: false, reversed: true, gap: gapDeg(head, first(piece)) },
    ];
    for (const option of options) if (!best || option.gap < best.gap) best = option;
  }
  return best;
}

/**
 * Greedily joins pieces whose ends are within `maxGapDeg` of each other. Starts each chain with
 * the longest unused piece, so that the main course of a line is built first.
 */
export function chainPieces(pieces: readonly Pt[][], maxGapDeg: number): ChainResult {
  const usable = pieces.filter((p) => p.length >= 2);
  const used = usable.map(() => false);
  const order = usable.map((_, i) => i).sort((a, b) => at(usable, b).length - at(usable, a).length);
  const chains: Pt[][] = [];
  const gaps: number[] = [];
  for (const startIndex of order) {
    if (used[startIndex]) continue;
    used[startIndex] = true;
    const chain = at(usable, startIndex).slice();
    for (;;) {
      if (isClosed(chain)) break;
      const next = nearestPiece(chain, usable, used);
      if (!next || next.gap > maxGapDeg) break;
      used[next.index] = true;
      const piece = at(usable, next.index);
      appendPiece(chain, next.reversed ? piece.slice().reverse() : piece, next.atEnd);
      gaps.push(next.gap);
    }
    chains.push(chain);
  }
  return { chains, gaps };
}

export function isClosed(chain: readonly Pt[]): boolean {
  return chain.length >= 4 && samePt(first(chain), last(chain));
}

/** Closes a chain into a ring when its ends are within `maxGapDeg`; returns the gap or null. */
export function closeRing(chain: Pt[], maxGapDeg: number): number | null {
  if (isClosed(chain)) return 0;
  if (chain.length < 3) return null;
  const gap = gapDeg(first(chain), last(chain));
  if (gap > maxGapDeg) return null;
  chain.push(first(chain));
  return gap;
}

export function lengthKm(line: readonly Pt[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < line.length; i++) sum += approxKm(at(line, i), at(line, i + 1));
  return sum;
}
