/**
 * The date grammar: finds date expressions in English news text and parses each into a raw form
 * (what the words say), without resolving it to a calendar date (see resolve.ts).
 */

export type Part = 'early' | 'mid' | 'late';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type Unit = 'day' | 'week' | 'month' | 'year';

export type RawDate =
  /** a calendar date or month, possibly without a year: "March 24", "24.03.22", "early August" */
  | {
      type: 'date';
      month: number;
      day?: number;
      /** end of a range: "September 19-20", "30 March - 1 April" */
      monthTo?: number;
      dayTo?: number;
      year?: number;
      part?: Part;
      /** "September last year" */
      yearOffset?: number;
      /** "this February", "last May" */
      relative?: 'this' | 'last' | 'next';
    }
  /** "next spring", "the summer of 2021", "last winter" */
  | { type: 'season'; season: Season; year?: number; relative?: 'this' | 'last' | 'next' }
  /** "2020", "1991-1993", "the early 1990s", "late 2020" */
  | { type: 'year'; year: number; yearTo?: number; part?: Part; decade?: boolean }
  /** "on Sunday", "Thursday morning", "last Friday" */
  | { type: 'weekday'; weekday: number; direction: 'auto' | 'last' | 'next' }
  /** "today", "yesterday", "this week", "last year" */
  | { type: 'deictic'; unit: Unit; offset: number }
  /** "4 hours ago", "two days ago" */
  | { type: 'ago'; unit: Unit | 'hour'; count: number }
  /** "over the past few days", "in recent months" */
  | { type: 'recent'; unit: Unit; count: number }
  /** "the next day", "two days later": counted from the last date the text gave */
  | { type: 'anaphoric'; unit: Unit; offset: number };

export interface DateMatch {
  start: number;
  end: number;
  text: string;
  raw: RawDate;
}

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  few: 3,
  several: 5,
};

// building blocks (used with the u and i flags; capitalisation is checked after matching)
const M =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![\\p{L}])';
const D = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])';
const Y = '(?:19|20)\\d{2}(?!\\d)';
const PART =
  '(?:early|mid|late|the\\s+end\\s+of|end\\s+of|the\\s+beginning\\s+of|beginning\\s+of|the\\s+start\\s+of|start\\s+of|the\\s+middle\\s+of|middle\\s+of)';
const WD = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?![\\p{L}])';
const COUNT =
  '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few|few|several|a\\s+couple\\s+of)';

const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')] as number;
const num = (s: string | undefined) => (s === undefined ? undefined : parseInt(s, 10));
const countOf = (s: string) => {
  const w = s
    .toLowerCase()
    .replace(/^a\s+/, '')
    .replace(/\s+of$/, '');
  return NUMBER_WORDS[w] ?? NUMBER_WORDS[s.toLowerCase()] ?? parseInt(s, 10);
};
const unitOf = (s: string): Unit => s.toLowerCase().replace(/s$/, '') as Unit;
function partOf(s: string | undefined): Part | undefined {
  if (!s) return undefined;
  const w = s.toLowerCase();
  if (w.includes('end') || w.startsWith('late')) return 'late';
  if (w.includes('mid')) return 'mid';
  return 'early';
}
const yearOf = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const n = parseInt(s, 10);
  return s.length === 2 ? (n < 70 ? 2000 + n : 1900 + n) : n;
};

/** A season word counts only after a cue ("in spring"), never alone ("a spring", "to spring"). */
const cued = (g: Record<string, string | undefined>) => g.cue !== undefined;

interface Rule {
  re: RegExp;
  /** null when the match is not a date after all */
  parse: (g: Record<string, string | undefined>, m: RegExpMatchArray) => RawDate | null;
}

const rule = (source: string, parse: Rule['parse']): Rule => ({
  re: new RegExp(source, 'giu'),
  parse,
});

