/**
 * Draft records for a new article: one source, and one candidate event per date that shares a
 * sentence with places. Appended to geodata/ with `"draft": true`, never touching existing records.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { dayFromIso, formatDay } from '../../src/time/days.ts';
import type { EventIn, SourceIn } from '../pipeline/schema.ts';
import type { Analysis, Window } from './article.ts';
import type { Gazetteer } from './gazetteer.ts';
import { romanise } from './normalise.ts';
import { sentenceAt, sentences } from './sentences.ts';

export interface SourceMeta {
  id?: string;
  outlet?: string;
  headline?: string;
  author?: string | null;
  url?: string | null;
  language?: string;
  kind?: SourceIn['kind'];
}

export interface Drafts {
  source: SourceIn & { draft: true };
  events: (EventIn & { draft: true })[];
}

export interface Existing {
  sources: Pick<SourceIn, 'id' | 'headline' | 'published'>[];
  events: Pick<EventIn, 'id' | 'date' | 'places'>[];
}

/** Something the editor must fix before drafts can be written. */
export class DraftRefused extends Error {}

const STOP = new Set(
  'a an the of in on at to for and or by with from over its it is are as'.split(' '),
);

/** Lower-case words joined by hyphens, letters transliterated (a valid kebab-case id). */
export function slug(text: string, words = 5): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((w) => romanise(w) || w.replace(/\D/g, ''))
    .filter((w) => w && !STOP.has(w))
    .slice(0, words)
    .join('-');
}

/** How specific a place is, for naming an event after it: a village before a country. */
const KIND_RANK: Record<string, number> = {
  district: 1,
  capital: 2,
  'capital city': 2,
  region: 3,
  'historical-region': 3,
  exclave: 3,
  country: 4,
  'macro-region': 4,
  'former-state': 4,
};

