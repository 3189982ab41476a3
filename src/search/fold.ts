/** How a search query meets a name: both folded by the one folding the ingest uses (src/domain/fold.ts). */
import { editDistance, foldText } from '../domain/fold.ts';

/** The folded forms of a text to match against (one: the folded words). */
export function foldKeys(text: string): string[] {
  return [foldText(text)];
}

/** Edits a query word may be away from a name word (none for short words: too many false friends). */
const allowedEdits = (word: string): number => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);

/** True when every query word is a near spelling of a word in the text (or of its start, while typing). */
function nearMatch(query: string, text: string): boolean {
  const words = text.split(' ');
  return query.split(' ').every((q) => {
    const max = allowedEdits(q);
    return (
      max > 0 &&
      words.some(
        (w) => editDistance(q, w, max) <= max || editDistance(q, w.slice(0, q.length), max) <= max,
      )
    );
  });
}

/**
 * How well a folded query matches folded text: 0 exact, 1 prefix, 2 word prefix, 3 inside, 4 a near
 * spelling ("Faruh" for Farrukh, "Susha" for Shusha), null none.
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
      else if (nearMatch(q, t)) score = 4;
      if (score !== null && (best === null || score < best)) best = score;
    }
  }
  return best;
}
