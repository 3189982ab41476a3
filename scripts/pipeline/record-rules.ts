/**
 * Editorial rules over the whole record (geodata/README.md): the source policy, where vs mentioned,
 * reported_on, one-sided contested events, the "Both" label order, and layer changes explained by
 * events. Each rule reports `file › id › field: what is wrong` and never throws.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
// events longer than BACKGROUND_DAYS (the whole mission, a war) explain no layer change
import { BACKGROUND_DAYS } from '../../src/domain/background.ts';
import { explains } from '../../src/domain/explained.ts';
import { dayFromIso } from '../../src/time/days.ts';
import { bothLabelProblem, type NameSide } from '../../src/names/label-rule.ts';
import { sidesHeard } from './balance.ts';
import { forbiddenUrl, isWikipedia, urlsIn } from './policy.ts';
import type { ProblemLog } from './problems.ts';
import { reportedOn } from './reported.ts';
import type { Geodata } from './geodata.ts';

/** Layer changes on the timeline's first day are its starting picture, not changes. */
export const TIMELINE_START = '2020-09-27';

/** A date taken from the event a source is cited for is circular: it proves nothing about the source. */
const CIRCULAR_DATE = /dated to the event|assumed from the event|not re-?checked; dated/i;

export function checkSourcePolicy(data: Geodata, log: ProblemLog): void {
  for (const s of data.sources) {
    const why = s.url ? forbiddenUrl(s.url) : null;
    if (why) log.add('sources.json', s.id, 'url', why);
    // a draft is finished (its date checked) before it is published; see drafts.ts
    if (!s.date_note && !s.draft)
      log.add(
        'sources.json',
        s.id,
        'date_note',
        'must say how the date was established (read on the page, or from a named source)',
      );
    else if (s.date_note && CIRCULAR_DATE.test(s.date_note))
      log.add(
        'sources.json',
        s.id,
        'date_note',
        'a date taken from the event the source is cited for is circular; read it on the page or name the source it comes from',
      );
  }
  for (const f of data.places) {
    for (const url of urlsIn(f.properties.coordinate_source)) {
      const why = forbiddenUrl(url);
      if (why) log.add('places.geojson', f.properties.id, 'properties.coordinate_source', why);
    }
  }
  const wiki = new Set(data.sources.filter((s) => isWikipedia(s.url)).map((s) => s.id));
  for (const e of data.events) {
    if (e.sources.length && e.sources.every((s) => wiki.has(s)))
      log.add(
        'events.json',
        e.id,
        'sources',
        'cites only Wikipedia; Wikipedia may support background and coordinates but never be an event’s only source',
      );
  }
}

export function checkEventRules(data: Geodata, log: ProblemLog): void {
  const file = 'events.json';
  const placeIds = new Set(data.places.map((p) => p.properties.id));
  const published = new Map(data.sources.map((s) => [s.id, s.published]));
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  for (const e of data.events) {
    (e.mentioned ?? []).forEach((ref, i) => {
      if (!placeIds.has(ref)) log.add(file, e.id, `mentioned.${i}`, `unknown place "${ref}"`);
      else if (e.places.includes(ref))
        log.add(file, e.id, `mentioned.${i}`, `"${ref}" is also in places (where it happened)`);
    });
    if (e.reported_on !== undefined) {
      const computed = reportedOn(e, (id) => published.get(id));
      if (e.reported_on !== computed)
        log.add(
          file,
          e.id,
          'reported_on',
          `is computed from the sources' dates (${computed ?? 'null'}); remove it or make it ${computed ?? 'null'}`,
        );
    }
    if (sidesHeard(e, actors).size === 1 && !e.sides_note)
      log.add(
        file,
        e.id,
        'sides_note',
        'only one side of the conflict makes claims: add the other side’s account, or a sides_note saying none could be found',
      );
  }
}

type Area = Polygon | MultiPolygon;

/** Which state a point lies in (Azerbaijan or Armenia), from generated/countries.geojson. */
function sideLookup(data: Geodata): (coord: [number, number]) => NameSide | null {
  const areas: [NameSide, Area][] = [];
  for (const f of data.generated.countries.features) {
    const iso = (f.properties as { iso_a3?: string } | null)?.iso_a3;
    const side = iso === 'AZE' ? 'az' : iso === 'ARM' ? 'hy' : null;
    const g = f.geometry;
    if (side && g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) areas.push([side, g]);
  }
  return (coord) => areas.find(([, g]) => booleanPointInPolygon(coord, g))?.[0] ?? null;
}

/** Kinds named the same way in every mode (the basemap names them), exempt from the label rule. */
const UNORDERED_KINDS = new Set(['country', 'macro-region', 'former-state']);

export function checkLabelOrder(data: Geodata, log: ProblemLog): void {
  const sideAt = sideLookup(data);
  for (const f of data.places) {
    const p = f.properties;
    if (f.geometry?.type !== 'Point' || p.beyond_region || UNORDERED_KINDS.has(p.kind)) continue;
    const [lon, lat] = f.geometry.coordinates;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue; // reported by checkPlaces
    const side = sideAt([lon as number, lat as number]);
    if (!side) continue;
    const problem = bothLabelProblem(p.name, p.names, side);
    if (problem) log.add('places.geojson', p.id, 'properties.name', problem);
  }
}

const day = (iso: string): number => dayFromIso(iso) ?? 0;

/**
 * Every change on the map (a state's valid_from, or a feature's own valid_from when it has no
 * states) must be explained by an event on that date, or spanning it, that cites at least one of
 * the same sources.
 */
export function checkLayerChanges(data: Geodata, log: ProblemLog): void {
  const events = data.events
    .filter((e) => !e.draft)
    .map((e) => ({
      e,
      t0: day(e.date.start),
      t1: day(e.date.end ?? e.date.start),
      sources: e.sources,
    }))
    .filter(({ t0, t1 }) => t1 - t0 <= BACKGROUND_DAYS);
  for (const f of data.layers) {
    const p = f.properties;
    if (p.layer === 'zone-input') continue;
    const changes = p.states?.length
      ? p.states.map((s, i) => ({
          from: s.valid_from,
          sources: s.sources,
          field: `properties.states.${i}.valid_from`,
        }))
      : [{ from: p.valid_from, sources: p.sources, field: 'properties.valid_from' }];
    for (const c of changes) {
      if (c.from <= TIMELINE_START) continue;
      const t = day(c.from);
      const onDate = events.filter(({ t0, t1 }) => t0 <= t && t <= t1);
      // the same rule lists a selection's events in the app (src/domain/explained.ts)
      if (onDate.some((e) => explains(e, { day: t, sources: c.sources }))) continue;
      const near = onDate.map(({ e }) => e.id).join(', ');
      log.add(
        'layers.geojson',
        p.id,
        c.field,
        `${c.from}: no event on this date cites any of its sources (${c.sources.join(', ')}); ` +
          (near
            ? `events on this date: ${near} (add a shared source)`
            : 'no event covers this date (add one, or correct the date)'),
      );
    }
  }
}
