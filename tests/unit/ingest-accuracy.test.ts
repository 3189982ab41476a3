/**
 * Accuracy of `npm run ingest` on the eight seed articles, against the hand-labelled fixture
 * tests/fixtures/ingest/seeds.json. Prints per-article and overall figures (quoted in the README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAVE_SEEDS, sayIfSkipped } from './shared-dir.ts';
import { analyseArticle, type Analysis } from '../../scripts/ingest/article.ts';
import { loadGazetteer } from '../../scripts/ingest/gazetteer.ts';
import { articleWindow } from '../../scripts/ingest/slice.ts';

interface ExpectedDate {
  text: string;
  iso: string;
  precision: string;
}
interface Labelled {
  id: string;
  /** seeds: a file in ../shared/seeds and the lines that open and close the article */
  file?: string;
  from?: string | null;
  to?: string | null;
  /** held-out: the article itself */
  text?: string;
  published: string;
  places: string[];
  dates: ExpectedDate[];
}
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const seeds = read('tests/fixtures/ingest/seeds.json') as { seeds: string; articles: Labelled[] };
const heldOut = read('tests/fixtures/ingest/heldout.json') as { articles: Labelled[] };

interface Score {
  id: string;
  placeHits: number;
  placesFound: number;
  placesExpected: number;
  datesRight: number;
  datesFound: number;
  datesExpected: number;
  precisionRight: number;
  misses: string[];
}

function score(a: Labelled, text: string, result: Analysis): Score {
  const found = new Set(result.places.map((p) => p.id));
  const expected = new Set(a.places);
  const misses: string[] = [];
  for (const id of expected) if (!found.has(id)) misses.push(`missed place ${id}`);
  for (const id of found) if (!expected.has(id)) misses.push(`extra place ${id}`);

  // each expected date is the next occurrence of its text; a found date overlapping it answers it
  let cursor = articleWindow(text, a.from ?? undefined, a.to ?? undefined).start;
  let datesRight = 0;
  let precisionRight = 0;
  const answered = new Set<number>();
  for (const want of a.dates) {
    // spaces in the fixture match any white space (the seeds use no-break spaces too)
    const pattern = want.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const re = new RegExp(pattern, 'g');
    re.lastIndex = cursor;
    const m = re.exec(text);
    if (!m) throw new Error(`${a.id}: fixture date "${want.text}" not found in order`);
    const at = m.index;
    cursor = at + m[0].length;
    const got = result.dates.findIndex((d) => d.start < cursor && at < d.end);
    const d = result.dates[got];
    if (!d) {
      misses.push(`missed date "${want.text}"`);
      continue;
    }
    answered.add(got);
    if (d.iso === want.iso) datesRight += 1;
    else misses.push(`date "${want.text}" read as ${d.iso}, expected ${want.iso}`);
    if (d.precision === want.precision) precisionRight += 1;
  }
  result.dates.forEach((d, i) => {
    if (!answered.has(i)) misses.push(`extra date "${d.text}" (${d.iso})`);
  });

  return {
    id: a.id,
    placeHits: [...found].filter((id) => expected.has(id)).length,
    placesFound: found.size,
    placesExpected: expected.size,
    datesRight,
    datesFound: result.dates.length,
    datesExpected: a.dates.length,
    precisionRight,
    misses,
  };
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
const f2 = (x: number) => x.toFixed(2);

interface Totals {
  scores: Score[];
  placePrecision: number;
  placeRecall: number;
  dateAccuracy: number;
  table: string;
}

function evaluate(articles: Labelled[], textOf: (a: Labelled) => string): Totals {
  const gazetteer = loadGazetteer('geodata');
  const scores = articles.map((a) => {
    const text = textOf(a);
    const window = articleWindow(text, a.from ?? undefined, a.to ?? undefined);
    return score(a, text, analyseArticle(text, a.published, gazetteer, window));
  });
  const sum = (k: keyof Omit<Score, 'id' | 'misses'>) => scores.reduce((t, x) => t + x[k], 0);
  const rows = scores.map(
    (x) =>
      `| ${x.id.padEnd(7)} | ${f2(ratio(x.placeHits, x.placesFound))} | ${f2(ratio(x.placeHits, x.placesExpected))} | ` +
      `${x.datesRight}/${x.datesExpected} = ${f2(ratio(x.datesRight, x.datesExpected))} | ` +
      `${f2(ratio(x.datesRight, x.datesFound))} |`,
  );
  const table = [
    '| article | places precision | places recall | dates resolved right | dates precision |',
    '|---|---|---|---|---|',
    ...rows,
    `| overall | ${f2(ratio(sum('placeHits'), sum('placesFound')))} (${sum('placeHits')}/${sum('placesFound')}) | ` +
      `${f2(ratio(sum('placeHits'), sum('placesExpected')))} (${sum('placeHits')}/${sum('placesExpected')}) | ` +
      `${sum('datesRight')}/${sum('datesExpected')} = ${f2(ratio(sum('datesRight'), sum('datesExpected')))} | ` +
      `${f2(ratio(sum('datesRight'), sum('datesFound')))} (${sum('datesRight')}/${sum('datesFound')}) |`,
    '',
    `precision labels (day, range, month, year, approximate) agree: ${sum('precisionRight')}/${sum('datesExpected')}`,
    ...scores.flatMap((x) => x.misses.map((m) => `${x.id}: ${m}`)),
  ].join('\n');
  return {
    scores,
    placePrecision: ratio(sum('placeHits'), sum('placesFound')),
    placeRecall: ratio(sum('placeHits'), sum('placesExpected')),
    dateAccuracy: ratio(sum('datesRight'), sum('datesExpected')),
    table,
  };
}

sayIfSkipped('ingest accuracy on the seed articles');
describe.skipIf(!HAVE_SEEDS)('ingest accuracy on the eight seed articles', () => {
  const totals = () =>
    evaluate(seeds.articles, (a) => readFileSync(join(seeds.seeds, a.file as string), 'utf8'));
  const seedTotals = HAVE_SEEDS ? totals() : (null as unknown as Totals);

  it('prints the figures', () => {
    console.log(`Seed articles (${seeds.seeds}):\n${seedTotals.table}`);
    expect(seedTotals.scores).toHaveLength(8);
  });

  it('finds places with precision ≥ 0.9 and recall ≥ 0.9', () => {
    expect(seedTotals.placePrecision).toBeGreaterThanOrEqual(0.9);
    expect(seedTotals.placeRecall).toBeGreaterThanOrEqual(0.9);
  });

  it('resolves ≥ 0.85 of the dates to the right ISO date', () => {
    expect(seedTotals.dateAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

describe('ingest accuracy on held-out articles (labelled before their first run; see the fixture)', () => {
  const held = evaluate(heldOut.articles, (a) => a.text as string);

  it('prints the figures', () => {
    console.log(`Held-out articles (tests/fixtures/ingest/heldout.json):\n${held.table}`);
    expect(held.scores).toHaveLength(heldOut.articles.length);
  });
});