const RULES: Rule[] = [
  // 2022-03-24
  rule(`(?<![\\d-])(?<y>${Y})-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\\d|3[01])(?!\\d)`, (g) => ({
    type: 'date',
    year: num(g.y),
    month: num(g.m) as number,
    day: num(g.d),
  })),
  // 24.03.22, 24/03/2022 (day first, as in Europe; month first when the day cannot be a month)
  rule(
    `(?<![\\d./])(?<a>[0-3]?\\d)(?<sep>[./])(?<b>[01]?\\d)\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\d]|[./]\\d)`,
    (g) => {
      let [day, month] = [num(g.a) as number, num(g.b) as number];
      if (month > 12 && day <= 12) [day, month] = [month, day];
      if (month < 1 || month > 12 || day < 1) return null;
      return { type: 'date', year: yearOf(g.y), month, day };
    },
  ),
  // March 24 | Nov. 10, 2020 | September 19-20, 2023 | March 30 - April 1
  rule(
    `(?<m>${M})\\s+(?<d>${D})(?:\\s*[-–]\\s*(?:(?<m2>${M})\\s+)?(?<d2>${D}))?(?:,?\\s+(?<y>${Y}))?`,
    (g) => ({
      type: 'date',
      month: monthOf(g.m as string),
      day: num(g.d),
      monthTo: g.m2 ? monthOf(g.m2) : g.d2 ? monthOf(g.m as string) : undefined,
      dayTo: num(g.d2),
      year: num(g.y),
    }),
  ),
  // 24 March 2022 | 19-20 September | 30 March - 1 April 2023 | the 24th of March
  rule(
    `(?<![\\d,.])(?<d>${D})(?:\\s*[-–]\\s*(?<d2>${D})(?:\\s+(?:of\\s+)?(?<m1>${M}))?)?\\s+(?:of\\s+)?(?<m>${M})(?:,?\\s+(?<y>${Y}))?`,
    (g) => {
      const month = monthOf(g.m as string);
      if (g.m1) {
        // "30 March - 1 April": the first day belongs to m1, the second to m
        return {
          type: 'date',
          month: monthOf(g.m1),
          day: num(g.d),
          monthTo: month,
          dayTo: num(g.d2),
          year: num(g.y),
        };
      }
      return {
        type: 'date',
        month,
        day: num(g.d),
        monthTo: g.d2 ? month : undefined,
        dayTo: num(g.d2),
        year: num(g.y),
      };
    },
  ),
  // early August | mid-April 2024 | the end of March
  rule(`\\b(?<p>${PART})[\\s-]*(?<m>${M})(?:,?\\s+(?<y>${Y}))?`, (g) => ({
    type: 'date',
    month: monthOf(g.m as string),
    part: partOf(g.p),
    year: num(g.y),
  })),
  // October 2021
  rule(`(?<m>${M}),?\\s+(?<y>${Y})`, (g) => ({
    type: 'date',
    month: monthOf(g.m as string),
    year: num(g.y),
  })),
  // this February | last May | in September last year | the November declaration
  rule(
    `(?:\\b(?<rel>this|last|next)\\s+|(?<=\\b(?:in|since|from|until|till|by|during|of|the|early|late)\\s+))(?<m>${M})(?:\\s+(?<yrel>last|this|next)\\s+year\\b)?`,
    (g) => {
      const month = monthOf(g.m as string);
      if (month === 5 && !g.rel && !g.yrel) return null; // "may" is too often a verb
      return {
        type: 'date',
        month,
        relative: g.rel?.toLowerCase() as 'this' | 'last' | 'next' | undefined,
        yearOffset: g.yrel ? { last: -1, this: 0, next: 1 }[g.yrel.toLowerCase()] : undefined,
      };
    },
  ),
  // next spring | the summer of 2021 | in winter ("fall" only with this/last/next or a year)
  rule(
    `(?:\\b(?<rel>this|last|next)\\s+|(?<=\\b(?<cue>in|during|by|since|until|the)\\s+))?(?<s>spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(?<y>${Y}))?`,
    (g) => {
      const name = (g.s as string).toLowerCase();
      const rel = g.rel?.toLowerCase() as 'this' | 'last' | 'next' | undefined;
      if (!rel && !g.y && (name === 'fall' || !cued(g))) return null;
      return {
        type: 'season',
        season: (name === 'fall' ? 'autumn' : name) as Season,
        year: num(g.y),
        relative: rel,
      };
    },
  ),
  // the early 1990s
  rule(`\\b(?:(?<p>early|mid|late)[\\s-]+)?(?<y>(?:19|20)\\d)0s\\b`, (g) => ({
    type: 'year',
    year: (num(g.y) as number) * 10,
    decade: true,
    part: partOf(g.p),
  })),
  // 1991-1993 | from 1991 to 1994 | between 1991 and 1994
  rule(
    `(?<![\\d,.:/-])(?:(?:from|between)\\s+)?(?<y>${Y})\\s*(?:[-–]|\\bto\\b|\\band\\b|\\buntil\\b)\\s*(?<y2>${Y}|\\d{2}(?!\\d))`,
    (g, m) => {
      const year = num(g.y) as number;
      let yearTo = num(g.y2) as number;
      if ((g.y2 as string).length === 2) yearTo = Math.floor(year / 100) * 100 + yearTo;
      const plainAnd = /\band\b/i.test(m[0]) && !/^between/i.test(m[0]);
      if (yearTo <= year || plainAnd) return null;
      return { type: 'year', year, yearTo };
    },
  ),
  // late 2020 | mid-2024
  rule(`\\b(?<p>${PART})[\\s-]*(?<y>${Y})`, (g) => ({
    type: 'year',
    year: num(g.y) as number,
    part: partOf(g.p),
  })),
  // 2020 (not a count, a price or a time)
  rule(
    `(?<![\\d,.$£€#:/-])(?<y>${Y})(?!\\s*(?:km|kilomet|%|per\\s*cent|people|troops|soldiers|vehicles|metres|meters|tons|tonnes|dollars|euros|manat)|[,.:]\\d|[-–]\\d)`,
    (g) => ({ type: 'year', year: num(g.y) as number }),
  ),
  // on Sunday | Thursday morning | last Friday
  rule(
    `(?:\\b(?<dir>on|last|this|next|by|since|until|from)\\s+)?(?<w>${WD})(?:\\s+(?:morning|afternoon|evening|night)\\b)?`,
    (g) => ({
      type: 'weekday',
      weekday: WEEKDAYS.indexOf((g.w as string).toLowerCase()),
      direction:
        g.dir?.toLowerCase() === 'last'
          ? 'last'
          : g.dir?.toLowerCase() === 'next'
            ? 'next'
            : 'auto',
    }),
  ),
  // today | yesterday | this morning | the day before yesterday
  rule(
    `\\b(?<w>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight|yesterday|tomorrow|this\\s+(?:morning|afternoon|evening)|last\\s+night)\\b`,
    (g) => {
      const w = (g.w as string).toLowerCase().replace(/\s+/g, ' ');
      const offset =
        w === 'the day before yesterday'
          ? -2
          : w === 'the day after tomorrow'
            ? 2
            : w === 'yesterday' || w === 'last night'
              ? -1
              : w === 'tomorrow'
                ? 1
                : 0;
      return { type: 'deictic', unit: 'day', offset };
    },
  ),
  // this week | last month | next year | earlier this year
  rule(
    `\\b(?:(?:earlier|later)\\s+)?(?<rel>this|last|next|the\\s+past|the\\s+previous|the\\s+coming)\\s+(?<u>week|month|year)\\b`,
    (g) => {
      const rel = (g.rel as string).toLowerCase().replace(/\s+/g, ' ');
      const offset = rel === 'this' ? 0 : rel === 'next' || rel === 'the coming' ? 1 : -1;
      return { type: 'deictic', unit: unitOf(g.u as string), offset };
    },
  ),
  // 4 hours ago | two days ago
  rule(`\\b(?<n>${COUNT})\\s+(?<u>minutes?|hours?|days?|weeks?|months?|years?)\\s+ago\\b`, (g) => {
    const u = (g.u as string).toLowerCase().replace(/s$/, '');
    const unit = u === 'minute' || u === 'hour' ? 'hour' : (u as Unit);
    return { type: 'ago', unit, count: countOf(g.n as string) };
  }),
  // over the past few days | in recent months | the last two weeks
  rule(
    `\\b(?:(?:the\\s+)?(?:past|last)\\s+(?<n>${COUNT})|recent)\\s+(?<u>days|weeks|months|years)\\b`,
    (g) => ({ type: 'recent', unit: unitOf(g.u as string), count: g.n ? countOf(g.n) : 3 }),
  ),
  // the next day | the following week | two days later | the day before | that day
  // ("before" / "after" only at the end of a clause: "six months before the expiry" is not a date,
  // nor is a comparison: "a day later than agreed")
  rule(
    `\\b(?:(?<w>the\\s+(?:next|following|previous|same)|that|a|an)\\s+(?<u>day|week|month|year)(?:\\s+(?<dir>later|earlier|(?:after|before)(?=\\s*(?:[,.;:!?)]|$))))?|(?<n>\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?<u2>days|weeks|months|years)\\s+(?<dir2>later|earlier|(?:after|before)(?=\\s*(?:[,.;:!?)]|$))))\\b(?!\\s+than\\b)`,
    (g) => {
      const unit = unitOf((g.u ?? g.u2) as string);
      const w = (g.w ?? '').toLowerCase().replace(/\s+/g, ' ');
      const dir = (g.dir ?? g.dir2 ?? '').toLowerCase();
      if ((w === 'a' || w === 'an') && !dir) return null; // "a day" alone is a duration
      if (g.n) {
        const n = countOf(g.n);
        return { type: 'anaphoric', unit, offset: dir === 'later' || dir === 'after' ? n : -n };
      }
      const back = w === 'the previous' || dir === 'earlier' || dir === 'before';
      const same = w === 'that' || w === 'the same';
      return { type: 'anaphoric', unit, offset: same && !dir ? 0 : back ? -1 : 1 };
    },
  ),
];

