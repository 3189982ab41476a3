/**
 * The Content-Security-Policy of the built page (a <meta> tag, added at build time by vite.config.ts)
 * and of `vite preview` (a response header). The dev server (`npm start`) is left without it: Vite's
 * dev client injects inline scripts.
 *
 * - scripts and the MapLibre worker only from the app's own origin, never inline, never eval;
 * - fonts: the label fonts are fetched (connect-src) and handed to the FontFace API; the page's own
 *   CSS fonts come from 'self';
 * - images: MapLibre's control icons are data: URLs and it decodes images through blob: URLs;
 * - style attributes are allowed (MapLibre, the legend swatches and the timeline set them); style
 *   sheets and <style> elements only from 'self';
 * - the only other origin is the opt-in online basemap (`basemap=osm`), which the app contacts only
 *   when the link asks for it.
 */
import { ONLINE_BASEMAP_ORIGINS } from '../security/online-hosts.ts';

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'connect-src': ["'self'", ...ONLINE_BASEMAP_ORIGINS],
  'img-src': ["'self'", 'data:', 'blob:', ...ONLINE_BASEMAP_ORIGINS],
  'font-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');
