/**
 * Resolves the date expressions of a text to calendar dates. Deictic words ("today", "on Sunday",
 * "last year") count from the publication date; anaphoric ones ("the next day") and dates without
 * a year ("March 26") lean on the dates the text gave before them.
 */
import { addMonths, dayFromIso, isoFromDay } from '../../src/time/days.ts';
import type { DateMatch, Part, RawDate, Season, Unit } from './dates.ts';
import { sentenceAt, sentences, type Sentence } from './sentences.ts';

export type Precision = 'day' | 'range' | 'month' | 'year' | 'approximate';

export interface ResolvedDate {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY, or an interval a/b of those */
  iso: string;
  precision: Precision;
  /** first and last calendar day it can mean */
  from: string;
  to: string;
  /** how it was resolved, for the editor */
  basis: string;
  /** a date alone on its line (a byline or page stamp), not used to resolve other dates */
  dateline: boolean;
}

type DateRaw = Extract<RawDate, { type: 'date' }>;

interface Done {
  match: DateMatch;
  out: ResolvedDate;
  sentence: number;
  /** for calendar dates: the month, day and year they resolved to */
  month?: number;
  day?: number;
  year?: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const weekday = (day: number) => (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
const yearOfDay = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
const monthOfDay = (day: number) => new Date(day * 86_400_000).getUTCMonth() + 1;
const monthIso = (day: number) => isoFromDay(day).slice(0, 7);

const PART_DAYS: Record<Part, (y: number, m: number) => [number, number]> = {
  early: () => [1, 10],
  mid: () => [11, 20],
  late: (y, m) => [21, lastDay(y, m)],
};
const PART_MONTHS: Record<Part, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
const PART_DECADE: Record<Part, [number, number]> = { early: [0, 3], mid: [4, 6], late: [7, 9] };

const FUTURE =
  /\b(?:will|shall|(?:is|are) (?:due|scheduled|set|expected|planned) (?:to|for)|to be held|plans? to)\b/i;

/** True when the clause that leads up to the date is in the future tense ("will move … on Tuesday"). */
function futureTense(ctx: Context): boolean {
  const before = ctx.text.slice(ctx.sents[ctx.sentence]?.start ?? 0, ctx.match.start);
  const clause =
    before.split(/[,;:]\s+(?:and|but|while|whereas)\s+|;\s*|\s+but\s+|\s+while\s+/).pop() ?? '';
  return FUTURE.test(clause);
}
const NAMED = /\d{4}/; // a date that names its year

interface Span {
  from: number;
  to: number;
  iso: string;
  precision: Precision;
  basis: string;
}

const daySpan = (day: number, basis: string): Span => ({
  from: day,
  to: day,
  iso: isoFromDay(day),
  precision: 'day',
  basis,
});
const interval = (from: number, to: number, precision: Precision, basis: string): Span => ({
  from,
  to,
  iso: `${isoFromDay(from)}/${isoFromDay(to)}`,
  precision,
  basis,
});
const yearSpan = (y: number, basis: string): Span => ({
  from: ymd(y, 1, 1),
  to: ymd(y, 12, 31),
  iso: pad(y, 4),
  precision: 'year',
  basis,
});
const monthSpan = (y: number, m: number, basis: string): Span => ({
  from: ymd(y, m, 1),
  to: ymd(y, m, lastDay(y, m)),
  iso: `${pad(y, 4)}-${pad(m)}`,
  precision: 'month',
  basis,
});

export function resolveDates(
  text: string,
  matches: DateMatch[],
  published: string,
): ResolvedDate[] {
  const pub = dayFromIso(published);
  if (pub === null) throw new Error(`not a date: ${published}`);
  const sents = sentences(text);
  const done: Done[] = [];
  const consumed = new Set<number>();
  for (const match of matches) {
    if (consumed.has(match.start)) continue; // the "2020" of "November 10 (…), 2020"
    const sentence = sentenceAt(sents, match.start);
    const ctx: Context = { text, pub, done, sentence, sents, match, consumed };
    const resolved = resolveOne(match.raw, ctx);
    if (!resolved) continue;
    const { span, month, day, year } = resolved;
    done.push({
      match,
      sentence,
      month,
      day,
      year,
      out: {
        start: match.start,
        end: match.end,
        text: match.text,
        iso: span.iso,
        precision: span.precision,
        from: isoFromDay(span.from),
        to: isoFromDay(span.to),
        basis: span.basis,
        dateline: isDateline(text, match, matches),
      },
    });
  }
  return done.map((d) => d.out);
}

interface Context {
  text: string;
  pub: number;
  done: Done[];
  sentence: number;
  sents: Sentence[];
  match: DateMatch;
  /** offsets of years that a date before them has taken as its own */
  consumed: Set<number>;
}

interface Resolved {
  span: Span;
  month?: number;
  day?: number;
  year?: number;
}

function resolveOne(raw: RawDate, ctx: Context): Resolved | null {
  const { pub } = ctx;
  switch (raw.type) {
    case 'date':
      return calendarDate(raw, ctx);
    case 'year':
      return { span: yearish(raw) };
    case 'season':
      return { span: season(raw, ctx) };
    case 'weekday': {
      const future = raw.direction === 'next' || (raw.direction === 'auto' && futureTense(ctx));
      const w = weekday(pub);
      if (future) {
        const ahead = (raw.weekday - w + 7) % 7 || 7;
        return { span: daySpan(pub + ahead, 'the next such weekday after publication') };
      }
      let back = (w - raw.weekday + 7) % 7;
      if (raw.direction === 'last' && back === 0) back = 7;
      return { span: daySpan(pub - back, 'that weekday, on or before publication') };
    }
    case 'deictic':
      return { span: deictic(raw.unit, raw.offset, pub) };
    case 'ago': {
      const basis = 'counted back from publication';
      if (raw.unit === 'hour') return { span: daySpan(pub, 'publication date') };
      if (raw.unit === 'day') return { span: daySpan(pub - raw.count, basis) };
      if (raw.unit === 'week')
        return { span: { ...daySpan(pub - 7 * raw.count, basis), precision: 'approximate' } };
      if (raw.unit === 'month') {
        const d = addMonths(pub, -raw.count);
        return { span: monthSpan(yearOfDay(d), monthOfDay(d), basis) };
      }
      return { span: yearSpan(yearOfDay(pub) - raw.count, basis) };
    }
    case 'recent': {
      const from =
        raw.unit === 'day'
          ? pub - raw.count
          : raw.unit === 'week'
            ? pub - 7 * raw.count
            : addMonths(pub, -(raw.unit === 'month' ? raw.count : 12 * raw.count));
      return {
        span: interval(from, pub, 'approximate', 'a conventional window before publication'),
      };
    }
    case 'anaphoric':
      return { span: anaphoric(raw.unit, raw.offset, ctx) };
  }
}

function deictic(unit: Unit, offset: number, pub: number): Span {
  const basis = 'counted from publication';
  if (unit === 'day') return daySpan(pub + offset, offset ? basis : 'publication date');
  if (unit === 'week') {
    const monday = pub - ((weekday(pub) + 6) % 7) + 7 * offset;
    return interval(monday, offset === 0 ? pub : monday + 6, 'approximate', basis);
  }
  if (unit === 'month') {
    const d = addMonths(pub, offset);
    return monthSpan(yearOfDay(d), monthOfDay(d), basis);
  }
  return yearSpan(yearOfDay(pub) + offset, basis);
}

function anaphoric(unit: Unit, offset: number, ctx: Context): Span {
  const ref = [...ctx.done]
    .reverse()
    .find((d) => !d.out.dateline && (d.out.precision === 'day' || d.out.precision === 'range'));
  const basis = ref ? `counted from "${ref.match.text}"` : 'counted from publication';
  // "the next day" after "September 19-20" is the 21st; "the day before" it, the 18th
  const anchor = ref ? (dayFromIso(offset > 0 ? ref.out.to : ref.out.from) as number) : ctx.pub;
  if (unit === 'day') return daySpan(anchor + offset, basis);
  if (unit === 'week') return { ...daySpan(anchor + 7 * offset, basis), precision: 'approximate' };
  if (unit === 'month') {
    const d = addMonths(anchor, offset);
    return monthSpan(yearOfDay(d), monthOfDay(d), basis);
  }
  return yearSpan(yearOfDay(anchor) + offset, basis);
}

const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** A season as three months; winter is December to February and belongs to its December's year. */
function season(raw: Extract<RawDate, { type: 'season' }>, ctx: Context): Span {
  const m0 = SEASON_START[raw.season];
  const bounds = (y: number): [number, number] => {
    const endYear = m0 === 12 ? y + 1 : y;
    const endMonth = m0 === 12 ? 2 : m0 + 2;
    return [ymd(y, m0, 1), ymd(endYear, endMonth, lastDay(endYear, endMonth))];
  };
  const pubYear = yearOfDay(ctx.pub);
  const years = [pubYear - 2, pubYear - 1, pubYear, pubYear + 1];
  let year: number;
  let basis = 'counted from publication';
  if (raw.year !== undefined) [year, basis] = [raw.year, 'as written'];
  else if (raw.relative === 'next' || (!raw.relative && futureTense(ctx)))
    year = years.find((y) => bounds(y)[0] > ctx.pub) as number;
  else if (raw.relative === 'last')
    year = years.filter((y) => bounds(y)[1] < ctx.pub).pop() as number;
  else year = years.filter((y) => bounds(y)[0] <= ctx.pub).pop() as number; // this / the latest
  const [from, to] = bounds(year);
  return {
    from,
    to,
    iso: `${monthIso(from)}/${monthIso(to)}`,
    precision: 'approximate',
    basis,
  };
}

function yearish(raw: Extract<RawDate, { type: 'year' }>): Span {
  const basis = 'as written';
  if (raw.decade) {
    const [a, b] = raw.part ? PART_DECADE[raw.part] : [0, 9];
    const [y0, y1] = [raw.year + a, raw.year + b];
    return {
      from: ymd(y0, 1, 1),
      to: ymd(y1, 12, 31),
      iso: `${y0}/${y1}`,
      precision: 'approximate',
      basis,
    };
  }
  if (raw.yearTo !== undefined) {
    return {
      from: ymd(raw.year, 1, 1),
      to: ymd(raw.yearTo, 12, 31),
      iso: `${raw.year}/${raw.yearTo}`,
      precision: 'range',
      basis,
    };
  }
  if (raw.part) {
    const [m0, m1] = PART_MONTHS[raw.part];
    return {
      from: ymd(raw.year, m0, 1),
      to: ymd(raw.year, m1, lastDay(raw.year, m1)),
      iso: `${raw.year}-${pad(m0)}/${raw.year}-${pad(m1)}`,
      precision: 'approximate',
      basis,
    };
  }
  return yearSpan(raw.year, basis);
}

function calendarDate(raw: DateRaw, ctx: Context): Resolved | null {
  const pubYear = yearOfDay(ctx.pub);
  const pubMonth = monthOfDay(ctx.pub);
  let year: number;
  let basis: string;
  if (raw.year !== undefined) [year, basis] = [raw.year, 'as written'];
  else if (raw.yearOffset !== undefined)
    [year, basis] = [pubYear + raw.yearOffset, 'year counted from publication'];
  else if (raw.relative === 'this') [year, basis] = [pubYear, 'year of publication'];
  else if (raw.relative === 'last')
    [year, basis] = [
      raw.month < pubMonth ? pubYear : pubYear - 1,
      'the last such month before publication',
    ];
  else if (raw.relative === 'next')
    [year, basis] = [
      raw.month > pubMonth ? pubYear : pubYear + 1,
      'the next such month after publication',
    ];
  else [year, basis] = chooseYear(raw, ctx);

  const { month, day } = raw;
  const keep = { month, day, year };
  if (day !== undefined && day > lastDay(year, month)) return null;
  if (day !== undefined && raw.dayTo !== undefined) {
    const monthTo = raw.monthTo ?? month;
    const yearTo = monthTo < month ? year + 1 : year;
    if (raw.dayTo > lastDay(yearTo, monthTo)) return null;
    const [a, b] = [ymd(year, month, day), ymd(yearTo, monthTo, raw.dayTo)];
    if (b <= a) return null;
    return { ...keep, span: interval(a, b, 'range', basis) };
  }
  if (day !== undefined) return { ...keep, span: daySpan(ymd(year, month, day), basis) };
  if (raw.part) {
    const [a, b] = PART_DAYS[raw.part](year, month);
    return {
      ...keep,
      span: interval(ymd(year, month, a), ymd(year, month, b), 'approximate', basis),
    };
  }
  return { ...keep, span: monthSpan(year, month, basis) };
}

/**
 * The year of a date written without one:
 * 1. a year written just after it ("November 10 (November 9 in Moscow), 2020");
 * 2. the year of the same date written earlier ("the November 10 deal" after "November 10, 2020");
 * 3. in a future-tense sentence, the first such date from publication on;
 * 4. the year of a date in the last few sentences, if that does not move the story backwards
 *    ("On August 11, 2021 … Later on August 14");
 * 5. otherwise the latest such date not long after publication (news reports the recent past).
 */
function chooseYear(raw: DateRaw, ctx: Context): [number, string] {
  const { text, match, done, pub } = ctx;
  const after = text.slice(match.end, match.end + 120);
  const before = text.slice(Math.max(0, match.start - 100), match.start);
  const written =
    /^\s*\([^()]{0,90}\)\s*,?\s*((?:19|20)\d{2})(?!\d)/.exec(after) ??
    (before.lastIndexOf('(') > before.lastIndexOf(')')
      ? /^[^()]{0,90}\)\s*,\s*((?:19|20)\d{2})(?!\d)/.exec(after)
      : null);
  if (written) {
    ctx.consumed.add(match.end + written.index + written[0].length - 4);
    return [Number(written[1]), 'year written after it'];
  }

  for (const d of [...done].reverse()) {
    if (d.year === undefined || d.month !== raw.month) continue;
    if (raw.day !== undefined && d.day !== raw.day) continue;
    return [d.year, `year of "${d.match.text}"`];
  }

  const limit = pub + 60;
  const future = futureTense(ctx);
  const pubYear = yearOfDay(pub);
  if (future) {
    // "will be handed over by the end of May": the first such date from publication on
    for (const y of [pubYear - 1, pubYear, pubYear + 1]) {
      if (ymd(y, raw.month, raw.day ?? lastDay(y, raw.month)) >= pub)
        return [y, 'next such date after publication (future tense)'];
    }
  }
  for (const d of [...done].reverse()) {
    if (d.out.dateline) continue;
    const near = ctx.sentence - d.sentence <= 3;
    const calendar =
      d.out.precision === 'day' || d.out.precision === 'range' || d.out.precision === 'month';
    const sameSentenceYear = d.sentence === ctx.sentence && d.out.precision === 'year';
    if (!near || !(calendar || sameSentenceYear)) continue;
    if (!NAMED.test(d.match.text) && d.year === undefined) continue;
    const y = Number(d.out.from.slice(0, 4));
    const candidate = ymd(y, raw.month, raw.day ?? 1);
    // a story moves forward: a date well before the one it leans on is not in that year
    const forward = candidate >= (dayFromIso(d.out.from) as number) - 31;
    if (forward && candidate <= limit) return [y, `year of "${d.match.text}" nearby`];
    break;
  }

  for (const y of [pubYear + 1, pubYear, pubYear - 1]) {
    if (ymd(y, raw.month, raw.day ?? 1) <= limit) return [y, 'latest such date up to publication'];
  }
  return [pubYear - 1, 'latest such date up to publication'];
}

/** A date alone on its line, apart from a few words ("Publishing date", a time, "1 minute read") and no full stop. */
function isDateline(text: string, match: DateMatch, all: DateMatch[]): boolean {
  const lineStart = text.lastIndexOf('\n', match.start - 1) + 1;
  const nl = text.indexOf('\n', match.end);
  const lineEnd = nl === -1 ? text.length : nl;
  let line = text.slice(lineStart, lineEnd);
  for (const d of all) {
    if (d.start >= lineStart && d.end <= lineEnd) line = line.replace(d.text, ' ');
  }
  // a sentence ends with a full stop; a page stamp does not ("Mar 27, 2022 • 4 hours ago")
  return (line.match(/\p{L}{2,}/gu) ?? []).length <= 5 && !/[.!?"”]\s*$/.test(line);
}
