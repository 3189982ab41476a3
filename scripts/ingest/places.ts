/**
 * Finds mentions of gazetteer places in a text: exact name variants (any convention or script),
 * inflected forms, and near-miss spellings (marked fuzzy). Resolves the corridor / town / district
 * by the words around a name and reports what it cannot resolve.
 */
import {
  DISTRICT_WORDS,
  SETTLEMENT_WORDS,
  type Gazetteer,
  type NameEntry,
  type PlaceInfo,
} from './gazetteer.ts';
import {
  editDistance,
  foldKey,
  isCapitalised,
  romanise,
  tokenize,
  type Token,
} from './normalise.ts';
import { sentenceAt, sentences } from './sentences.ts';

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** the gazetteer variant it was matched to */
  variant: string;
  /** exact: as in the gazetteer (case and diacritics aside); variant: another transliteration of it */
  how: 'exact' | 'variant' | 'inflected' | 'fuzzy';
}

export interface PlaceHit {
  id: string;
  /** true when every mention is a near miss */
  fuzzy: boolean;
  mentions: Mention[];
}

export interface Ambiguity {
  start: number;
  end: number;
  text: string;
  candidates: string[];
  chosen: string;
}

export interface Unmatched {
  start: number;
  end: number;
  text: string;
}

export interface PlaceResult {
  places: PlaceHit[];
  ambiguous: Ambiguity[];
  unmatched: Unmatched[];
}

/** Case endings tried when a word does not match as written (Фарруха, Ստեփանակերտում, Şuşada). */
const ENDINGS: Record<'cyrillic' | 'armenian' | 'latin', string[]> = {
  cyrillic: ['ого', 'ому', 'ом', 'ем', 'ой', 'ей', 'ах', 'ях', 'ы', 'и', 'а', 'я', 'у', 'ю', 'е'],
  armenian: ['ում', 'ից', 'ով', 'ի', 'ը', 'ն'],
  latin: ['dakı', 'dəki', 'dan', 'dən', 'nın', 'nin', 'nun', 'nün', 'da', 'də', 'ya', 'yə'],
};

/** Capitalised words that are never place names, however close they look. */
const NOT_PLACES = new Set(
  (
    'the a an and but or of in on at by for from to with this that these those it its he she they we ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'president minister ministry prime defence defense foreign affairs government office council ' +
    'army forces force agency news state states republic federation union commissioner high ' +
    'spokesperson spokesman secretary general chief head aide deputy ambassador embassy ' +
    'azeri azeris armenian armenians azerbaijani azerbaijanis russian russians turkish soviet ' +
    'western eastern northern southern west east north south central upper lower new old ' +
    'first second third former point related posts category world reuters tass dw afp twitter ' +
    'wikipedia commons photo video read more share author publishing date last edited users ' +
    'christian muslim islamic orthodox united nations un eu nato osce cis csto ' +
    'one two three four five six seven eight nine ten eleven twelve twenty hundred thousand'
  ).split(' '),
);

/** Words before a capitalised word that suggest it names a place. */
const PLACE_CUES =
  /(?:\b(?:in|near|from|to|into|at|outside|across|towards?|of|village of|town of|city of|region of|district of))\s+(?:the\s+)?$/i;
const PLACE_NOUNS = new Set([
  ...DISTRICT_WORDS,
  ...SETTLEMENT_WORDS,
  'river',
  'mountain',
  'mountains',
  'valley',
  'lake',
  'reservoir',
  'corridor',
  'airport',
  'bridge',
  'monastery',
  'pass',
  'heights',
  'height',
]);

interface Found {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  candidates: NameEntry[];
  how: Mention['how'];
}

function scriptOf(word: string): keyof typeof ENDINGS {
  if (/\p{Script=Cyrillic}/u.test(word)) return 'cyrillic';
  if (/\p{Script=Armenian}/u.test(word)) return 'armenian';
  return 'latin';
}

/** Words `a` and `b` are joined only by spaces or a hyphen on one line ("Nagorno-Karabakh"). */
function joined(text: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]*[-‐–]?[ \t\u00a0]*$/.test(text.slice(a.end, b.start)) && a.end < b.start;
}

/** A word that extends a place name into a demonym or adjective (Armenian, Azerbaijani, Russians). */
function derivedFromName(key: string, gaz: Gazetteer): boolean {
  return gaz.singleWord.some((e) => {
    const k = e.keys[0] as string;
    return (
      k.length >= 4 && key.length > k.length && key.length - k.length <= 4 && key.startsWith(k)
    );
  });
}

