/** Links to the current view: the full page, the embed page, and the iframe snippet that shows it. */
import type { AppState } from '../state/store.ts';
import { formatUrl } from '../state/url.ts';

/** The view's URL on this page's own address, with or without embed mode. */
export function viewUrl(state: AppState, embed: boolean): string {
  return new URL(formatUrl({ ...state, embed }), window.location.href).href;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * An iframe that fills its column's width at 16:10 and is never less than 400 px tall (the embed page
 * is designed from 600 × 400 up); `title` names the frame for screen readers.
 */
export function iframeSnippet(src: string, title: string): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" style="width: 100%; aspect-ratio: 16 / 10; min-height: 400px; border: 0" loading="lazy"></iframe>`;
}
