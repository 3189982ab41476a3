/** Splits running text into sentences (and lines: a scraped page's headlines and bylines stand alone). */

export interface Sentence {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun ' +
    'mr mrs ms dr st no vs gen col lt maj sgt capt adm gov sen rep pres prof approx est etc'
  ).split(' '),
);

/** Where each sentence starts and ends; every character of `text` belongs to exactly one. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const cut = (end: number) => {
    if (end > start) out.push({ start, end });
    start = end;
  };
  const boundary = /\n|[.!?]["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\d•])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n') {
      const before = /(\p{L}+)\.$/u.exec(text.slice(Math.max(0, m.index - 12), m.index + 1));
      const word = before?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    }
    cut(end);
  }
  cut(text.length);
  return out;
}

/** Index of the sentence that contains offset `at`. */
export function sentenceAt(list: Sentence[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid] as Sentence).start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
