/**
 * Draft records: the pipeline validates them with a warning and leaves them out of the app; the
 * ingest appends them to a copy of geodata/ without touching existing records, and refuses to overwrite.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../scripts/ingest/article.ts';
import {
  DraftRefused,
  draftRecords,
  writeDrafts,
  type Existing,
} from '../../scripts/ingest/drafts.ts';
import { loadGazetteer } from '../../scripts/ingest/gazetteer.ts';
import { compile } from '../../scripts/pipeline/compile.ts';
import { exportFiles } from '../../scripts/pipeline/exports.ts';
import { readGeodata, type RawGeodata } from '../../scripts/pipeline/files.ts';
import { formatProblem } from '../../scripts/pipeline/problems.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';

const real = readGeodata('geodata');

function withDrafts(change: (sources: object[], events: object[]) => void): RawGeodata {
  const sources = JSON.parse(real['sources.json'] as string);
  const events = JSON.parse(real['events.json'] as string);
  change(sources, events);
  return {
    ...real,
    'sources.json': JSON.stringify(sources),
    'events.json': JSON.stringify(events),
  };
}

const draftSource = {
  id: 'test-article-2022-03-28',
  outlet: 'Test outlet',
  headline: 'A test article',
  author: null,
  published: '2022-03-28',
  date_note: null,
  url: null,
  language: 'en',
  kind: 'news',
  draft: true,
};
const draftEvent = {
  id: 'farrukh-2022-03-24',
  date: { start: '2022-03-24', end: '2022-03-24', precision: 'day', note: null },
  reported_on: '2022-03-28',
  title: 'Draft: Farrukh / Parukh, 24 March 2022',
  summary: 'A draft written for this test.',
  places: ['farrukh'],
  actors: [],
  claims: [],
  sources: ['test-article-2022-03-28'],
  draft: true,
};

describe('draft records in the pipeline', () => {
  const raw = withDrafts((sources, events) => {
    sources.push(draftSource);
    events.push(draftEvent);
  });
  const result = validateGeodata(raw);

  it('validate a draft event that cites a draft source, with one warning per draft', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^geodata\/sources\.json › test-article-2022-03-28 › draft: not shown in the app/,
      ),
      expect.stringMatching(
        /^geodata\/events\.json › farrukh-2022-03-24 › draft: not shown in the app/,
      ),
    ]);
  });

  it('leave drafts out of the compiled app data and the downloads', () => {
    const data = compile(result.data!);
    expect(data.events.map((e) => e.id)).not.toContain('farrukh-2022-03-24');
    expect(Object.keys(data.sources)).not.toContain('test-article-2022-03-28');
    expect(data.placeEvents.farrukh ?? []).not.toContain('farrukh-2022-03-24');
    const downloads = exportFiles(data);
    expect(downloads['events.csv']).not.toContain('farrukh-2022-03-24');
    expect(downloads['sources.csv']).not.toContain('test-article-2022-03-28');
    // and nothing else changes
    const plain = compile(validateGeodata(real).data!, data.generated);
    expect(data.events).toEqual(plain.events);
    expect(data.sources).toEqual(plain.sources);
  });

  it('publish a record once its draft mark is removed', () => {
    const published = withDrafts((sources, events) => {
      // publishing means checking the date too: a published source says how it was established
      sources.push({
        ...draftSource,
        draft: undefined,
        date_note: 'Read on the page: 28 Mar 2022.',
      });
      events.push({ ...draftEvent, draft: false });
    });
    const r = validateGeodata(published);
    expect(r.warnings).toEqual([]);
    expect(compile(r.data!).events.map((e) => e.id)).toContain('farrukh-2022-03-24');
  });

  it('reject a published event that cites a draft source', () => {
    const bad = withDrafts((sources, events) => {
      sources.push(draftSource);
      events.push({ ...draftEvent, draft: undefined });
    });
    expect(validateGeodata(bad).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^geodata\/events\.json › farrukh-2022-03-24 › sources\.0: cites draft source "test-article-2022-03-28"/,
      ),
    ]);
  });
});

describe('writing drafts with the ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  cpSync('geodata', dir, { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const gazetteer = loadGazetteer(dir);
  const article = [
    'Convoy reaches Khramort after the Farukh clashes',
    '',
    'By Test Writer',
    '',
    'Russian peacekeepers said on Thursday morning that a convoy had reached Khramort.',
    'The next day Baku said its units near Fərrux had not moved.',
    'Talks in Ankara are planned.',
  ].join('\n');
  const published = '2022-03-28';
  const existing = (): Existing => ({
    sources: JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')),
    events: JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')),
  });
  const window = { start: 0, end: article.length };
  const analysis = analyseArticle(article, published, gazetteer, window);
  const drafts = draftRecords(
    article,
    window,
    analysis,
    published,
    { outlet: 'Test' },
    existing(),
    gazetteer,
  );

  it('drafts a source and one event per dated sentence with places', () => {
    expect(drafts.source).toMatchObject({
      id: 'convoy-reaches-khramort-after-farukh-2022-03-28',
      headline: 'Convoy reaches Khramort after the Farukh clashes',
      author: 'Test Writer',
      published,
      draft: true,
    });
    expect(drafts.events.map((e) => [e.id, e.date.start, e.places])).toEqual([
      ['pirlar-2022-03-24', '2022-03-24', ['pirlar']],
      ['farrukh-2022-03-25', '2022-03-25', ['farrukh', 'baku']],
    ]);
    expect(drafts.events.every((e) => e.draft && e.sources[0] === drafts.source.id)).toBe(true);
    expect(drafts.events[0]?.summary).toMatch(
      /Possibly already recorded as farrukh-incident-2022-03/,
    );
  });

  it('appends them without changing or reordering a byte of the existing records', async () => {
    const before = {
      sources: readFileSync(join(dir, 'sources.json'), 'utf8'),
      events: readFileSync(join(dir, 'events.json'), 'utf8'),
    };
    await writeDrafts(dir, drafts);
    for (const name of ['sources', 'events'] as const) {
      const path = join(dir, `${name}.json`);
      const after = readFileSync(path, 'utf8');
      const kept = before[name].slice(0, before[name].lastIndexOf('}') + 1);
      expect(after.startsWith(kept)).toBe(true);
      const old = JSON.parse(before[name]) as object[];
      expect((JSON.parse(after) as object[]).slice(0, old.length)).toEqual(old);
      const options = await resolveConfig(join('geodata', `${name}.json`)); // the project's settings
      expect(await check(after, { ...options, parser: 'json' })).toBe(true);
    }
    const result = validateGeodata(readGeodata(dir));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.warnings).toHaveLength(3);
  });

  it('refuses to write a source whose id exists, and writes nothing', async () => {
    const sourcesBefore = readFileSync(join(dir, 'sources.json'), 'utf8');
    const eventsBefore = readFileSync(join(dir, 'events.json'), 'utf8');
    await expect(writeDrafts(dir, drafts)).rejects.toThrow(DraftRefused);
    expect(() =>
      draftRecords(article, window, analysis, published, {}, existing(), gazetteer),
    ).toThrow(/already has a source "convoy-reaches-khramort-after-farukh-2022-03-28"/);
    expect(() =>
      draftRecords(article, window, analysis, published, { id: 'S004' }, existing(), gazetteer),
    ).toThrow(/already has a source "S004"/);
    expect(readFileSync(join(dir, 'sources.json'), 'utf8')).toBe(sourcesBefore);
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(eventsBefore);
  });

  it('refuses an article already in sources.json under another id', () => {
    const text = 'Russia and Azerbaijan trade barbs over Nagorno-Karabakh\n\nFarrukh on Sunday.';
    const w = { start: 0, end: text.length };
    const a = analyseArticle(text, '2022-03-27', gazetteer, w);
    expect(() => draftRecords(text, w, a, '2022-03-27', {}, existing(), gazetteer)).toThrow(
      /already has this article as "S001b"/,
    );
  });

  it('gives fresh ids when a draft id is taken', () => {
    const meta = { id: 'second-copy-2022-03-28', headline: 'Second copy' };
    const again = draftRecords(article, window, analysis, published, meta, existing(), gazetteer);
    expect(again.events.map((e) => e.id)).toEqual(['pirlar-2022-03-24-2', 'farrukh-2022-03-25-2']);
  });

  it('writes into an empty array too', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ingest-empty-'));
    try {
      writeFileSync(join(empty, 'sources.json'), '[]\n');
      writeFileSync(join(empty, 'events.json'), '[]\n');
      await writeDrafts(empty, drafts);
      expect(JSON.parse(readFileSync(join(empty, 'events.json'), 'utf8'))).toHaveLength(2);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
