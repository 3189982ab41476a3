/**
 * The service worker (built to sw.js by ./precache-plugin.ts): after the first visit the app, its data
 * and its fonts come from a cache, so the map opens offline. A new deployment installs beside the old
 * one and waits; the page offers to reload (./register.ts) and then tells it to take over.
 * Only this site's own files are touched: the opt-in OpenStreetMap tiles go to the network as before.
 */

// the few service-worker types used here (the DOM library does not declare them)
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

const sw = self as unknown as WorkerScope;
/** Replaced at build time with `{ version, files }` (paths relative to the scope). */
const MANIFEST = '__PRECACHE_MANIFEST__' as unknown as { version: string; files: string[] };
const SCOPE = sw.registration.scope;
/** Several copies of the map may live on one origin (under different folders): caches are per scope. */
const PREFIX = `karabakh-map ${SCOPE} `;
const CACHE = `${PREFIX}${MANIFEST.version}`;

sw.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(MANIFEST.files.map((f) => new URL(f, SCOPE).href))),
  );
});

sw.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('message', (e) => {
  if (e.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (e) => {
  const request = e.request;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  if (!request.url.startsWith(SCOPE)) return; // another host or another folder
  // every page of the app is the same page: its state is in the query string
  const key = request.mode === 'navigate' ? SCOPE : request;
  e.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // ignoreVary: a module script asks with an Origin header the precache request did not send
      const hit = await cache.match(key, { ignoreVary: true });
      if (hit) return hit;
      const response = await fetch(request);
      // files outside the precache (the downloads, the licences) stay available once fetched
      if (response.ok && request.mode !== 'navigate') void cache.put(request, response.clone());
      return response;
    }),
  );
});
