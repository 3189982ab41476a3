/** An event's date in words, saying how precise it is: "24 March 2022 – 27 March 2022", "March 2022". */
import type { EventRecord } from '../data/types.ts';
import { formatDay } from '../time/days.ts';
import { strings } from '../ui/strings.ts';

export function eventDateText(e: EventRecord): string {
  const start = formatDay(e.t0);
  const range = e.t1 !== e.t0 ? `${start} – ${formatDay(e.t1)}` : start;
  if (e.precision === 'month') return range.replace(/^\d+ /, '');
  return e.precision === 'approximate' ? strings.list.about(range) : range;
}
