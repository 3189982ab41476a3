/**
 * In-page instrumentation, installed into every benchmark page before its own scripts run.
 * `installProbe` is sent to the page as source text (see browser.ts), so it must not refer to
 * anything outside itself; everything it needs from MapLibre is typed loosely below.
 */

/** The parts of a MapLibre map the probe uses. */
export interface ProbeMap {
  on(type: string, f: (e: ProbeMapEvent) => void): void;
  off(type: string, f: (e: ProbeMapEvent) => void): void;
  once(type: string, f: () => void): void;
  triggerRepaint(): void;
  getCanvas(): HTMLCanvasElement;
  getContainer(): HTMLElement;
  project(ll: [number, number]): { x: number; y: number };
  queryRenderedFeatures(o: { layers: string[] }): {
    properties: Record<string, unknown>;
    layer: { id: string };
  }[];
  getGlobalState(): Record<string, unknown>;
  areTilesLoaded(): boolean;
  setGlobalStateProperty(name: string, value: unknown): void;
  getStyle(): {
    layers: { id: string; type: string; source?: string; layout?: Record<string, unknown> }[];
    'font-faces'?: Record<string, { url: string; 'unicode-range'?: string[] }[]>;
  };
  getLayer(id: string): unknown;
  getFeatureState(f: { source: string; id: number }): { live?: boolean };
  getSource(id: string): { setData(d: unknown): void } | undefined;
  addSource(id: string, s: unknown): void;
  addLayer(l: unknown, before?: string): void;
  removeLayer(id: string): void;
  removeSource(id: string): void;
}
interface ProbeMapEvent {
  sourceId?: string;
  dataType?: string;
  tile?: unknown;
}

/** What one measured update took: from the input to the drawn frame that shows the new state. */
export interface Settled {
  ok: boolean;
  ms: number;
  renders: number;
  idles: number;
  why?: string;
}

export interface DragResult {
  ok: boolean;
  steps: number;
  rendersDuringDrag: number;
  stateUpdates: number;
  workerResults: number;
  lastStepToFinalMs: number;
  finalAfterWorkerMs: number;
  rendersAfterWorker: number;
  /** renders after the last input up to the frame that shows its date (1: the next frame shows it) */
  rendersAfterLastStep: number;
  /** the longest main-thread task that started while the drag was in progress */
  longestTaskMs: number;
}

export interface FontCheck {
  /** font files the labels on screen (placed) need */
  needed: string[];
  fetched: string[];
  /** fetched but not needed on screen: the labels laid out in loaded tiles that asked for them */
  extra: { file: string; labels: string[] }[];
  uncovered: string[];
  labels: number;
}

export interface Probe {
  idleAt: number | null;
  longTasks: { start: number; duration: number }[];
  mapSize(): { width: number; height: number };
  /** waits for the events layer's points (the binary file may arrive after the map) */
  eventsReady(timeoutMs: number): Promise<{ at: number; count: number; bytes: number } | null>;
  loadEvents(windowDays: number): Promise<number>;
  visibleEventCount(day: number): number;
  appMove(day: number): Promise<Settled>;
  repaint(day: number): Promise<Settled>;
  /** After a move: the labels re-placed for its date (the style's `placed` state), ms since the input. */
  labelsPlaced(day: number): Promise<Settled>;
  /** replaces the custom events layer by MapLibre's circle layer (the old way): ms to drawn */
  setUpCircles(): Promise<Settled>;
  setUpBaseline(): void;
  /** removes a layer if the style has it (to measure what it costs) */
  /** replaces every timed layer by one layer per feature state with layer-constant paint */
  baselineMove(day: number): Promise<Settled>;
  drag(days: number[], intervalMs: number): Promise<DragResult>;
  fonts(): FontCheck;
  blockedTime(from: number, to: number): { total: number; longest: number };
}

