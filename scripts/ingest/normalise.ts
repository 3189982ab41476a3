/** Words of running text for the ingest; the folding itself is shared with the search (src/domain/fold.ts). */
import { foldKey } from '../../src/domain/fold.ts';

export { editDistance, foldKey, romanise } from '../../src/domain/fold.ts';

/** A word of running text with its offsets (JavaScript string indices) into the input. */
export interface Token {
  text: string;
  start: number;
  end: number;
  key: string;
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;

/** The words of a text (letters of any script; digits, apostrophes and hyphens separate words). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ text: m[0], start, end: start + m[0].length, key: foldKey(m[0]) });
  }
  return out;
}

/** True when the word starts with a capital letter (place names are proper nouns). */
export function isCapitalised(word: string): boolean {
  const first = [...word][0] ?? '';
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
