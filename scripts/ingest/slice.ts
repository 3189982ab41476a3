/** Finds one article inside a scraped file that bundles several, by the lines that open them. */
import type { Window } from './article.ts';

const flat = (s: string) =>
  s
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Offset of the first line at or after `after` that reads `line` (quotes and spacing aside). */
function lineOffset(text: string, line: string, after: number): number | null {
  const want = flat(line);
  let at = text.lastIndexOf('\n', after - 1) + 1;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    if (at >= after && flat(text.slice(at, end)) === want) return at;
    at = end + 1;
  }
  return null;
}

/**
 * The window from the line `from` (default: the start) up to the line `to` (default: the end).
 * Throws when a line is not in the text.
 */
export function articleWindow(text: string, from?: string, to?: string): Window {
  const start = from ? lineOffset(text, from, 0) : 0;
  if (start === null) throw new Error(`no line reads "${from}"`);
  const end = to ? lineOffset(text, to, start + 1) : text.length;
  if (end === null) throw new Error(`no line after "${from ?? 'the start'}" reads "${to}"`);
  return { start, end };
}