export function installProbe(): void {
  const w = window as unknown as { __app?: { map: ProbeMap }; __bench?: Probe };
  let map = null as unknown as ProbeMap;
  const probe = {} as Probe;
  probe.idleAt = null;
  probe.longTasks = [];
  let app: { map: ProbeMap } | undefined;
  Object.defineProperty(w, '__app', {
    configurable: true,
    get: () => app,
    set: (v: { map: ProbeMap }) => {
      app = v;
      map = v.map;
      map.once('idle', () => {
        if (probe.idleAt === null) probe.idleAt = performance.now();
      });
    },
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }

  /** Waits until the GPU has finished the frame just drawn (software WebGL draws asynchronously). */
  const syncGpu = () => {
    const gl = map.getCanvas().getContext('webgl2');
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  };

  /**
   * Resolves at the first `idle` whose drawn frame passes `check` (an intermediate `idle` is
   * possible after fast changes, so the drawn features are checked, not trusted).
   */
  const settle = (t0: number, check: () => string | true, timeoutMs = 10_000): Promise<Settled> =>
    new Promise((resolve) => {
      let renders = 0;
      let idles = 0;
      const onRender = () => {
        renders++;
      };
      const finish = (r: Settled) => {
        map.off('render', onRender);
        map.off('idle', onIdle);
        clearTimeout(timer);
        resolve(r);
      };
      const onIdle = () => {
        idles++;
        syncGpu();
        const t = performance.now();
        const verdict = check();
        if (verdict === true) finish({ ok: true, ms: t - t0, renders, idles });
        else if (t - t0 > timeoutMs)
          finish({ ok: false, ms: t - t0, renders, idles, why: verdict });
        else setTimeout(() => map.triggerRepaint(), 0);
      };
      const timer = setTimeout(
        () => finish({ ok: false, ms: performance.now() - t0, renders, idles, why: 'timeout' }),
        timeoutMs + 5_000,
      );
      map.on('render', onRender);
      map.on('idle', onIdle);
    });

  // --- the event points as the page drew them (real and, in scale runs, synthetic) ---
  interface Layer {
    columns: { count: number; xy: Float32Array; t: Uint16Array } | null;
    ids: string[] | null;
    drawn: { day: number } | null;
    drawnEvents(): number[];
  }
  const layer = () =>
    (map.getLayer('events') as { implementation?: Layer } | undefined)?.implementation ?? null;
  /** which drawing the scrub checks: the app's custom layer, MapLibre's circles, or setData */
  let mode: 'layer' | 'circles' | 'baseline' = 'layer';
  let ev = {
    n: 0,
    id: [] as string[],
    t0: new Int32Array(0),
    t1: new Int32Array(0),
    ll: [] as [number, number][],
    window: 14,
  };
  probe.eventsReady = (timeoutMs) =>
    new Promise((resolve) => {
      const until = performance.now() + timeoutMs;
      const poll = () => {
        const c = layer()?.columns;
        if (c && c.count > 0 && layer()?.drawn)
          return resolve({
            at: performance.now(),
            count: c.count,
            bytes: c.xy.byteLength + c.t.byteLength,
          });
        if (performance.now() > until) return resolve(null);
        setTimeout(poll, 10);
      };
      poll();
    });
  probe.loadEvents = async (windowDays) => {
    const l = layer();
    const c = l?.columns;
    if (!l || !c) throw new Error('no events layer with points');
    const lon = (x: number) => x * 360 - 180;
    const lat = (y: number) =>
      (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;
    ev = {
      n: c.count,
      id: Array.from({ length: c.count }, (_, k) => l.ids?.[k] ?? `#${k}`),
      t0: Int32Array.from({ length: c.count }, (_, k) => c.t[2 * k] as number),
      t1: Int32Array.from({ length: c.count }, (_, k) => c.t[2 * k + 1] as number),
      ll: Array.from({ length: c.count }, (_, k) => [
        lon(c.xy[2 * k] as number),
        lat(c.xy[2 * k + 1] as number),
      ]),
      window: windowDays,
    };
    return ev.n;
  };
  // the app's rule (src/map/events-buffer.ts isNear), checked here by brute force
  const inWindow = (i: number, day: number) =>
    (ev.t0[i] as number) <= day && day <= (ev.t1[i] as number) + ev.window;
  const isActive = (i: number, day: number) =>
    (ev.t0[i] as number) <= day && day <= (ev.t1[i] as number);

  probe.mapSize = () => {
    const c = map.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  };
  probe.visibleEventCount = (day) => {
    let n = 0;
    for (let i = 0; i < ev.n; i++) if (inWindow(i, day)) n++;
    return n;
  };

  const layersOf = (source: string) =>
    map
      .getStyle()
      .layers.filter((l) => l.source === source)
      .map((l) => l.id);
  /** The custom layer's last frame drew exactly the events near `day` (checked against all of them). */
  const checkLayer = (day: number): string | true => {
    const l = layer();
    if (!l?.drawn) return 'events layer: nothing drawn';
    if (l.drawn.day !== day) return `events layer: last frame drew ${l.drawn.day}`;
    const got = new Set(l.drawnEvents());
    let missing = 0;
    let near = 0;
    for (let i = 0; i < ev.n; i++) {
      if (!inWindow(i, day)) continue;
      near++;
      if (!got.has(i)) missing++;
    }
    const stale = got.size - (near - missing);
    return missing || stale ? `events layer: ${missing} missing, ${stale} stale` : true;
  };
  /** The drawn event points are exactly the ones near `day`: none stale, none missing well inside the view. */
  const checkEvents = (day: number, source: string): string | true => {
    if (source === 'events' && mode === 'layer') return checkLayer(day);
    const layers = layersOf(source);
    if (!layers.length) return `no layer on ${source}`;
    const got = new Set(map.queryRenderedFeatures({ layers }).map((f) => String(f.properties.id)));
    const { width, height } = probe.mapSize();
    const margin = 40;
    const near = new Set<string>();
    let missing = 0;
    for (let i = 0; i < ev.n; i++) {
      if (!inWindow(i, day)) continue;
      const id = ev.id[i] as string;
      near.add(id);
      const p = map.project(ev.ll[i] as [number, number]);
      const x = p.x + 14;
      const y = p.y - 14;
      if (x > margin && x < width - margin && y > margin && y < height - margin && !got.has(id))
        missing++;
    }
    let stale = 0;
    for (const id of got) if (!near.has(id)) stale++;
    return missing || stale ? `${source}: ${missing} missing, ${stale} stale` : true;
  };
  /** No drawn timed feature (districts, corridor, zone, posts) belongs to another date. */
  const readsDay = (l: unknown) =>
    JSON.stringify((l as { filter?: unknown }).filter ?? null).includes('["global-state","day"]');
  /**
   * Only layers whose filter reads the date are checked: a layer with a static filter and a paint
   * reading the date only (layer-constant paint) draws the date of the frame by construction.
   */
  const checkTimed = (day: number): string | true => {
    const layers = map
      .getStyle()
      .layers.filter(
        // compare mode's layers draw another date on purpose
        (l) =>
          l.source !== undefined &&
          // the events' own layers (and the labels' keep-out boxes on them) are checked apart
          !l.source.includes('events') &&
          l.source !== 'compare' &&
          !l.id.startsWith('compare') &&
          readsDay(l) &&
          (l.layout?.visibility ?? 'visible') !== 'none',
      )
      .map((l) => l.id);
    const wrong = checkLive(day);
    if (wrong !== true) return wrong;
    if (!layers.length) return true;
    const stale = map
      .queryRenderedFeatures({ layers })
      .filter((f) => (f.properties.t0 as number) > day || (f.properties.t1 as number) < day).length;
    return stale ? `timed: ${stale} stale` : true;
  };
  /**
   * The timed shapes drawn by feature state (src/map/live-state.ts): every feature of those sources
   * must carry the state the date gives it (t0 ≤ day ≤ t1), read back from the map, not trusted.
   */
  const checkLive = (day: number): string | true => {
    const sources = (
      map.getStyle() as unknown as {
        sources: Record<
          string,
          {
            generateId?: boolean;
            data?: { features?: { properties: { t0: number; t1: number } }[] };
          }
        >;
      }
    ).sources;
    let wrong = 0;
    for (const [source, spec] of Object.entries(sources)) {
      if (!spec.generateId) continue;
      (spec.data?.features ?? []).forEach((f, id) => {
        const on = f.properties.t0 <= day && day <= f.properties.t1;
        if ((map.getFeatureState({ source, id }).live ?? false) !== on) wrong++;
      });
    }
    return wrong ? `timed: ${wrong} features in another date's state` : true;
  };
  const checkApp = (day: number): string | true => {
    if (map.getGlobalState().day !== day) return 'day not applied yet';
    const e = checkEvents(day, mode === 'circles' ? 'circle-events' : 'events');
    return e === true ? checkTimed(day) : e;
  };

  const slider = () => document.getElementById('date-slider') as HTMLInputElement;
  const input = (day: number) => {
    const s = slider();
    s.value = String(day);
    s.dispatchEvent(new Event('input', { bubbles: true }));
  };

  let lastInput = 0;
  /** A reader's slider move in the app: input event → the app's own path → drawn frame. */
  probe.appMove = (day) => {
    const t0 = performance.now();
    lastInput = t0;
    const done = settle(t0, () => checkApp(day));
    input(day);
    return done;
  };

  probe.labelsPlaced = (day) =>
    new Promise((resolve) => {
      const t0 = lastInput;
      const started = performance.now();
      const poll = () => {
        const state = map.getGlobalState();
        if (state.placed === day && map.areTilesLoaded()) {
          // the next idle shows the re-placed labels; a map already at rest fires none by itself
          void settle(t0, () => true).then(resolve);
          map.triggerRepaint();
        } else if (performance.now() - started > 15_000)
          resolve({ ok: false, ms: performance.now() - t0, renders: 0, idles: 0, why: 'labels' });
        else setTimeout(poll, 10);
      };
      // a map without `placed` state (the bare page) has nothing to wait for
      if (!('placed' in map.getGlobalState())) resolve({ ok: true, ms: 0, renders: 0, idles: 0 });
      else poll();
    });

  /** A plain repaint of what is on screen now (same date, same visible points): the drawing floor. */
  probe.repaint = (day) => {
    const t0 = performance.now();
    const done = settle(t0, () =>
      mode === 'baseline' ? checkEvents(day, 'baseline-events') : checkApp(day),
    );
    map.triggerRepaint();
    return done;
  };

  /** The app's look of an event point, for the circle layers that stand in for the custom layer. */
  const eventPaint = (active: unknown) => ({
    'circle-color': '#e0442b',
    'circle-opacity': ['case', active, 0.95, 0.55],
    'circle-radius': ['case', active, 9, 7],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
    'circle-translate': [14, -14],
  });
  const features = (
    keep: (i: number) => boolean,
    props: (i: number) => Record<string, unknown>,
  ) => {
    const out = [];
    for (let i = 0; i < ev.n; i++)
      if (keep(i))
        out.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: ev.ll[i] },
          properties: { id: ev.id[i], t0: ev.t0[i], t1: ev.t1[i], ...props(i) },
        });
    return out;
  };
  const removeEvents = () => {
    for (const id of ['events', 'circle-events']) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource('circle-events')) map.removeSource('circle-events');
  };
  const before = () => {
    const layers = map.getStyle().layers;
    return layers[layers.findIndex((l) => l.id === 'events' || l.id === 'circle-events') + 1]?.id;
  };

  // --- MapLibre's circle layer with a global-state filter: the way the app drew events before ---
  probe.setUpCircles = () => {
    const at = before();
    removeEvents();
    mode = 'circles';
    const day = ['global-state', 'day'];
    const t0 = performance.now();
    const done = settle(t0, () => checkApp(map.getGlobalState().day as number), 120_000);
    map.addSource('circle-events', {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: features(
          () => true,
          () => ({}),
        ),
      },
      buffer: 4,
    });
    map.addLayer(
      {
        id: 'circle-events',
        type: 'circle',
        source: 'circle-events',
        filter: [
          'all',
          ['<=', ['-', ['get', 't0'], ev.window], day],
          ['>=', ['+', ['get', 't1'], ev.window], day],
        ],
        paint: eventPaint(['all', ['<=', ['get', 't0'], day], ['>=', ['get', 't1'], day]]),
      },
      at,
    );
    return done;
  };

  // --- the baseline: the same points, pre-filtered on the main thread and re-sent with setData ---
  probe.setUpBaseline = () => {
    const at = before();
    removeEvents();
    mode = 'baseline';
    map.addSource('baseline-events', {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      buffer: 4,
    });
    // "active on this date" read from the pre-filtered data instead
    map.addLayer(
      {
        id: 'baseline-events',
        type: 'circle',
        source: 'baseline-events',
        paint: eventPaint(['get', 'active']),
      },
      at,
    );
  };
  probe.baselineMove = (day) => {
    const t0 = performance.now();
    const done = settle(t0, () =>
      map.getGlobalState().day !== day
        ? 'day not applied yet'
        : checkEvents(day, 'baseline-events'),
    );
    requestAnimationFrame(() => {
      const near = features(
        (i) => inWindow(i, day),
        (i) => ({ active: isActive(i, day) }),
      );
      map.setGlobalStateProperty('day', day);
      map.getSource('baseline-events')?.setData({ type: 'FeatureCollection', features: near });
    });
    return done;
  };

  /** A drag: one slider input per `intervalMs`, then the time until the last date is drawn. */
  probe.drag = async (days, intervalMs) => {
    const renders: number[] = [];
    const results: number[] = [];
    let stateUpdates = 0;
    let lastDay = map.getGlobalState().day;
    const onRender = () => {
      renders.push(performance.now());
      const d = map.getGlobalState().day;
      if (d !== lastDay) {
        stateUpdates++;
        lastDay = d;
      }
    };
    const onData = (e: ProbeMapEvent) => {
      if (e.dataType === 'source' && e.tile) results.push(performance.now());
    };
    map.on('render', onRender);
    map.on('data', onData);
    const start = performance.now();
    for (let i = 0; i < days.length; i++) {
      input(days[i] as number);
      if (i < days.length - 1) await new Promise((r) => setTimeout(r, intervalMs));
    }
    const last = performance.now();
    const final = days[days.length - 1] as number;
    const s = await settle(last, () => checkApp(final));
    const end = last + s.ms;
    map.off('render', onRender);
    map.off('data', onData);
    const workerDone = Math.max(start, ...results.filter((t) => t <= end));
    return {
      ok: s.ok,
      steps: days.length,
      rendersDuringDrag: renders.filter((t) => t >= start && t <= last).length,
      stateUpdates,
      workerResults: results.filter((t) => t >= start).length,
      lastStepToFinalMs: s.ms,
      finalAfterWorkerMs: end - workerDone,
      rendersAfterWorker: renders.filter((t) => t > workerDone && t <= end).length,
      rendersAfterLastStep: renders.filter((t) => t > last && t <= end).length,
      longestTaskMs: Math.max(
        0,
        ...probe.longTasks
          .filter((t) => t.start >= start && t.start <= last)
          .map((t) => t.duration),
      ),
    };
  };

  /** Which label font files the on-screen labels need, and which the page fetched (and why). */
  probe.fonts = () => {
    const style = map.getStyle();
    const faces = Object.values(style['font-faces'] ?? {}).flat();
    const symbolLayers = style.layers.filter(
      (l) => l.type === 'symbol' && (l.layout?.visibility ?? 'visible') !== 'none',
    );
    const textOf = (p: Record<string, unknown>) => String(p.label ?? p.name ?? '');
    const placed = map.queryRenderedFeatures({ layers: symbolLayers.map((l) => l.id) });
    const file = (url: string) => url.split('/').pop()?.split('?')[0] ?? url;
    const covers = (range: string, cp: number) => {
      const [a, b] = range.replace(/^U\+/i, '').split('-');
      const lo = parseInt(a as string, 16);
      const hi = b ? parseInt(b, 16) : lo;
      return cp >= lo && cp <= hi;
    };
    // MapLibre takes the first declared face whose unicode-range covers a character
    const faceOf = (cp: number) =>
      faces.find((f) => (f['unicode-range'] ?? []).some((r) => covers(r, cp)));
    const filesFor = (text: string) => {
      const out = new Set<string>();
      for (const ch of text) {
        const cp = ch.codePointAt(0) as number;
        if (cp <= 0x20) continue;
        const face = faceOf(cp);
        if (face) out.add(file(face.url));
        else uncovered.add(ch);
      }
      return out;
    };
    const uncovered = new Set<string>();
    const needed = new Set<string>();
    for (const f of placed) for (const x of filesFor(textOf(f.properties))) needed.add(x);
    const fetched = [
      ...new Set(
        performance
          .getEntriesByType('resource')
          .map((e) => file(e.name))
          .filter((n) => n.endsWith('.woff2')),
      ),
    ].sort();
    // labels MapLibre laid out in the loaded tiles (placed or not): these decide the glyph requests
    const laidOut: string[] = [];
    for (const l of symbolLayers) {
      const q = map as unknown as {
        querySourceFeatures(
          s: string,
          o: { filter?: unknown },
        ): { properties: Record<string, unknown> }[];
      };
      for (const f of q.querySourceFeatures(l.source as string, {
        filter: (l as { filter?: unknown }).filter,
      }))
        laidOut.push(textOf(f.properties));
    }
    const extra = fetched
      .filter((x) => !needed.has(x))
      .map((x) => ({ file: x, labels: [...new Set(laidOut.filter((t) => filesFor(t).has(x)))] }));
    return {
      needed: [...needed].sort(),
      fetched,
      extra,
      uncovered: [...uncovered],
      labels: placed.length,
    };
  };

  probe.blockedTime = (from, to) => {
    let total = 0;
    let longest = 0;
    for (const t of probe.longTasks) {
      if (t.start < from || t.start > to) continue;
      total += Math.max(0, t.duration - 50);
      longest = Math.max(longest, t.duration);
    }
    return { total, longest };
  };

  w.__bench = probe;
}
