/**
 * Where the event points come from: map-data.json's GeoJSON for the record as it is (tens of
 * events, read on the main thread), or — when that collection names a `binary` file — a compact
 * events.bin fetched and decoded in a worker, so a million events never block the page.
 */
import type { CompiledData } from '../data/types.ts';
import { columnsFromPoints, type EventColumns } from './events-buffer.ts';
import type { WorkerReply } from './events-worker.ts';

export interface LoadedEvents {
  columns: EventColumns;
  /** event id per draw position, when the events come with ids (map-data.json) */
  ids: string[] | null;
}

/** The binary file named by map-data.json's event collection (a foreign member), if any. */
export function binaryEventsFile(data: CompiledData): string | null {
  const name = (data.geo.events as { binary?: unknown }).binary;
  return typeof name === 'string' && /^[\w.-]+$/.test(name) ? name : null;
}

/** The events of map-data.json's GeoJSON collection, in draw order. */
export function eventsFromGeoJson(data: CompiledData): LoadedEvents {
  const features = data.geo.events.features;
  const { columns, order } = columnsFromPoints(
    features.map((f) => ({
      lon: f.geometry.coordinates[0] as number,
      lat: f.geometry.coordinates[1] as number,
      t0: f.properties.t0,
      t1: f.properties.t1,
    })),
  );
  return { columns, ids: Array.from(order, (i) => String(features[i]?.properties.id)) };
}

/** Fetches and decodes `data/<file>` in a worker; `onProgress` gets the bytes read so far. */
export function loadBinaryEvents(
  file: string,
  onProgress: (loaded: number, total: number) => void = () => undefined,
): Promise<LoadedEvents> {
  const worker = new Worker(new URL('./events-worker.ts', import.meta.url), { type: 'module' });
  const url = new URL(`${import.meta.env.BASE_URL}data/${file}`, window.location.href).href;
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const m = e.data;
      if (m.kind === 'progress') return onProgress(m.loaded, m.total);
      worker.terminate();
      if (m.kind === 'done') resolve({ columns: m.columns, ids: null });
      else reject(new Error(m.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`${file}: ${e.message}`));
    };
    worker.postMessage({ url });
  });
}
