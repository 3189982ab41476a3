/**
 * How a source is named and dated against the view: every place that shows a source (the panel, the
 * Cite text, the downloads' sources.bib and sources.csl.json) reads these, so they cannot disagree.
 */
import type { Source } from '../data/types.ts';
import { dayFromIso } from '../time/days.ts';

/**
 * A source's title: its headline, or, for a page we describe because it has no headline we quote
 * (written in `sources.json` in square brackets, "[Reuters report on …]"), our own description. A
 * description is cited as citation styles cite untitled items: in its brackets, never in quotation
 * marks as if it were the publisher's headline.
 */
export interface SourceTitle {
  text: string;
  description: boolean;
}

export function sourceTitle(source: Pick<Source, 'headline'>): SourceTitle {
  const text = source.headline.trim();
  return { text, description: /^\[.*\]$/s.test(text) };
}

/**
 * Whether a source was published after the day a view shows ("as of 26 Aug 2022"): kept, since later
 * reporting can document an earlier state, but marked, so a reader does not take it for what was
 * known on the day. A source with no known date is never marked.
 */
export function publishedAfter(source: Pick<Source, 'published'>, day: number): boolean {
  const published = source.published ? dayFromIso(source.published) : null;
  return published !== null && published > day;
}
