/** Events: by id (an index, built once per data set), on a day, at a place, and their dates in words. */
import type { CompiledData, EventRecord } from '../data/types.ts';
import { formatDay } from '../time/days.ts';
import { strings } from '../ui/strings.ts';

const indexes = new WeakMap<CompiledData, Map<string, EventRecord>>();

export function eventById(data: CompiledData, id: string): EventRecord | undefined {
  let index = indexes.get(data);
  if (!index) {
    index = new Map(data.events.map((e) => [e.id, e]));
    indexes.set(data, index);
  }
  return index.get(id);
}

/** True while the event is going on (its first to its last day). */
export const isLiveOn = (e: EventRecord, day: number): boolean => e.t0 <= day && day <= e.t1;

/** The events at a place (or area) that have begun by the day, in date order. */
export function eventsAtPlaceBy(data: CompiledData, placeId: string, day: number): EventRecord[] {
  return (data.placeEvents[placeId] ?? [])
    .map((id) => eventById(data, id))
    .filter((e): e is EventRecord => !!e && e.t0 <= day);
}

/** The precision of an event's end: its own when given, else the event's. */
const endPrecision = (e: EventRecord): EventRecord['precision'] => e.end_precision ?? e.precision;

/**
 * An event's date in words, saying how precise it is: "24 March 2022 – 27 March 2022", "March 2022",
 * "12 December 2022 – about 19 September 2023" (an exact start, an uncertain end).
 */
export function eventDateText(e: EventRecord): string {
  if (e.t1 !== e.t0 && endPrecision(e) !== e.precision)
    return `${dayText(e.t0, e.precision)} – ${dayText(e.t1, endPrecision(e))}`;
  const start = formatDay(e.t0);
  const range = e.t1 !== e.t0 ? `${start} – ${formatDay(e.t1)}` : start;
  if (e.precision === 'month') return formatMonthRange(e.t0, e.t1);
  return e.precision === 'approximate' ? strings.dates.about(range) : range;
}

/** How precise an event's date is, in words: "exact day", or each end's when they differ. */
export function eventPrecisionText(e: EventRecord): string {
  const p = strings.datePrecision;
  if (e.t1 !== e.t0 && endPrecision(e) !== e.precision)
    return strings.dates.startAndEnd(p[e.precision], p[endPrecision(e)]);
  return p[e.precision];
}

function dayText(day: number, precision: EventRecord['precision']): string {
  if (precision === 'month') return formatMonth(day);
  return precision === 'approximate' ? strings.dates.about(formatDay(day)) : formatDay(day);
}

function formatMonthRange(t0: number, t1: number): string {
  const a = formatMonth(t0);
  const b = formatMonth(t1);
  return a === b ? a : `${a} – ${b}`;
}

const MONTH = new Intl.DateTimeFormat(strings.locale, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const formatMonth = (day: number): string => MONTH.format(new Date(day * 86_400_000));
