/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1:4190, drives headless Chromium (software
 * WebGL), prints a table and writes bench/results.json. Targets are printed PASS / MISS; the exit
 * code is 0 unless the run itself failed. BENCH_QUICK=1 repeats less (for working on the benchmark).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { CompiledData } from '../src/data/types.ts';
import { launch } from './browser.ts';
import { buildAll } from './build.ts';
import {
  appConstant,
  APP_DIST,
  BARE_DIST,
  ORIGIN,
  PARTIAL,
  PORT,
  RESULTS,
  ROOT,
  RUNS,
  runs,
  SCALES,
  SLOW_NETWORK,
} from './config.ts';
import { measureBytes } from './measure/bytes.ts';
import { lighthouse } from './measure/lighthouse.ts';
import { coldLoads } from './measure/load.ts';
import { scrub, type ScaleResult } from './measure/scrub.ts';
import { slowLoads } from './measure/slow.ts';
import { report } from './report.ts';
import { serve } from './server.ts';
import { withSyntheticEvents } from './synthetic.ts';

const t0 = Date.now();
const log = (s: string) =>
  console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${s}`);

async function main(): Promise<void> {
  const ensure = spawnSync('node', ['scripts/ensure-chromium.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (ensure.status !== 0) throw new Error('Chromium is missing');

  log('building the app (npm run build) and the bare MapLibre page');
  await buildAll();
  const server = await serve(PORT, { '/bare/': BARE_DIST, '/': APP_DIST });
  log(`serving ${ORIGIN}/ (app) and ${ORIGIN}/bare/ (bare MapLibre)`);
  const browser = await launch();
  const chromium = browser.version();
  try {
    const json = readFileSync(join(APP_DIST, 'data', 'map-data.json'), 'utf8');
    const data = JSON.parse(json) as CompiledData;
    const windowDays = appConstant('src/map/style.ts', 'EVENT_WINDOW_DAYS');
    const eventDays = data.events.map((e) => e.t0);

    // `bytes` needs the files of one load (the warm-up); `load` repeats it
    const loadRuns = runs('load') ? RUNS.coldLoads : 0;
    log(`cold loads (${loadRuns} of each page after a warm-up, alternating)`);
    const load = await coldLoads(browser, loadRuns, log);

    if (runs('scrub')) log(`scrub at the real data (${RUNS.scrubMoves} moves)`);
    const real = !runs('scrub')
      ? undefined
      : await scrub(browser, {
          moves: RUNS.scrubMoves,
          windowDays,
          range: data.range,
          eventDays,
          circleMoves: RUNS.circleMoves,
          drags: RUNS.drags,
          log,
        });
    if (real)
      log(`  scrub ${med(real.layer.scrub.ms)} ms, repaint ${med(real.layer.repaint.ms)} ms`);

    const scale: Record<number, ScaleResult> = {};
    for (const n of runs('scale') ? SCALES : []) {
      log(`scale: ${n.toLocaleString('en')} synthetic events`);
      const { mapData, files } = withSyntheticEvents(json, n);
      const r = await scrub(browser, {
        moves: RUNS.scaleMoves,
        windowDays,
        range: data.range,
        eventDays,
        mapData,
        files,
        circleMoves: RUNS.circleMoves,
        baselineMoves: RUNS.baselineMoves,
        drags: RUNS.drags,
        log,
      });
      scale[n] = r;
      log(
        `  events drawn at ${r.eventsMs?.toFixed(0)} ms; scrub ${med(r.layer.scrub.ms)} ms, repaint ${med(r.layer.repaint.ms)} ms; ` +
          `circles ${med(r.circles.scrub.ms)} ms; setData ${med(r.baseline.scrub.ms)} ms; ` +
          `drag: last step → frame ${r.drags.map((d) => d.lastStepToFinalMs.toFixed(0)).join('/')} ms`,
      );
    }
    const slowRuns = runs('slow') ? RUNS.slowLoads : 0;
    if (slowRuns)
      log(
        `slow phone connection (${SLOW_NETWORK.kbps} kb/s, ${SLOW_NETWORK.latencyMs} ms round trip), ${slowRuns} loads`,
      );
    const slow = await slowLoads(browser, slowRuns, log);
    await browser.close();

    const skip = { runs: [], error: 'skipped (BENCH_LIGHTHOUSE=0 or BENCH_ONLY)' };
    const withLighthouse = process.env.BENCH_LIGHTHOUSE !== '0' && runs('lighthouse');
    if (withLighthouse)
      log(`lighthouse, desktop (${RUNS.lighthouse} runs of the app, then of the bare page)`);
    const lh = withLighthouse ? await lighthouse(`${ORIGIN}/`, RUNS.lighthouse, log) : skip;
    const { width, height } = load.mapSize;
    const lhBare = withLighthouse
      ? await lighthouse(`${ORIGIN}/bare/?w=${width}&h=${height}`, RUNS.lighthouse, log)
      : skip;

    const bytes = measureBytes(load.files);
    const results = report({
      generated: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, chromium },
      runs: RUNS,
      load,
      real,
      scale,
      slow,
      bytes,
      lighthouse: lh,
      lighthouseBare: lhBare,
      seconds: Math.round((Date.now() - t0) / 1000),
      partial: PARTIAL,
    });
    if (PARTIAL) {
      // a partial run is for work on one part: it never replaces the full run's results
      const partial = join(ROOT, '.cache', 'bench-partial.json');
      writeFileSync(partial, JSON.stringify(results, null, 2));
      log(`partial run (BENCH_ONLY): wrote ${partial.slice(ROOT.length + 1)} only`);
      return;
    }
    // formatted like the rest of the tree, so `npm run format:check` passes after a run
    const options = (await prettier.resolveConfig(RESULTS)) ?? {};
    writeFileSync(
      RESULTS,
      await prettier.format(JSON.stringify(results), { ...options, filepath: RESULTS }),
    );
    log(`wrote ${RESULTS.slice(ROOT.length + 1)}`);
    // the table in docs/performance.md comes from the same run (between its bench-table markers)
    const doc = join(ROOT, 'docs', 'performance.md');
    const text = readFileSync(doc, 'utf8');
    const marked = /(<!-- bench-table -->\n)[\s\S]*?(\n<!-- \/bench-table -->)/;
    if (marked.test(text)) {
      const summary = `Run of ${results.generated.slice(0, 16).replace('T', ' ')} UTC, ${results.seconds} s.\n\n`;
      const next = text.replace(
        marked,
        (_, a: string, b: string) => `${a}\n${summary}${results.table}\n\n${results.summary}\n${b}`,
      );
      const docOptions = (await prettier.resolveConfig(doc)) ?? {};
      writeFileSync(doc, await prettier.format(next, { ...docOptions, filepath: doc }));
      log('wrote the table into docs/performance.md');
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

function med(xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number).toFixed(0) : '–';
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
