/** Turns the measurements into the printed table, PASS / MISS per target, and results.json. */
import { DRAG_STEPS, RUNS, SCALES, TARGETS } from './config.ts';
import type { Bytes } from './measure/bytes.ts';
import type { LighthouseRun } from './measure/lighthouse.ts';
import type { LoadResult } from './measure/load.ts';
import type { ScaleResult, Series } from './measure/scrub.ts';
import { median, round, summarize } from './stats.ts';

export interface ReportInput {
  generated: string;
  machine: { cpus: number; node: string; chromium: string };
  runs: typeof RUNS;
  load: LoadResult;
  real: ScaleResult;
  scale: Record<number, ScaleResult>;
  bytes: Bytes;
  lighthouse: { runs: LighthouseRun[]; error?: string };
  lighthouseBare: { runs: LighthouseRun[]; error?: string };
  seconds: number;
}

interface Target {
  id: string;
  target: string;
  value: string;
  pass: boolean;
}

const kB = (b: number) => round(b / 1000, 1);
const ms = (x: number) => `${Math.round(x)} ms`;
const x = (r: number) => `×${r.toFixed(2)}`;
const ratio = (a: number, b: number) => round(a / b, 2);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const failures = (s: Series) => (s.failed ? ` (${s.failed} unconfirmed: ${s.why[0]})` : '');

