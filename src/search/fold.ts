/** How a search query meets a name: both folded by the one folding the ingest uses (src/domain/fold.ts). */
import { editDistance, foldText } from '../domain/fold.ts';

/** The folded forms of a text to match against (one: the folded words). */
export function foldKeys(text: string): string[] {
  return [foldText(text)];
}

/** Edits a query word may be away from a name word (none for short words: too many false friends). */
const allowedEdits = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/**
 * Where every query word is a near spelling of a word in the text (or of its start, while typing): the
 * position of the first query word's match, or -1 when some word has none.
 */
function nearMatch(query: string, text: string): number {
  const words = text.split(' ');
  let first = -1;
  for (const [i, q] of query.split(' ').entries()) {
    const max = allowedEdits(q);
    const at =
      max > 0
        ? words.findIndex(
            (w) =>
              editDistance(q, w, max) <= max || editDistance(q, w.slice(0, q.length), max) <= max,
          )
        : -1;
    if (at < 0) return -1;
    if (i === 0) first = at;
  }
  return first;
}

/**
 * How well a folded query matches folded text: 0 exact, 1 prefix, 2 word prefix, 3 inside, 4 a near
 * spelling of the name's first word ("Faruh" for Farrukh, "Susha" for Shusha), 5 of a later word,
 * null none.
 */
export function matchScore(queryKeys: string[], textKeys: string[]): number | null {
  let best: number | null = null;
  for (const q of queryKeys) {
    if (!q) continue;
    for (const t of textKeys) {
      let score: number | null = null;
      if (t === q) score = 0;
      else if (t.startsWith(q)) score = 1;
      else if (t.includes(` ${q}`)) score = 2;
      else if (t.includes(q)) score = 3;
      else {
        const at = nearMatch(q, t);
        if (at >= 0) score = at === 0 ? 4 : 5;
      }
      if (score !== null && (best === null || score < best)) best = score;
    }
  }
  return best;
}
