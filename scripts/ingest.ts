/**
 * `npm run ingest -- <article.txt> --published YYYY-MM-DD [--json] [--write]`
 * Reads a plain-text article, finds the gazetteer places and the dates it mentions, and (with
 * --write) appends a draft source and draft candidate events to geodata/. See README "Adding an article".
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dayFromIso } from '../src/time/days.ts';
import { readGeodata } from './pipeline/files.ts';
import { formatProblem } from './pipeline/problems.ts';
import type { SourceIn } from './pipeline/schema.ts';
import { validateGeodata } from './pipeline/validate.ts';
import { analyseArticle } from './ingest/article.ts';
import {
  DraftRefused,
  draftRecords,
  writeDrafts,
  type Drafts,
  type Existing,
} from './ingest/drafts.ts';
import { loadGazetteer } from './ingest/gazetteer.ts';
import { textReport, toJson } from './ingest/report.ts';
import { articleWindow } from './ingest/slice.ts';

const USAGE = `usage: npm run ingest -- <article.txt> --published YYYY-MM-DD [--json] [--write]
  --json              print {places, dates, unmatched, ambiguous} with offsets into the file
  --write             append a draft source and draft events to geodata/ (never overwrites)
  --id ID             source id (default: headline words + publication date)
  --outlet, --headline, --author, --url, --language, --kind   source fields for the draft
  --from LINE, --to LINE   read only the article that starts at line LINE (up to line LINE)
  --geodata DIR       geodata folder (default: geodata)`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        json: { type: 'boolean', default: false },
        write: { type: 'boolean', default: false },
        id: { type: 'string' },
        outlet: { type: 'string' },
        headline: { type: 'string' },
        author: { type: 'string' },
        url: { type: 'string' },
        language: { type: 'string' },
        kind: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        geodata: { type: 'string', default: 'geodata' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return fail(`${(err as Error).message}\n${USAGE}`);
  }
})();

if (values.help) fail(USAGE, 0);
const file = positionals[0];
if (!file || positionals.length > 1) fail(USAGE);
if (!existsSync(file)) fail(`no such file: ${file}`);
const published = values.published;
if (!published || dayFromIso(published) === null)
  fail(`--published must be the article's publication date as YYYY-MM-DD\n${USAGE}`);
const kinds: SourceIn['kind'][] = ['news', 'opinion', 'official statement', 'reference'];
if (values.kind && !kinds.includes(values.kind as SourceIn['kind']))
  fail(`--kind must be one of: ${kinds.join(', ')}`);

const geodataDir = values.geodata;
const text = readFileSync(file, 'utf8');
let window;
try {
  window = articleWindow(text, values.from, values.to);
} catch (err) {
  fail(`${file}: ${(err as Error).message}`);
}
const gazetteer = loadGazetteer(geodataDir);
const analysis = analyseArticle(text, published, gazetteer, window);

const existing: Existing = {
  sources: JSON.parse(readFileSync(`${geodataDir}/sources.json`, 'utf8')),
  events: JSON.parse(readFileSync(`${geodataDir}/events.json`, 'utf8')),
};
let drafts: Drafts | undefined;
let draftNote = 'not written (add --write to append them to geodata/)';
let status = 0;
try {
  drafts = draftRecords(
    text,
    window,
    analysis,
    published,
    {
      id: values.id,
      outlet: values.outlet,
      headline: values.headline,
      author: values.author,
      url: values.url,
      language: values.language,
      kind: values.kind as SourceIn['kind'] | undefined,
    },
    existing,
    gazetteer,
  );
  if (values.write) {
    const written = await writeDrafts(geodataDir, drafts);
    draftNote = `appended to ${written.join(' and ')} with "draft": true`;
  }
} catch (err) {
  if (!(err instanceof DraftRefused)) throw err;
  draftNote = values.write ? `refused: ${err.message}` : `cannot be drafted: ${err.message}`;
  if (values.write) status = 1;
}

if (values.json)
  console.log(JSON.stringify(toJson(analysis, values.write ? drafts : undefined), null, 2));
else console.log(textReport({ file, text, published, analysis, gazetteer, drafts, draftNote }));

if (values.write && status === 0) {
  const result = validateGeodata(readGeodata(geodataDir));
  for (const w of result.warnings) console.error(formatProblem(w));
  for (const p of result.problems) console.error(formatProblem(p));
  if (result.problems.length) status = 1;
  else
    console.error(
      `\n${geodataDir}/ is valid. Review the drafts, write titles, summaries and claims in your own words, ` +
        'remove "draft": true, then run npm test.',
    );
}
if (status && values.json) console.error(draftNote);
process.exit(status);
