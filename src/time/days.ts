/** Calendar dates as whole days since 1970-01-01 (UTC), the unit the map filters on. */
import { strings } from '../ui/strings.ts';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a real ISO date (YYYY-MM-DD), or null for anything else (e.g. 2023-02-30). */
export function dayFromIso(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

export function isoFromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** dates are written the way the string table's language writes them */
const LONG = new Intl.DateTimeFormat(strings.locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "26 March 2022" */
export function formatDay(day: number): string {
  return LONG.format(new Date(day * MS_PER_DAY));
}

/** Same day of the next/previous month, clamped to that month's length. */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const ms = Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfTarget));
  return Math.round(ms / MS_PER_DAY);
}

/** Open-ended periods end on this day in compiled data (year 2200). */
export const OPEN_END = 84_000;
