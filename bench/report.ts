/** Turns the measurements into the printed table, PASS / MISS per target, and results.json. */
import {
  appConstant,
  DRAG_STEPS,
  RUNS,
  SCALE_TARGET,
  SCALES,
  SLOW_NETWORK,
  TARGETS,
} from './config.ts';
import type { Bytes } from './measure/bytes.ts';
import type { LighthouseRun } from './measure/lighthouse.ts';
import type { LoadResult } from './measure/load.ts';
import type { SlowLoad } from './measure/slow.ts';
import type { Drawing, ScaleResult, Series } from './measure/scrub.ts';
import { median, round, summarize } from './stats.ts';

export interface ReportInput {
  generated: string;
  machine: { cpus: number; node: string; chromium: string };
  runs: typeof RUNS;
  load: LoadResult;
  /** absent in a partial run (BENCH_ONLY) without `scrub` */
  real?: ScaleResult;
  scale: Record<number, ScaleResult>;
  slow: SlowLoad[];
  bytes: Bytes;
  lighthouse: { runs: LighthouseRun[]; error?: string };
  lighthouseBare: { runs: LighthouseRun[]; error?: string };
  seconds: number;
  /** BENCH_ONLY: parts not run print no row and count as no target */
  partial?: boolean;
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
  if (load.appMs.length)
    row(
      `Cold load → map idle, median of ${appLoad.n} (p95)`,
      `app ${ms(appLoad.median)} (${ms(appLoad.p95)}); bare MapLibre, same basemap ${ms(bareLoad.median)} (${ms(bareLoad.p95)}): ${x(loadRatio)}`,
      target('load', `≤ ×${TARGETS.loadRatio}`, x(loadRatio), loadRatio <= TARGETS.loadRatio),
    );

  // scrub: the app's custom layer, MapLibre's circle layer on the same page, setData (reference)
  const med = (xs: number[]) => (xs.length ? ms(median(xs)) : '–');
  const drawingText = (d: Drawing) => {
    const sc = summarize(d.scrub.ms);
    const rp = summarize(d.repaint.ms);
    return {
      ratio: ratio(sc.median, rp.median),
      text: `${ms(sc.median)} (${ms(sc.p95)}); repaint ${ms(rp.median)}: ${x(ratio(sc.median, rp.median))}${failures(d.scrub)}`,
    };
  };
  const scaleRows = (label: string, r: ScaleResult, limit: number | null, id: string) => {
    const layer = drawingText(r.layer);
    const n = summarize(r.layer.scrub.ms).n;
    row(
      `${label}: slider input → frame with the new date, median (p95) of ${n}, custom layer (the app)`,
      layer.text,
      limit === null
        ? undefined
        : target(
            id,
            `≤ ×${limit} repaint`,
            x(layer.ratio),
            layer.ratio <= limit && r.layer.scrub.failed === 0,
          ),
    );
    const labels = summarize(r.layer.labels.ms);
    if (labels.n)
      row(
        `↳ labels re-placed for the new date once the date rests (the style's \`placed\` state, after ${appConstant('src/map/map-view.ts', 'PLACE_LABELS_AFTER_MS')} ms), input → that frame`,
        `${ms(labels.median)} (${ms(labels.p95)})${failures(r.layer.labels)}`,
      );
    const circles = drawingText(r.circles);
    row(
      `↳ MapLibre circle layer, global-state filter (the old way), same page`,
      r.circles.setUpMs === null
        ? `not measured: ${r.circles.error ?? 'not run'}`
        : `${circles.text}; ${summarize(r.circles.scrub.ms).n} moves; source set up and drawn in ${ms(r.circles.setUpMs)}` +
            ` (circle scrub ÷ custom-layer scrub ${x(ratio(median(r.circles.scrub.ms), median(r.layer.scrub.ms)))})`,
    );
    if (r.baseline.scrub.ms.length || r.baseline.scrub.failed)
      row(
        `↳ reference: setData with the points pre-filtered on the main thread`,
        drawingText(r.baseline).text,
      );
    return {
      events: r.events,
      visiblePoints: r.visiblePoints,
      layer: {
        scrub: summarize(r.layer.scrub.ms),
        repaint: summarize(r.layer.repaint.ms),
        ratio: layer.ratio,
      },
      labels: summarize(r.layer.labels.ms),
      circles: {
        setUpMs: r.circles.setUpMs === null ? null : round(r.circles.setUpMs),
        error: r.circles.error,
        scrub: summarize(r.circles.scrub.ms),
        repaint: summarize(r.circles.repaint.ms),
        ratio: circles.ratio,
      },
      setData: { scrub: summarize(r.baseline.scrub.ms), repaint: summarize(r.baseline.repaint.ms) },
      failed: {
        layer: r.layer.scrub.failed,
        circles: r.circles.scrub.failed,
        setData: r.baseline.scrub.failed,
        why: [...r.layer.scrub.why, ...r.circles.scrub.why, ...r.baseline.scrub.why],
      },
      loadMs: round(r.loadMs),
      eventsMs: r.eventsMs === null ? null : round(r.eventsMs),
      loadBlocked: r.loadBlocked,
      heapMb: round(r.heapMb),
      eventMb: round(r.eventBytes / 1e6),
      drags: r.drags,
    };
  };
  const realSummary = real
    ? scaleRows(`Scrub, real data (${real.events} events)`, real, TARGETS.scrubRatio, 'scrub-real')
    : null;

