/**
 * Folds a name for matching across spellings: lower case, no diacritics (ş→s, ç→c, ğ→g, ö→o, ü→u, ı→i),
 * Azerbaijani x as kh, and ə both as e and as a. "Fərrux", "Farrukh" and "farrux" all meet.
 */
export function foldKeys(text: string): string[] {
  const base = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/x/g, 'kh')
    .replace(/[’'`ʼ]/g, '')
    .replace(/[\s\-_/(),.]+/g, ' ')
    .trim();
  if (!base.includes('ə')) return [base];
  return [base.replace(/ə/g, 'e'), base.replace(/ə/g, 'a')];
}

/** How well a folded query matches folded text: 0 exact, 1 prefix, 2 word prefix, 3 inside, null none. */
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
      if (score !== null && (best === null || score < best)) best = score;
    }
  }
  return best;
}
