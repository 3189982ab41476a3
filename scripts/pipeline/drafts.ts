/**
 * Draft records (`"draft": true`, written by `npm run ingest -- --write`): validated like any other,
 * listed as warnings, and left out of the app and the downloads until an editor removes the mark.
 */
import type { Problem, ProblemLog } from './problems.ts';
import type { Geodata } from './geodata.ts';

const isDraft = (r: { draft?: boolean }) => r.draft === true;

/** One warning per draft record. */
export function draftWarnings(data: Geodata): Problem[] {
  const out: Problem[] = [];
  for (const s of data.sources.filter(isDraft))
    out.push({
      file: 'sources.json',
      id: s.id,
      field: 'draft',
      message: 'not shown in the app until an editor checks it and removes "draft": true',
    });
  for (const e of data.events.filter(isDraft))
    out.push({
      file: 'events.json',
      id: e.id,
      field: 'draft',
      message: `not shown in the app until an editor writes its title, summary and claims and removes "draft": true (${e.date.start}; ${e.places.join(', ') || 'no places'})`,
    });
  return out;
}

/** A published record must not cite a draft source: the app would show a citation it does not have. */
export function checkDraftReferences(data: Geodata, log: ProblemLog): void {
  const drafts = new Set(data.sources.filter(isDraft).map((s) => s.id));
  if (!drafts.size) return;
  const message = (id: string) =>
    `cites draft source "${id}": remove the source's draft mark first (or mark this record as a draft)`;
  for (const e of data.events) {
    if (isDraft(e)) continue;
    e.sources.forEach((s, i) => {
      if (drafts.has(s)) log.add('events.json', e.id, `sources.${i}`, message(s));
    });
    e.claims.forEach((c, i) =>
      c.sources.forEach((s, j) => {
        if (drafts.has(s)) log.add('events.json', e.id, `claims.${i}.sources.${j}`, message(s));
      }),
    );
  }
  for (const { properties: p } of data.layers) {
    p.sources.forEach((s, i) => {
      if (drafts.has(s)) log.add('layers.geojson', p.id, `properties.sources.${i}`, message(s));
    });
    (p.states ?? []).forEach((st, i) =>
      st.sources.forEach((s, j) => {
        if (drafts.has(s))
          log.add('layers.geojson', p.id, `properties.states.${i}.sources.${j}`, message(s));
      }),
    );
  }
}

/** The data the app may show: no draft sources or events, and no draft mark on the rest. */
export function withoutDrafts(data: Geodata): Geodata {
  const published = <T extends { draft?: boolean }>(list: T[]): T[] =>
    list
      .filter((r) => !isDraft(r))
      .map((r) => {
        const copy = { ...r };
        delete copy.draft;
        return copy;
      });
  return { ...data, sources: published(data.sources), events: published(data.events) };
}
