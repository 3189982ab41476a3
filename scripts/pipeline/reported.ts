/**
 * When an event was first reported, from the publication dates of all its sources (not only the
 * seed articles): the earliest date on or after the event's start. Null when that is within the
 * event itself (it was reported as it happened) or when no source is dated.
 */
export function reportedOn(
  event: { date: { start: string; end?: string | null }; sources: string[] },
  published: (sourceId: string) => string | null | undefined,
): string | null {
  const { start, end } = event.date;
  const dates = event.sources
    .map(published)
    .filter((d): d is string => !!d && d >= start)
    .sort();
  const first = dates[0];
  if (!first || first <= (end ?? start)) return null;
  return first;
}
