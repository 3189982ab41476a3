/** `npm run ingest` end to end: the JSON shape of issue #8 and offsets into the input file. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAVE_SEEDS, sayIfSkipped } from './shared-dir.ts';

const seed = '../shared/seeds/001_74ca31117742919c.txt';
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', ...args], {
    encoding: 'utf8',
  });

/** each run starts tsx and reads the gazetteer: seconds each on a loaded machine */
const SLOW = { timeout: 60_000 };

sayIfSkipped('npm run ingest on the seed articles');
describe('npm run ingest', () => {
  it.skipIf(!HAVE_SEEDS)(
    'prints places, dates and unmatched words as JSON with offsets into the file',
    SLOW,
    () => {
      const from = 'Russia and Azerbaijan trade barbs over Nagorno-Karabakh';
      const out = run(
        seed,
        '--published',
        '2022-03-27',
        '--json',
        '--from',
        from,
        '--to',
        "Azerbaijan denies troops pullout from peacekeepers' zone in Nagorno-Karabakh",
      );
      expect(out.status, out.stderr).toBe(0);
      const json = JSON.parse(out.stdout) as {
        places: {
          id: string;
          fuzzy: boolean;
          mentions: { start: number; end: number; text: string }[];
        }[];
        dates: { start: number; end: number; text: string; iso: string; precision: string }[];
        unmatched: unknown[];
      };
      const text = readFileSync(seed, 'utf8');
      const windowStart = text.indexOf(from);
      expect(json.places.map((p) => p.id).sort()).toEqual([
        'armenia',
        'azerbaijan',
        'farrukh',
        'nagorno-karabakh',
        'russia',
      ]);
      for (const p of json.places) {
        expect(typeof p.fuzzy).toBe('boolean');
        for (const m of p.mentions) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(windowStart);
        }
      }
      for (const d of json.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
      expect(json.dates.find((d) => d.text === 'on Saturday')).toMatchObject({
        iso: '2022-03-26',
        precision: 'day',
      });
      expect(json.unmatched).toEqual([]);
    },
  );

  it.skipIf(!HAVE_SEEDS)('prints a readable report, and the drafts it would write', SLOW, () => {
    const out = run('../shared/seeds/004_d90d26af06094ed0.txt', '--published', '2024-06-13');
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^Places \(8\)$/m);
    expect(out.stdout).toMatch(/khudavang\s+Khudavang \/ Dadivank monastery\s+Khudawang/);
    expect(out.stdout).toMatch(/2024-04-11\/2024-04-20\s+approximate\s+"mid-April 2024"/);
    expect(out.stdout).toMatch(
      /cannot be drafted: sources\.json already has this article as "S004"/,
    );
  });

  it('explains bad arguments', SLOW, () => {
    // the repository's own example, so this runs without ../shared too
    const out = run('tests/fixtures/ingest/example-article.txt', '--published', '27 March 2022');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/--published must be .* YYYY-MM-DD/);
  });
});
