/**
 * The project's source policy (geodata/README.md, "Source policy"): which pages may be cited at all,
 * and which may never be an event's only support. Pure functions, used by validate.ts.
 */

/** Copies and forks of Wikipedia: their text and revision cannot be checked against the original. */
const MIRROR_HOSTS = [
  'wikimili.com',
  'piglix.com',
  'encycloreader.org',
  'wiki.x.io',
  'the-uncensored-wiki.com',
  'osmarks.net',
  'wikiwand.com',
  'wikizero.com',
  'wikisum.wiki',
  'frwiki.wiki',
  'dbpedia.org',
  'justapedia.org',
  'everybodywiki.com',
];
/** Travel guides: not a source for history or for coordinates of record. */
const TRAVEL_HOSTS = [
  'tripomatic.com',
  'tripadvisor.',
  'wikitravel.org',
  'wikivoyage.org',
  'lonelyplanet.com',
];

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

const onHost = (host: string, list: string[]): boolean =>
  list.some((h) => (h.endsWith('.') ? host.includes(h) : host === h || host.endsWith(`.${h}`)));

/** A Wikipedia page on wikipedia.org (any language edition, mobile or not). */
export function isWikipedia(url: string | null): boolean {
  const host = url ? hostOf(url) : null;
  return !!host && (host === 'wikipedia.org' || host.endsWith('.wikipedia.org'));
}

/** Why a URL may not be cited, or null when it may. */
export function forbiddenUrl(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null; // the schema reports malformed URLs
  if (onHost(host, MIRROR_HOSTS))
    return `${host} is a copy or fork of Wikipedia; cite the original page or a primary source`;
  if (/(^|\.)kiwix\b|\/kiwix\//i.test(host + new URL(url).pathname))
    return `${host} serves a Kiwix dump of Wikipedia; cite the original page or a primary source`;
  if (/wikipedia_[a-z]{2,3}_all/i.test(url))
    return `${host} serves a Wikipedia dump; cite the original page or a primary source`;
  if (host.endsWith('wikipedia.com') || (host.includes('wikipedia') && !isWikipedia(url)))
    return `${host} is not wikipedia.org; cite the original page`;
  if (/^(sco|simple)(\.m)?\.wikipedia\.org$/.test(host))
    return `${host.split('.')[0] === 'sco' ? 'Scots' : 'Simple English'} Wikipedia is not accepted; cite the full-language article`;
  if (onHost(host, TRAVEL_HOSTS)) return `${host} is a travel guide, not a source of record`;
  return null;
}

/** Every http(s) URL in a free text (e.g. a coordinate_source note). */
export function urlsIn(text: string): string[] {
  return text.match(/https?:\/\/[^\s)'"]+/g) ?? [];
}