/** Month and weekday names count only when capitalised ("may" and "march" are also verbs). */
function capitalisedNames(text: string): boolean {
  const names = text.match(/\p{L}+/gu) ?? [];
  return names.every((w) => {
    const lower = w.toLowerCase();
    const isName = Object.hasOwn(MONTHS, lower) || WEEKDAYS.includes(lower);
    return !isName || w[0] !== w[0]?.toLowerCase();
  });
}

/** Every date expression in the text, longest first where they overlap, in reading order. */
export function findDates(text: string): DateMatch[] {
  const all: DateMatch[] = [];
  for (const { re, parse } of RULES) {
    for (const m of text.matchAll(re)) {
      if (!capitalisedNames(m[0])) continue;
      const raw = parse(m.groups ?? {}, m);
      if (!raw || !plausible(raw)) continue;
      all.push({ start: m.index, end: m.index + m[0].length, text: m[0], raw });
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMatch[] = [];
  for (const d of all) {
    if (kept.some((k) => d.start < k.end && k.start < d.end)) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function plausible(raw: RawDate): boolean {
  if (raw.type !== 'date') return true;
  const days = (m: number) => [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  if (raw.day !== undefined && raw.day > days(raw.month)) return false;
  if (raw.dayTo !== undefined && raw.dayTo > days(raw.monthTo ?? raw.month)) return false;
  return true;
}
