/**
 * Name folding, shared by the search box and the ingest: the many spellings of one name meet at one key.
 * Azerbaijani Latin with or without diacritics, Armenian- and Russian-derived transliterations and the
 * native scripts (Armenian, Cyrillic) all become one rough Latin skeleton.
 * "Fərrux", "Farrukh", "Farukh" and "Фаррух" → "farukh"; "Kəlbəcər", "Kelbadzhar" → "kalbajar".
 */

/** Azerbaijani letters that Unicode decomposition would fold the wrong way (ş → s, not sh). */
const AZERBAIJANI: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ş: 'sh',
  ç: 'ch',
  ğ: 'gh',
  ö: 'o',
  ü: 'u',
};

/** Russian Cyrillic, BGN/PCGN-like. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Eastern Armenian, as place names are usually romanised (ու → u, initial ե → ye, initial ո → vo). */
const ARMENIAN: Record<string, string> = {
  ա: 'a',
  բ: 'b',
  գ: 'g',
  դ: 'd',
  ե: 'e',
  զ: 'z',
  է: 'e',
  ը: 'e',
  թ: 't',
  ժ: 'zh',
  ի: 'i',
  լ: 'l',
  խ: 'kh',
  ծ: 'ts',
  կ: 'k',
  հ: 'h',
  ձ: 'dz',
  ղ: 'gh',
  ճ: 'ch',
  մ: 'm',
  յ: 'y',
  ն: 'n',
  շ: 'sh',
  ո: 'o',
  չ: 'ch',
  պ: 'p',
  ջ: 'j',
  ռ: 'r',
  ս: 's',
  վ: 'v',
  տ: 't',
  ր: 'r',
  ց: 'ts',
  ւ: 'v',
  փ: 'p',
  ք: 'k',
  օ: 'o',
  ֆ: 'f',
  և: 'yev',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** Letters of any script to plain Latin letters (lower case, no diacritics). */
export function romanise(word: string): string {
  let s = word.normalize('NFC').toLowerCase();
  s = s
    .replace(/^ե/, 'ye')
    .replace(/^ո(?!ւ)/, 'vo')
    .replace(/ու/g, 'u');
  let out = '';
  for (const ch of s) out += AZERBAIJANI[ch] ?? CYRILLIC[ch] ?? ARMENIAN[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
}

/** Ordered spelling equivalences between transliteration traditions (longest first). */
const FOLDS: [string, string][] = [
  ['dzh', 'j'],
  ['dj', 'j'],
  ['kh', 'kh'],
  ['ch', 'ch'],
  ['sh', 'sh'],
  ['zh', 'zh'],
  ['gh', 'g'],
  ['ou', 'u'],
  ['x', 'kh'],
  ['c', 'j'], // Azerbaijani c is English j (Kəlbəcər, Kalbajar)
  ['q', 'g'], // Azerbaijani q is English g (Qubadlı, Gubadli)
  ['w', 'v'],
  ['e', 'a'], // ə, e and a swap freely between traditions (Kəlbəcər, Kelbajar, Kalbajar)
];

/** Words that stand for one another in names (US / UK spelling, kinds of airfield). */
const SYNONYMS: Record<string, string> = {
  airfield: 'airport',
  airbase: 'airport',
  aerodrome: 'airport',
  center: 'centre',
  rayonu: 'rayon',
};

/** The comparison key of one word. */
export function foldKey(word: string): string {
  const r = romanise(word);
  const s = SYNONYMS[r] ?? r;
  let out = '';
  for (let i = 0; i < s.length;) {
    const fold = FOLDS.find(([from]) => s.startsWith(from, i));
    if (fold) {
      out += fold[1];
      i += fold[0].length;
      continue;
    }
    const ch = s[i] as string;
    // y is a consonant before a vowel (Yerevan) and a vowel elsewhere (Khojaly, Dashalty)
    out += ch === 'y' && !VOWELS.has(s[i + 1] ?? '') ? 'i' : ch;
    i += 1;
  }
  return out.replace(/(.)\1+/g, '$1'); // Farrukh, Farukh
}

/** Damerau–Levenshtein distance (optimal string alignment), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(d);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

const WORD = /\p{L}[\p{L}\p{M}]*|\p{N}+/gu;

/** A text as folded words joined by spaces ("Lachin corridor (5 km)" → "lajin coridor 5 km"). */
export function foldText(text: string): string {
  return [...text.matchAll(WORD)]
    .map((m) => (/^\p{N}/u.test(m[0]) ? m[0] : foldKey(m[0])))
    .join(' ');
}
