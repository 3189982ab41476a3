/** A source rendered as a citation: outlet, headline, date, link. */
import type { Source } from '../data/types.ts';
import { formatDay } from '../time/days.ts';
import { dayFromIso } from '../time/days.ts';
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

export function citation(source: Source | undefined, id: string): HTMLElement {
  if (!source) return el('li', { class: 'source' }, id);
  const published = source.published ? dayFromIso(source.published) : null;
  return el(
    'li',
    { class: 'source', 'data-source': source.id },
    el('span', { class: 'outlet' }, source.outlet),
    ', ',
    el('cite', {}, `“${source.headline}”`),
    published !== null ? `, ${formatDay(published)}` : '',
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

export function sourceList(ids: string[], sources: Record<string, Source>): HTMLElement {
  return el('ul', { class: 'sources' }, ...ids.map((id) => citation(sources[id], id)));
}
