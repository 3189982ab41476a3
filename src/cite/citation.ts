/** A source rendered as a citation: outlet, headline, date, link. */
import type { Source } from '../data/types.ts';
import { formatDay } from '../time/days.ts';
import { dayFromIso } from '../time/days.ts';
import { publishedAfter, sourceTitle } from '../domain/sources.ts';
import { el, externalLink } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

/** A link's text: the site it leads to ("dw.com"), which says more than "Link". */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * One source in a list: a headline in quotation marks, our own description of an untitled page in its
 * brackets without them; given the day the view shows, a source published after it is marked.
 */
export function citation(source: Source | undefined, id: string, asOf?: number): HTMLElement {
  if (!source) return el('li', { class: 'source' }, id);
  const published = source.published ? dayFromIso(source.published) : null;
  const title = sourceTitle(source);
  const later = asOf !== undefined && publishedAfter(source, asOf);
  return el(
    'li',
    { class: 'source', 'data-source': source.id },
    el('span', { class: 'outlet' }, source.outlet),
    ', ',
    title.description
      ? el('span', { class: 'description' }, title.text)
      : el('cite', {}, `“${title.text}”`),
    published !== null ? `, ${formatDay(published)}` : '',
    later ? ' ' : '',
    later ? el('span', { class: 'published-later' }, strings.publishedLater) : '',
    source.kind === 'opinion' ? ` ${strings.opinion}` : '',
    '. ',
    source.url
      ? externalLink(source.url, siteOf(source.url))
      : el('span', { class: 'muted' }, strings.noLink),
    source.date_note
      ? el('details', {}, el('summary', {}, strings.dateNote), source.date_note)
      : null,
  );
}

/** A list of sources; given `asOf`, those published after that day are marked. */
export function sourceList(
  ids: string[],
  sources: Record<string, Source>,
  asOf?: number,
): HTMLElement {
  return el('ul', { class: 'sources' }, ...ids.map((id) => citation(sources[id], id, asOf)));
}
