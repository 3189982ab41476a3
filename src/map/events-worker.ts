/**
 * Fetches and decodes an events.bin off the main thread (a worker), then hands the draw-ready
 * columns over without copying. Messages out: progress (bytes), done (columns) or failed (text).
 */
import { columnsFromSorted, type EventColumns } from './events-buffer.ts';
import { decodeEvents } from './events-format.ts';

export type WorkerReply =
  | { kind: 'progress'; loaded: number; total: number }
  | { kind: 'done'; columns: EventColumns }
  | { kind: 'failed'; message: string };

const post = (m: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(m, transfer);

async function load(url: string): Promise<void> {
  const file = url.split('/').pop() ?? url;
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${file}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length') ?? 0);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    loaded += value.byteLength;
    post({ kind: 'progress', loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.byteLength;
  }
  const columns = columnsFromSorted(decodeEvents(bytes.buffer, file));
  post({ kind: 'done', columns }, [
    columns.xy.buffer,
    columns.t.buffer,
    columns.classStart.buffer,
    columns.classLongest.buffer,
  ]);
}

self.onmessage = (e: MessageEvent<{ url: string }>) => {
  load(e.data.url).catch((err: unknown) => post({ kind: 'failed', message: String(err) }));
};
