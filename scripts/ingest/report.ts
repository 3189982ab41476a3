/** The ingest's output: the JSON shape of issue #8, and a report an editor can read. */
import type { Analysis } from './article.ts';
import type { Drafts } from './drafts.ts';
import type { Gazetteer } from './gazetteer.ts';

/** JSON output: places with their mentions, dates, unmatched words (and ambiguities, drafts). */
export function toJson(analysis: Analysis, drafts?: Drafts): object {
  return {
    places: analysis.places.map((p) => ({
      id: p.id,
      fuzzy: p.fuzzy,
      mentions: p.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        variant: m.variant,
        how: m.how,
      })),
    })),
    dates: analysis.dates.map((d) => ({
      start: d.start,
      end: d.end,
      text: d.text,
      iso: d.iso,
      precision: d.precision,
      from: d.from,
      to: d.to,
      basis: d.basis,
      dateline: d.dateline,
    })),
    unmatched: analysis.unmatched,
    ambiguous: analysis.ambiguous,
    ...(drafts ? { drafts } : {}),
  };
}

/** "line:column" (1-based) of an offset. */
function lineCol(text: string, at: number): string {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return `${line}:${at - before.lastIndexOf('\n')}`;
}

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s.padEnd(n));

export interface ReportInput {
  file: string;
  text: string;
  published: string;
  analysis: Analysis;
  gazetteer: Gazetteer;
  drafts?: Drafts;
  /** what happened to the drafts: written, refused, or only previewed */
  draftNote: string;
}

export function textReport(r: ReportInput): string {
  const { text, analysis: a, gazetteer: g } = r;
  const at = (n: number) => lineCol(text, n);
  const out: string[] = [];
  out.push(`${r.file} (published ${r.published})`, '');

  out.push(`Places (${a.places.length})`);
  for (const p of a.places) {
    const forms = new Map<string, number>();
    for (const m of p.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    const list = [...forms].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
    out.push(`  ${pad(p.id, 20)}${pad(g.places.get(p.id)?.name ?? '', 26)}${list}`);
  }
  const near = a.places.flatMap((p) =>
    p.mentions.filter((m) => m.how === 'fuzzy').map((m) => ({ id: p.id, m })),
  );
  for (const { id, m } of near)
    out.push(`  ~ near miss at ${at(m.start)}: "${m.text}" read as "${m.variant}" (${id})`);
  for (const x of a.ambiguous)
    out.push(
      `  ? ambiguous at ${at(x.start)}: "${x.text}" could be ${x.candidates.join(' or ')}; chose ${x.chosen}`,
    );
  out.push('');

  out.push(`Dates (${a.dates.length})`);
  for (const d of a.dates)
    out.push(
      `  ${pad(d.iso, 24)}${pad(d.precision, 12)}${pad(`"${d.text}"`, 22)}${pad(at(d.start), 8)}${d.basis}` +
        (d.dateline ? ' [dateline]' : ''),
    );
  out.push('');

  out.push(`Capitalised words that look like places but matched nothing (${a.unmatched.length})`);
  for (const u of a.unmatched) out.push(`  "${u.text}" at ${at(u.start)}`);
  out.push('');

  if (r.drafts) {
    const { source, events } = r.drafts;
    out.push(`Draft records: ${r.draftNote}`);
    out.push(`  source ${source.id}: ${source.headline}`);
    for (const e of events)
      out.push(
        `  event  ${pad(e.id, 34)}${pad(e.date.end && e.date.end !== e.date.start ? `${e.date.start}/${e.date.end}` : e.date.start, 24)}${e.places.join(', ')}`,
      );
  } else out.push(`Draft records: ${r.draftNote}`);
  return out.join('\n') + '\n';
}