  const scaleSummary: Record<string, unknown> = {};
  for (const n of SCALES) {
    const r = scale[n];
    if (!r) continue;
    const big = n === SCALE_TARGET;
    const label = `Scrub, +${n.toLocaleString('en')} synthetic events (≈${r.visiblePoints.toLocaleString('en')} near each date)`;
    scaleSummary[n] = scaleRows(label, r, big ? TARGETS.scaleRatio : null, 'scale-ratio');
    const drags = r.drags;
    const after = Math.max(...drags.map((d) => d.rendersAfterLastStep));
    if (drags.length)
      row(
        `↳ drag of ${DRAG_STEPS} steps (one input per 16 ms), ${drags.length} drags`,
        `${round(median(drags.map((d) => d.rendersDuringDrag)), 0)} renders during the drag; last step → final frame ` +
          `${med(drags.map((d) => d.lastStepToFinalMs))}, renders in between ≤ ${after}; tiles re-made by the worker during the drag ` +
          `${Math.max(...drags.map((d) => d.workerResults))}; longest task while dragging ${ms(Math.max(...drags.map((d) => d.longestTaskMs)))}`,
        big
          ? target(
              'scale-backlog',
              `final date on screen ≤ ${TARGETS.rendersAfterLastStep} frames after the last input`,
              `${after} render(s)`,
              after <= TARGETS.rendersAfterLastStep && drags.every((d) => d.ok),
            )
          : undefined,
      );
    row(
      `↳ load and memory at +${n.toLocaleString('en')} (events.bin ${round(((r.eventBytes / 16) * 12) / 1e6, 1)} MB, decoded in a worker)`,
      `map idle ${ms(r.loadMs)}; all events drawn ${r.eventsMs === null ? '–' : ms(r.eventsMs)}; main thread until then: longest task ${ms(r.loadBlocked.longest)}, ` +
        `TBT-style ${ms(r.loadBlocked.total)}; JS heap ${round(r.heapMb, 1)} MB + event buffers ${round(r.eventBytes / 1e6, 1)} MB`,
    );
  }