export function report(input: ReportInput) {
  const { load, real, scale, bytes } = input;
  const targets: Target[] = [];
  const rows: [string, string, string, string][] = [];
  const row = (what: string, result: string, t?: Target) =>
    rows.push([what, result, t?.target ?? '', t ? (t.pass ? 'PASS' : 'MISS') : '']);
  const target = (id: string, targetText: string, value: string, pass: boolean) => {
    const t = { id, target: targetText, value, pass };
    targets.push(t);
    return t;
  };

  // cold load
  const appLoad = summarize(load.appMs);
  const bareLoad = summarize(load.bareMs);
  const loadRatio = ratio(appLoad.median, bareLoad.median);
  row(
    `Cold load → map idle, median of ${appLoad.n} (p95)`,
    `app ${ms(appLoad.median)} (${ms(appLoad.p95)}); bare MapLibre, same basemap ${ms(bareLoad.median)} (${ms(bareLoad.p95)}): ${x(loadRatio)}`,
    target('load', `≤ ×${TARGETS.loadRatio}`, x(loadRatio), loadRatio <= TARGETS.loadRatio),
  );

  // scrub at the real data
  const scrubRow = (label: string, r: ScaleResult, limit: number, id: string) => {
    const s = summarize(r.scrub.ms);
    const p = summarize(r.repaint.ms);
    const q = ratio(s.median, p.median);
    row(
      `${label}: slider input → frame with the new date, median (p95) of ${s.n}`,
      `${ms(s.median)} (${ms(s.p95)}); plain repaint ${ms(p.median)} (${ms(p.p95)}): ${x(q)}` +
        failures(r.scrub),
      target(id, `≤ ×${limit} repaint`, x(q), q <= limit && r.scrub.failed === 0),
    );
    return { scrub: s, repaint: p, ratio: q };
  };
  const realSummary = scrubRow(
    `Scrub, real data (${real.events} events)`,
    real,
    TARGETS.scrubRatio,
    'scrub-real',
  );

  // scale
  const scaleSummary: Record<string, unknown> = {};
  for (const n of SCALES) {
    const r = scale[n];
    if (!r) continue;
    const label = `Scrub, +${n.toLocaleString('en')} synthetic events (≈${r.visiblePoints.toLocaleString('en')} near each date)`;
    const big = n === Math.max(...SCALES);
    const s = summarize(r.scrub.ms);
    const p = summarize(r.repaint.ms);
    const b = summarize(r.baseline.ms);
    const q = ratio(s.median, p.median);
    const speedup = ratio(b.median, s.median);
    row(
      `${label}: median (p95) of ${s.n}`,
      `${ms(s.median)} (${ms(s.p95)}); plain repaint ${ms(p.median)} (${ms(p.p95)}): ${x(q)}` +
        failures(r.scrub),
      big
        ? target(
            'scale-ratio',
            `≤ ×${TARGETS.scaleRatio} repaint`,
            x(q),
            q <= TARGETS.scaleRatio && r.scrub.failed === 0,
          )
        : undefined,
    );
    row(
      `↳ setData baseline (pre-filtered array), median (p95) of ${b.n}`,
      `${ms(b.median)} (${ms(b.p95)}): global-state filter ${speedup >= 1 ? `${x(speedup)} faster` : `${x(1 / speedup)} slower`}` +
        failures(r.baseline),
      big
        ? target(
            'scale-speedup',
            `≥ ×${TARGETS.speedupOverSetData} faster`,
            x(speedup),
            speedup >= TARGETS.speedupOverSetData,
          )
        : undefined,
    );
    const drags = r.drags;
    const after = Math.max(...drags.map((d) => d.rendersAfterWorker));
    if (drags.length)
      row(
        `↳ drag of ${DRAG_STEPS} steps (one input per 16 ms), ${drags.length} drags`,
        `${round(median(drags.map((d) => d.rendersDuringDrag)), 0)} renders during the drag; last step → final frame ` +
          `${ms(median(drags.map((d) => d.lastStepToFinalMs)))}; final frame ${ms(median(drags.map((d) => d.finalAfterWorkerMs)))} ` +
          `after the worker's last tile, renders in between ≤ ${after}`,
        big
          ? target(
              'scale-backlog',
              `final frame ≤ ${TARGETS.rendersAfterWorker} frame after the worker`,
              `${after} render(s)`,
              after <= TARGETS.rendersAfterWorker && drags.every((d) => d.ok),
            )
          : undefined,
      );
    if (big)
      row(
        `↳ main thread at +${n.toLocaleString('en')}`,
        `load to map idle ${ms(r.loadMs)} (longest task ${ms(r.loadBlocked.longest)}, TBT-style ${ms(r.loadBlocked.total)}); ` +
          `while dragging: longest task ${ms(Math.max(...drags.map((d) => d.longestTaskMs)))}; JS heap ${round(r.heapMb, 1)} MB`,
      );
    scaleSummary[n] = {
      visiblePoints: r.visiblePoints,
      scrub: s,
      repaint: p,
      ratio: q,
      setData: b,
      setDataRepaint: summarize(r.baselineRepaint.ms),
      speedup,
      failed: {
        scrub: r.scrub.failed,
        repaint: r.repaint.failed,
        setData: r.baseline.failed,
        why: [...r.scrub.why, ...r.baseline.why],
      },
      drags,
      loadBlocked: r.loadBlocked,
      loadMs: round(r.loadMs),
      heapMb: round(r.heapMb),
    };
  }

  // bytes
  const own = bytes.js.app + bytes.js['other dependencies'];
  const deps = Object.entries(bytes.dependencies)
    .sort((a, b) => b[1] - a[1])
    .map(([p]) => p);
  row(
    'JS, gzip (level 9), fetched on first load',
    `app ${kB(bytes.js.app)} kB + other dependencies ${kB(bytes.js['other dependencies'])} kB` +
      `${deps.length ? ` (${deps.join(', ')})` : ''} = ${kB(own)} kB; maplibre-gl ${kB(bytes.js['maplibre-gl'])} kB (main + worker)`,
    target('own-js', `≤ ${TARGETS.ownJsKb} kB`, `${kB(own)} kB`, own <= TARGETS.ownJsKb * 1000),
  );
  row(
    'CSS, gzip',
    `${kB(sum(bytes.css.map((c) => c.gzip)))} kB (${bytes.css.map((c) => `${c.file.replace(/-[\w-]{8}\.css$/, '')} ${kB(c.gzip)}`).join(', ')}; mostly maplibre-gl.css)`,
  );
  const fonts = load.fonts;
  const short = (f: string) => f.replace(/-[\w-]{8}\.woff2$/, '').replace(/-400-normal$/, '');
  const missing = fonts.needed.filter((f) => !fonts.fetched.includes(f));
  row(
    'Fonts fetched on first load',
    `${bytes.fonts.map((f) => `${short(f.file)} ${kB(f.bytes)} kB`).join(', ') || 'none'}; ` +
      `the ${fonts.labels} labels on screen need ${fonts.needed.map(short).join(', ') || 'none'}` +
      fonts.extra
        .map(
          (e) =>
            `; ${short(e.file)} is fetched for labels laid out in loaded tiles but not shown` +
            (e.labels.length
              ? ` (${e.labels
                  .slice(0, 3)
                  .map((l) => `“${l}”`)
                  .join(', ')})`
              : ''),
        )
        .join('') +
      (missing.length ? `; needed but not fetched: ${missing.map(short).join(', ')}` : ''),
    target(
      'fonts',
      'only the scripts on screen',
      `${fonts.fetched.length} fetched, ${fonts.needed.length} needed`,
      fonts.extra.length === 0,
    ),
  );
  row(
    'Data fetched on first load, gzip',
    bytes.data.map((d) => `${d.file} ${kB(d.gzip)} kB`).join(', '),
  );
  row(
    `JS heap after load (main thread, after GC), median of ${load.appHeapMb.length}`,
    `app ${round(median(load.appHeapMb), 1)} MB; bare MapLibre ${round(median(load.bareHeapMb), 1)} MB`,
  );

  // lighthouse
  const lh = input.lighthouse;
  const lhText = (l: { runs: LighthouseRun[]; error?: string }) =>
    l.runs.length
      ? `${median(l.runs.map((r) => r.score))} (runs ${l.runs.map((r) => r.score).join(', ')}; ` +
        `LCP ${ms(median(l.runs.map((r) => r.lcpMs)))}, TBT ${ms(median(l.runs.map((r) => r.tbtMs)))}, ` +
        `CLS ${round(median(l.runs.map((r) => r.cls)), 3)})`
      : `not measured (${l.error ?? 'no run'})`;
  if (lh.runs.length) {
    const score = median(lh.runs.map((r) => r.score));
    row(
      `Lighthouse 12, desktop, performance, median of ${lh.runs.length}`,
      `app ${lhText(lh)}; bare MapLibre page ${lhText(input.lighthouseBare)}`,
      target('lighthouse', `≥ ${TARGETS.lighthouse}`, String(score), score >= TARGETS.lighthouse),
    );
  } else
    row(
      'Lighthouse 12, desktop, performance',
      `not measured: ${lh.error ?? 'no run'}`,
      target('lighthouse', `≥ ${TARGETS.lighthouse}`, 'not measured', false),
    );

  const table = [
    '| measure | result | target | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  const passed = targets.filter((t) => t.pass).length;
  console.log(
    `${passed} of ${targets.length} targets met` +
      (passed < targets.length
        ? `; missed: ${targets
            .filter((t) => !t.pass)
            .map((t) => `${t.id} (${t.value}, target ${t.target})`)
            .join('; ')}`
        : '') +
      `. ${input.machine.cpus} cores, Node ${input.machine.node}, Chromium ${input.machine.chromium} (software WebGL); ${input.seconds} s.`,
  );
  if (load.offsite.length)
    console.log(`requests to other hosts (blocked): ${load.offsite.join(', ')}`);

  return {
    generated: input.generated,
    machine: input.machine,
    runs: input.runs,
    seconds: input.seconds,
    targets,
    load: {
      app: appLoad,
      bare: bareLoad,
      ratio: loadRatio,
      appBlockedMs: summarize(load.appBlockedMs),
      mapSize: load.mapSize,
      heapMb: { app: round(median(load.appHeapMb)), bare: round(median(load.bareHeapMb)) },
      files: [...new Set(load.files)].sort(),
    },
    scrub: {
      real: { events: real.events, ...realSummary, failed: real.scrub.failed },
      scale: scaleSummary,
    },
    bytes,
    fonts,
    lighthouse: lh,
    lighthouseBare: input.lighthouseBare,
    table,
  };
}