function exactAt(text: string, tokens: Token[], i: number, gaz: Gazetteer): Found | null {
  const first = tokens[i] as Token;
  const list = gaz.byFirstKey.get(first.key) ?? [];
  let best: Found | null = null;
  for (const entry of list) {
    const n = entry.keys.length;
    if (best && n < best.lastToken - best.firstToken + 1) break;
    let ok = i + n <= tokens.length;
    for (let j = 1; ok && j < n; j++) {
      const t = tokens[i + j] as Token;
      const want = entry.keys[j] as string;
      const plural = j === n - 1 && PLACE_NOUNS.has(t.text.toLowerCase().replace(/s$/, ''));
      ok =
        joined(text, tokens[i + j - 1] as Token, t) &&
        (t.key === want || (plural && t.key === `${want}s`));
    }
    if (!ok) continue;
    // a one-word match that only folding explains must not be an ordinary word ("Seven" ≠ Sevan)
    const folded = n === 1 && romanise(first.text) !== romanise(entry.name);
    if (folded && NOT_PLACES.has(first.text.toLowerCase())) continue;
    const last = tokens[i + n - 1] as Token;
    if (best && best.lastToken === i + n - 1) {
      if (folded) best.candidates.push(entry);
      else {
        best.candidates.unshift(entry); // the variant written exactly so is named first
        best.how = 'exact';
      }
    } else
      best = {
        start: first.start,
        end: last.end,
        firstToken: i,
        lastToken: i + n - 1,
        candidates: [entry],
        how: folded ? 'variant' : 'exact',
      };
  }
  return best;
}

function inflectedAt(tokens: Token[], i: number, gaz: Gazetteer): Found | null {
  const t = tokens[i] as Token;
  for (const ending of ENDINGS[scriptOf(t.text)]) {
    if (!t.text.toLowerCase().endsWith(ending) || t.text.length - ending.length < 3) continue;
    const key = foldKey(t.text.slice(0, -ending.length));
    const hits = gaz.singleWord.filter((e) => e.keys[0] === key);
    if (hits.length)
      return {
        start: t.start,
        end: t.end,
        firstToken: i,
        lastToken: i,
        candidates: hits,
        how: 'inflected',
      };
  }
  return null;
}

/** A capitalised word that may be a place name rather than an ordinary word or a demonym. */
function plausibleName(t: Token, gaz: Gazetteer): boolean {
  return !NOT_PLACES.has(t.text.toLowerCase()) && !derivedFromName(t.key, gaz);
}

function fuzzyAt(tokens: Token[], i: number, gaz: Gazetteer): Found | null {
  const t = tokens[i] as Token;
  if (t.key.length < 5 || !plausibleName(t, gaz)) return null;
  const max = t.key.length >= 9 ? 2 : 1;
  let bestDistance = max + 1;
  let hits: NameEntry[] = [];
  for (const e of gaz.singleWord) {
    const k = e.keys[0] as string;
    if (k.length < 5) continue;
    const d = editDistance(t.key, k, max);
    if (d < bestDistance) {
      bestDistance = d;
      hits = [e];
    } else if (d === bestDistance && d <= max) hits.push(e);
  }
  if (bestDistance > max || new Set(hits.map((h) => h.id)).size !== 1) return null;
  return {
    start: t.start,
    end: t.end,
    firstToken: i,
    lastToken: i,
    candidates: hits,
    how: 'fuzzy',
  };
}

function wordAfter(tokens: Token[], f: Found, text: string): Token | null {
  const next = tokens[f.lastToken + 1];
  return next && joined(text, tokens[f.lastToken] as Token, next) ? next : null;
}

function wordsBefore(text: string, f: Found): string {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  return text.slice(Math.max(lineStart, f.start - 24), f.start).toLowerCase();
}

type Cue = 'district' | 'settlement' | null;

function cueOf(text: string, tokens: Token[], f: Found): Cue {
  const after = wordAfter(tokens, f, text)?.text.toLowerCase() ?? '';
  if (DISTRICT_WORDS.has(after)) return 'district';
  if (SETTLEMENT_WORDS.has(after)) return 'settlement';
  const before = wordsBefore(text, f);
  if (/\b(?:district|region|province|rayon) of\s+(?:the\s+)?$/.test(before)) return 'district';
  if (/\b(?:town|city|village|settlement) of\s+(?:the\s+)?$/.test(before)) return 'settlement';
  return null;
}

const byPreference = (places: Map<string, PlaceInfo>) => (a: string, b: string) => {
  const rank = (id: string) =>
    ({ settlement: 0, district: 1, other: 2 })[places.get(id)?.class ?? 'other'];
  return rank(a) - rank(b);
};

/** Picks the place a match means, from its candidates and the words around it. */
function choose(
  text: string,
  tokens: Token[],
  f: Found,
  gaz: Gazetteer,
): { id: string; alternatives: string[] } {
  const ids = [...new Set(f.candidates.map((c) => c.id))];
  const twin = gaz.districtByName.get(tokens[f.firstToken]?.key ?? '');
  if (twin && !ids.includes(twin) && f.lastToken === f.firstToken && f.how !== 'fuzzy')
    ids.push(twin);
  ids.sort(byPreference(gaz.places));
  if (ids.length === 1) return { id: ids[0] as string, alternatives: [] };
  const cue = cueOf(text, tokens, f);
  const wanted = cue && ids.find((id) => gaz.places.get(id)?.class === cue);
  if (wanted) return { id: wanted, alternatives: [] };
  return { id: ids[0] as string, alternatives: ids.slice(1) };
}

