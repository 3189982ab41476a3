import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src/security/csp.ts';
import { precacheServiceWorker } from './src/offline/precache-plugin.ts';

/** Adds the Content-Security-Policy to the built page only (Vite's dev server injects inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Ships the project's own licence next to the third-party ones (`build.license`), for "About the data". */
function projectLicence(): Plugin {
  return {
    name: 'project-licence',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'licenses/LICENSE.txt',
        source: readFileSync('LICENSE', 'utf8'),
      });
    },
  };
}

/**
 * Social-card scrapers need absolute addresses: with SITE_URL set at build time (the address the site
 * is served from, ending in /), the card image and og:url point there; without it they stay relative.
 */
function socialCard(siteUrl = process.env.SITE_URL): Plugin {
  return {
    name: 'social-card',
    apply: 'build',
    transformIndexHtml(html) {
      if (!siteUrl) return html;
      const site = new URL(siteUrl).href;
      return html
        .replace('content="preview.png"', `content="${new URL('preview.png', site).href}"`)
        .replace(
          '<meta property="og:type"',
          `<meta property="og:url" content="${site}" />\n    <meta property="og:type"`,
        );
    },
  };
}

export default defineConfig({
  // relative URLs: the built site works from any folder (a newsroom's /graphics/karabakh/ as well as /)
  base: './',
  // PUBLIC_DIR lets a test build the app around another data folder (see scripts/build-data.ts DATA_OUT)
  publicDir: process.env.PUBLIC_DIR ?? 'public',
  plugins: [contentSecurityPolicy(), projectLicence(), socialCard(), precacheServiceWorker()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    // the licences of every bundled dependency, linked from "About the data"
    license: { fileName: 'licenses/third-party.txt' },
    // keep `@license` comments (MapLibre's BSD notice) in the minified code
    rolldownOptions: { output: { comments: { legal: true } } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  },
});
