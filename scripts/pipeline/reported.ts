/**
 * When an event was reported, from the publication dates of all its sources (not only the seed
 * articles): the earliest date after the event. Null when a source appeared while it happened (it
 * was reported as it happened), when no source is dated, or when the earliest source came out more
 * than REPORT_WINDOW_DAYS after the event ended: a retrospective does not tell when news first broke.
 */
import { dayFromIso } from '../../src/time/days.ts';

export const REPORT_WINDOW_DAYS = 90;

export function reportedOn(
  event: { date: { start: string; end?: string | null }; sources: string[] },
  published: (sourceId: string) => string | null | undefined,
): string | null {
  const { start, end } = event.date;
  const last = end ?? start;
  const first = event.sources
    .map(published)
    .filter((d): d is string => !!d && d >= start)
    .sort()[0];
  if (!first || first <= last) return null;
  const gap = (dayFromIso(first) ?? 0) - (dayFromIso(last) ?? 0);
  return gap <= REPORT_WINDOW_DAYS ? first : null;
}