export function findPlaces(text: string, gaz: Gazetteer): PlaceResult {
  const tokens = tokenize(text);
  const sents = sentences(text);
  const found: (Found & { id: string; alternatives: string[] })[] = [];
  const covered = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isCapitalised(t.text)) continue;
    const f =
      exactAt(text, tokens, i, gaz) ?? inflectedAt(tokens, i, gaz) ?? fuzzyAt(tokens, i, gaz);
    if (!f) continue;
    const { id, alternatives } = choose(text, tokens, f, gaz);
    // a district mention takes the word "region" / "district" that follows it
    const after = wordAfter(tokens, f, text);
    if (
      gaz.places.get(id)?.class === 'district' &&
      after &&
      DISTRICT_WORDS.has(after.text.toLowerCase())
    ) {
      f.end = after.end;
      f.lastToken += 1;
    }
    found.push({ ...f, id, alternatives });
    for (let j = f.firstToken; j <= f.lastToken; j++) covered.add(j);
    i = f.lastToken;
  }

  upgradeCoordinated(text, found, gaz);

  const places = new Map<string, PlaceHit>();
  const ambiguous: Ambiguity[] = [];
  for (const f of found) {
    const hit = places.get(f.id) ?? { id: f.id, fuzzy: true, mentions: [] };
    const variant = f.candidates.find((c) => c.id === f.id)?.name ?? f.candidates[0]?.name ?? '';
    hit.mentions.push({
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      variant,
      how: f.how,
    });
    hit.fuzzy &&= f.how === 'fuzzy';
    places.set(f.id, hit);
    if (f.alternatives.length)
      ambiguous.push({
        start: f.start,
        end: f.end,
        text: text.slice(f.start, f.end),
        candidates: [f.id, ...f.alternatives],
        chosen: f.id,
      });
  }

  return {
    places: [...places.values()],
    ambiguous,
    unmatched: unmatchedWords(text, tokens, covered, sents, gaz),
  };
}

/** "Khojaly and Lachin regions": a settlement listed before a district mention is its district. */
function upgradeCoordinated(
  text: string,
  found: (Found & { id: string; alternatives: string[] })[],
  gaz: Gazetteer,
): void {
  for (let k = found.length - 1; k > 0; k--) {
    const f = found[k] as (typeof found)[number];
    if (gaz.places.get(f.id)?.class !== 'district') continue;
    const lastWord = text.slice(f.start, f.end).split(/\s+/).pop()?.toLowerCase() ?? '';
    if (!DISTRICT_WORDS.has(lastWord)) continue;
    for (let j = k - 1; j >= 0; j--) {
      const prev = found[j] as (typeof found)[number];
      const next = found[j + 1] as (typeof found)[number];
      if (!/^\s*(?:,|,?\s*and|&)\s*$/.test(text.slice(prev.end, next.start))) break;
      const district = gaz.districtByName.get(foldKey(text.slice(prev.start, prev.end)));
      if (district) {
        prev.id = district;
        prev.alternatives = [];
      }
    }
  }
}

function unmatchedWords(
  text: string,
  tokens: Token[],
  covered: Set<number>,
  sents: ReturnType<typeof sentences>,
  gaz: Gazetteer,
): Unmatched[] {
  const out: Unmatched[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered.has(i) || !isCapitalised(t.text) || t.text.length < 4) continue;
    if (t.text === t.text.toUpperCase() && t.text.length <= 5) continue; // acronyms: UN, OSCE, TASS
    if (NOT_PLACES.has(t.text.toLowerCase()) || derivedFromName(t.key, gaz)) continue;
    const sentence = sents[sentenceAt(sents, t.start)];
    if (sentence && text.slice(sentence.start, t.start).trim() === '') continue; // sentence-initial
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, t.start - 20), t.start);
    const next = tokens[i + 1];
    const nounAfter = next && joined(text, t, next) && PLACE_NOUNS.has(next.text.toLowerCase());
    if (!PLACE_CUES.test(before) && !nounAfter) continue;
    // a run of capitalised words is one name (Kiçik Qaladərəsi); skip runs that contain a non-place word
    let j = i;
    while (
      tokens[j + 1] &&
      joined(text, tokens[j] as Token, tokens[j + 1] as Token) &&
      isCapitalised((tokens[j + 1] as Token).text)
    )
      j++;
    const run = tokens.slice(i, j + 1);
    if (run.some((w, k) => NOT_PLACES.has(w.text.toLowerCase()) || covered.has(i + k))) {
      i = j;
      continue;
    }
    const last = tokens[j] as Token;
    out.push({ start: t.start, end: last.end, text: text.slice(t.start, last.end) });
    i = j;
  }
  return out;
}
