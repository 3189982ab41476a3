/** Which label letters need a font beyond Noto Sans latin (one rule for the subset script and its test). */

/** Code points the latin face covers (its unicode-range in fonts.ts). */
const LATIN = [
  [0x0000, 0x00ff],
  [0x0131, 0x0131],
  [0x0152, 0x0153],
  [0x02bb, 0x02bc],
  [0x02c6, 0x02c6],
  [0x02da, 0x02da],
  [0x02dc, 0x02dc],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
] as const;

export const LATIN_RANGE = LATIN.map(([a, b]) =>
  a === b ? hex(a) : `${hex(a)}-${hex(b).slice(2)}`,
);

function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

export const unicodeRangeOf = (letters: string): string[] =>
  [...letters].map((c) => hex(c.codePointAt(0) as number));

/** Latin-script letters in `text` that the latin face lacks (Cyrillic and Armenian have their own files). */
export function labelLettersOutsideLatin(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (LATIN.some(([a, b]) => cp >= a && cp <= b)) continue;
    if (cp >= 0x0100 && cp <= 0x02af) out.add(ch); // Latin Extended-A and -B, IPA (ə)
    if (cp >= 0x1e00 && cp <= 0x1eff) out.add(ch); // Latin Extended Additional
  }
  return [...out].sort();
}
