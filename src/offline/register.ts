/**
 * Registers the service worker (production builds only) once the map is up, so precaching never
 * competes with the first load; when a new version has installed, offers to reload into it.
 */
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

function offerUpdate(notices: HTMLElement, worker: ServiceWorker): void {
  if (notices.querySelector('.notice-update')) return;
  const reload = el('button', { type: 'button', class: 'notice-dismiss' }, strings.offline.reload);
  const later = el('button', { type: 'button', class: 'notice-dismiss' }, strings.offline.later);
  const notice = el(
    'div',
    { class: 'notice notice-update', role: 'status' },
    el('p', {}, strings.offline.updateReady),
    reload,
    later,
  );
  reload.addEventListener('click', () => {
    // the new worker takes over; `controllerchange` then reloads the page
    sessionStorage.setItem('sw-reload', '1');
    worker.postMessage('skip-waiting');
  });
  later.addEventListener('click', () => notice.remove());
  notices.append(notice);
}

export function registerOffline(notices: HTMLElement): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  container.addEventListener('controllerchange', () => {
    // only when the reader asked for the new version (not when the first worker takes control)
    if (sessionStorage.getItem('sw-reload') !== '1') return;
    sessionStorage.removeItem('sw-reload');
    window.location.reload();
  });
  const start = () =>
    container.register('./sw.js', { scope: './' }).then(
      (reg: ServiceWorkerRegistration | undefined) => {
        if (!reg) return; // a blocked registration (browser policy, the browser tests) resolves empty
        if (reg.waiting && container.controller) offerUpdate(notices, reg.waiting);
        reg.addEventListener('updatefound', () => {
          const worker = reg.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && container.controller) offerUpdate(notices, worker);
          });
        });
      },
      (err: unknown) => console.warn('offline copy unavailable:', err),
    );
  if ('requestIdleCallback' in window) requestIdleCallback(() => void start(), { timeout: 5000 });
  else setTimeout(() => void start(), 2000);
}