  // slow phone connection
  const slowOf = (f: (r: SlowLoad) => number | null) => {
    const xs = input.slow.map(f);
    return xs.some((v) => v === null) ? null : median(xs as number[]);
  };
  const useful = slowOf((r) =>
    r.dateMs === null || r.listMs === null ? null : Math.max(r.dateMs, r.listMs),
  );
  const slowSummary = {
    firstPaintMs: slowOf((r) => r.firstPaintMs),
    dateMs: slowOf((r) => r.dateMs),
    listMs: slowOf((r) => r.listMs),
    stillMs: slowOf((r) => r.stillMs),
    usefulMs: useful,
    mapLiveMs: slowOf((r) => r.mapLiveMs),
    progressShare: round(median(input.slow.map((r) => r.progressShare)), 2),
    runs: input.slow,
  };
  const msOr = (v: number | null) => (v === null ? 'never' : ms(v));
  if (input.slow.length)
    row(
      `Slow phone connection (${SLOW_NETWORK.kbps} kb/s, ${SLOW_NETWORK.latencyMs} ms round trip), median of ${input.slow.length}`,
      `first paint ${msOr(slowSummary.firstPaintMs)}; date shown ${msOr(slowSummary.dateMs)}; list usable ${msOr(slowSummary.listMs)}; ` +
        `still of the map ${msOr(slowSummary.stillMs)}; ` +
        `map live ${msOr(slowSummary.mapLiveMs)}; a loading message visible ${Math.round(slowSummary.progressShare * 100)} % of the wait`,
      target(
        'slow-useful',
        `date and list ≤ ${TARGETS.slowUsefulMs / 1000} s, progress shown until the map is live`,
        `${msOr(useful)}, progress ${Math.round(slowSummary.progressShare * 100)} %`,
        useful !== null && useful <= TARGETS.slowUsefulMs && slowSummary.progressShare >= 0.95,
      ),
    );

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
  const extraFontBytes = sum(
    fonts.extra.map((e) => bytes.fonts.find((f) => f.file === e.file)?.bytes ?? Infinity),
  );
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
      `only faces for labels on screen, or ≤ ${TARGETS.offscreenFontKb} kB for labels laid out off screen`,
      `${kB(extraFontBytes)} kB for labels off screen`,
      missing.length === 0 && extraFontBytes <= TARGETS.offscreenFontKb * 1000,
    ),
  );
  row(
    'Data fetched on first load, gzip',
    bytes.data.map((d) => `${d.file} ${kB(d.gzip)} kB`).join(', '),
  );
  if (load.appHeapMb.length)
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
  const bareRuns = input.lighthouseBare.runs;
  if (lh.runs.length && bareRuns.length) {
    const score = median(lh.runs.map((r) => r.score));
    const bare = median(bareRuns.map((r) => r.score));
    row(
      `Lighthouse 12, desktop, performance, median of ${lh.runs.length}`,
      `app ${lhText(lh)}; bare MapLibre page ${lhText(input.lighthouseBare)}`,
      target(
        'lighthouse',
        `≥ bare page − ${TARGETS.lighthouseBelowBare}`,
        `${score} vs ${bare}`,
        score >= bare - TARGETS.lighthouseBelowBare,
      ),
    );
    const cls = median(lh.runs.map((r) => r.cls));
    row(
      'Layout shift (Lighthouse CLS, median)',
      `app ${round(cls, 3)}`,
      target(
        'layout-shift',
        `${TARGETS.layoutShift}`,
        String(round(cls, 3)),
        cls <= TARGETS.layoutShift,
      ),
    );
  } else if (!input.partial)
    row(
      'Lighthouse 12, desktop, performance',
      `not measured: ${lh.error ?? input.lighthouseBare.error ?? 'no run'}`,
      target('lighthouse', `≥ bare page − ${TARGETS.lighthouseBelowBare}`, 'not measured', false),
    );

  const table = [
    '| measure | result | target | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  const passed = targets.filter((t) => t.pass).length;
  const summary =
    `${passed} of ${targets.length} targets met` +
    (passed < targets.length
      ? `; missed: ${targets
          .filter((t) => !t.pass)
          .map((t) => `${t.id} (${t.value}, target ${t.target})`)
          .join('; ')}`
      : '') +
    `. ${input.machine.cpus} cores, Node ${input.machine.node}, Chromium ${input.machine.chromium} (software WebGL); ${input.seconds} s.`;
  console.log(summary);
  if (load.offsite.length)
    console.log(`requests to other hosts (blocked): ${load.offsite.join(', ')}`);

  return {
    generated: input.generated,
    machine: input.machine,
    runs: input.runs,
    seconds: input.seconds,
    targets,
    summary,
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
      real: realSummary,
      scale: scaleSummary,
    },
    slow: slowSummary,
    bytes,
    fonts,
    lighthouse: lh,
    lighthouseBare: input.lighthouseBare,
    table,
  };
}