const flat = (s: string) => s.replace(/[‘’`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** The article's headline: its first line of four or more words. */
function headlineOf(body: string): string {
  const line = body.split('\n').find((l) => (l.match(/\p{L}+/gu) ?? []).length >= 4);
  return (line ?? 'Untitled article').trim().replace(/\s+/g, ' ');
}

/** "By Vafa Ismayilova" on a line of its own. */
function authorOf(body: string): string | null {
  const m = /^\s*By\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s*$/mu.exec(body);
  return m?.[1] ?? null;
}

function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The drafts for an analysed article; throws DraftRefused when its source id is already taken. */
export function draftRecords(
  text: string,
  window: Window,
  analysis: Analysis,
  published: string,
  meta: SourceMeta,
  existing: Existing,
  gazetteer: Gazetteer,
): Drafts {
  const body = text.slice(window.start, window.end);
  const headline = meta.headline?.trim() || headlineOf(body);
  const sourceId = meta.id ?? `${slug(headline)}-${published}`;
  if (existing.sources.some((s) => s.id === sourceId))
    throw new DraftRefused(
      `sources.json already has a source "${sourceId}": pass another --id (nothing was written)`,
    );
  const twin = existing.sources.find(
    (s) => s.published === published && flat(s.headline) === flat(headline),
  );
  if (twin)
    throw new DraftRefused(
      `sources.json already has this article as "${twin.id}" (same headline and date): nothing was written`,
    );

  const source: Drafts['source'] = {
    id: sourceId,
    outlet: meta.outlet?.trim() || 'Unknown outlet (draft: fill in)',
    headline,
    author: meta.author === undefined ? authorOf(body) : meta.author,
    published,
    date_note: 'Publication date given to npm run ingest (--published); check it against the page.',
    url: meta.url ?? null,
    language: meta.language ?? 'en',
    kind: meta.kind ?? 'news',
    draft: true,
  };
  return {
    source,
    events: candidateEvents(text, analysis, published, sourceId, existing, gazetteer),
  };
}

interface Candidate {
  from: string;
  to: string;
  precision: EventIn['date']['precision'];
  texts: string[];
  bases: string[];
  places: Set<string>;
}

/** One event per distinct date that shares a sentence with at least one place. */
function candidateEvents(
  text: string,
  analysis: Analysis,
  published: string,
  sourceId: string,
  existing: Existing,
  gazetteer: Gazetteer,
): Drafts['events'] {
  const sents = sentences(text);
  const placesIn = new Map<number, Set<string>>();
  for (const p of analysis.places)
    for (const m of p.mentions) {
      const s = sentenceAt(sents, m.start);
      placesIn.set(s, (placesIn.get(s) ?? new Set()).add(p.id));
    }

  const byDate = new Map<string, Candidate>();
  for (const d of analysis.dates) {
    if (d.dateline || d.precision === 'year' || !/^\d{4}-\d{2}/.test(d.iso)) continue; // too vague
    const places = placesIn.get(sentenceAt(sents, d.start));
    if (!places?.size) continue;
    const precision = d.precision === 'range' ? 'day' : d.precision;
    const key = `${d.from}/${d.to}/${precision}`;
    const c = byDate.get(key) ?? {
      from: d.from,
      to: d.to,
      precision,
      texts: [],
      bases: [],
      places: new Set(),
    };
    if (!c.texts.includes(d.text)) c.texts.push(d.text);
    if (!c.bases.includes(d.basis)) c.bases.push(d.basis);
    for (const p of places) c.places.add(p);
    byDate.set(key, c);
  }

  const rank = (id: string) => KIND_RANK[gazetteer.places.get(id)?.kind ?? ''] ?? 0;
  const nameOf = (id: string) => gazetteer.places.get(id)?.name ?? id;
  const taken = new Set(existing.events.map((e) => e.id));
  return [...byDate.values()].map((c) => {
    const places = [...c.places].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    const when = c.precision === 'month' ? c.from.slice(0, 7) : c.from;
    const id = freshId(`${places[0]}-${when}`, taken);
    const said = c.texts.map((t) => `"${t}"`).join(', ');
    const maybe = sameAs(c, places, existing);
    const names = places.slice(0, 3).map(nameOf).join(', ') + (places.length > 3 ? ' …' : '');
    return {
      id,
      date: {
        start: c.from,
        end: c.to,
        precision: c.precision,
        note: `Draft: ${said} resolved against publication on ${published} (${c.bases.join('; ')}).`,
      },
      reported_on: published,
      title: `Draft: ${names}, ${dateWords(c)}`.slice(0, 120),
      summary:
        `Drafted by npm run ingest from ${sourceId}, which names these places in the same sentence as ${said}. ` +
        `Replace with a summary in your own words and add claims with their actors.` +
        (maybe.length ? ` Possibly already recorded as ${maybe.join(', ')}.` : ''),
      places,
      actors: [],
      claims: [],
      sources: [sourceId],
      draft: true,
    };
  });
}

function dateWords(c: Candidate): string {
  const from = dayFromIso(c.from) as number;
  const to = dayFromIso(c.to) as number;
  if (c.precision === 'month') return formatDay(from).replace(/^\d+ /, '');
  if (from === to) return formatDay(from);
  return `${formatDay(from)} – ${formatDay(to)}`;
}

/** Existing events whose dates overlap the candidate's and that share a place (below country level if it can). */
function sameAs(c: Candidate, places: string[], existing: Existing): string[] {
  const broad = new Set(['azerbaijan', 'armenia', 'russia', 'turkiye', 'nagorno-karabakh']);
  return existing.events
    .filter((e) => {
      const end = e.date.end ?? e.date.start;
      const overlap = e.date.start <= c.to && c.from <= end;
      const onlyBroad = places.every((p) => broad.has(p));
      return overlap && e.places.some((p) => places.includes(p) && (onlyBroad || !broad.has(p)));
    })
    .map((e) => e.id);
}

/** Inserts records at the end of a prettier-formatted JSON array, leaving the rest byte for byte. */
async function appendToArray(path: string, records: object[]): Promise<string> {
  const before = readFileSync(path, 'utf8');
  const close = before.lastIndexOf(']');
  if (close < 0 || !Array.isArray(JSON.parse(before)))
    throw new DraftRefused(`${path} is not a JSON array`);
  // the file's own Prettier settings, or the project's when the folder is outside it (a test copy)
  const options =
    (await resolveConfig(path)) ?? (await resolveConfig(join(process.cwd(), 'x.json'))) ?? {};
  const formatted = await format(JSON.stringify(records, null, 2), { ...options, parser: 'json' });
  const inner = formatted.trim().replace(/^\[\n/, '').replace(/\n\]$/, '');
  const head = before.slice(0, close).replace(/\s*$/, '');
  return `${head}${head.endsWith('[') ? '' : ','}\n${inner}\n${before.slice(close)}`;
}

/** Appends the drafts to sources.json and events.json in `geodataDir`; refuses to overwrite. */
export async function writeDrafts(geodataDir: string, drafts: Drafts): Promise<string[]> {
  const sourcesPath = join(geodataDir, 'sources.json');
  const eventsPath = join(geodataDir, 'events.json');
  const sourceIds = (JSON.parse(readFileSync(sourcesPath, 'utf8')) as { id: string }[]).map(
    (s) => s.id,
  );
  const eventIds = new Set(
    (JSON.parse(readFileSync(eventsPath, 'utf8')) as { id: string }[]).map((e) => e.id),
  );
  if (sourceIds.includes(drafts.source.id))
    throw new DraftRefused(
      `sources.json already has a source "${drafts.source.id}": nothing was written`,
    );
  const clash = drafts.events.find((e) => eventIds.has(e.id));
  if (clash)
    throw new DraftRefused(`events.json already has an event "${clash.id}": nothing was written`);
  // prepare both files before writing either
  const sources = await appendToArray(sourcesPath, [drafts.source]);
  const events = drafts.events.length ? await appendToArray(eventsPath, drafts.events) : null;
  writeFileSync(sourcesPath, sources);
  if (events !== null) writeFileSync(eventsPath, events);
  return events !== null ? [sourcesPath, eventsPath] : [sourcesPath];
}
