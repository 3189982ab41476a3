/** Plain-text citations: of one source, of the current view (its URL and the access date), of a panel. */
import type { CompiledData, Source } from '../data/types.ts';
import { selectionSources } from '../domain/selection.ts';
import { publishedAfter, sourceTitle } from '../domain/sources.ts';
import type { Selection } from '../state/store.ts';
import { dayFromIso, formatDay } from '../time/days.ts';
import { strings } from '../ui/strings.ts';

/** Closes a title with a full stop unless it already ends in punctuation. */
function closed(title: string): string {
  return /[.?!…]$/.test(title) ? title : `${title}.`;
}

/**
 * Author. “Headline.” Outlet, 26 March 2022. URL — or, for a source we describe, the description in
 * its brackets and without quotation marks: Outlet. [Report on …]. Given `asOf` (the day the view
 * shows), a source published after it says so.
 */
export function sourceCitation(source: Source, asOf?: number): string {
  const published = source.published ? dayFromIso(source.published) : null;
  const title = sourceTitle(source);
  const parts = [
    source.author ? `${closed(source.author)} ` : '',
    title.description ? `${title.text}. ` : `“${closed(title.text)}” `,
    source.outlet,
    published !== null ? `, ${formatDay(published)}` : '',
    '. ',
    source.url ?? strings.cite.noLink,
    asOf !== undefined && publishedAfter(source, asOf) ? ` ${strings.cite.publishedLater}` : '',
  ];
  return parts.join('');
}

/** “Farrukh / Parukh”, as of 26 March 2022. <the story's title>. URL (accessed …). */
export function viewCitation(
  title: string,
  day: number,
  work: string,
  url: string,
  accessed: Date,
): string {
  const accessedDay = Math.floor(accessed.getTime() / 86_400_000);
  return strings.cite.view(title, formatDay(day), work, url, formatDay(accessedDay));
}

/** The text the panel's Cite button copies: the view, then each of its sources. */
export function panelCitation(
  data: CompiledData,
  selection: Selection,
  title: string,
  day: number,
  url: string,
  accessed: Date,
): string {
  const sources = selectionSources(data, selection, day).map((id, i) => {
    const s = data.sources[id] as Source;
    return `${i + 1}. ${sourceCitation(s, day)}`;
  });
  const lines = [viewCitation(title, day, data.story.title, url, accessed)];
  if (sources.length) lines.push('', strings.cite.sourcesHeading, ...sources);
  return lines.join('\n');
}
