/**
 * A Vite plugin that builds the service worker (./sw.ts → sw.js at the site root) with the list of
 * files to precache: the page, every built asset (code, styles, fonts) and the data files the app
 * loads. The version is a hash of every precached file's name and content, so any change to the code
 * or the data makes a new service worker, which the page offers to load.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const SOURCE = 'src/offline/sw.ts';
const OUTPUT = 'sw.js';
/** Public files the app itself needs offline; the rest (downloads, preview image) are cached when fetched. */
const PUBLIC_PRECACHE = [/^data\/(map-data|basemap)\.json$/, /^data\/.*\.bin$/, /^favicon\.svg$/];

function filesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    out = statSync(path).isDirectory() ? out.concat(filesUnder(path)) : out.concat(path);
  }
  return out;
}

export function precacheServiceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'precache-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: OUTPUT });
    },
    generateBundle(_options, bundle) {
      const sw = bundle[OUTPUT];
      if (!sw || sw.type !== 'chunk') throw new Error(`${OUTPUT} was not built`);
      const hash = createHash('sha256');
      const files = ['./'];
      for (const [name, item] of Object.entries(bundle).sort(([a], [b]) => a.localeCompare(b))) {
        if (name === OUTPUT || name.endsWith('.map') || name.startsWith('licenses/')) continue;
        files.push(name);
        hash.update(name).update(item.type === 'chunk' ? item.code : item.source);
      }
      const publicDir = config.publicDir;
      if (publicDir)
        for (const path of filesUnder(publicDir).sort()) {
          const name = relative(publicDir, path).split(sep).join('/');
          if (!PUBLIC_PRECACHE.some((re) => re.test(name))) continue;
          files.push(name);
          hash.update(name).update(readFileSync(path));
        }
      const manifest = { version: hash.digest('hex').slice(0, 16), files };
      const code = sw.code.replace(/(["'`])__PRECACHE_MANIFEST__\1/, JSON.stringify(manifest));
      if (code === sw.code) throw new Error(`${OUTPUT}: the precache placeholder is missing`);
      sw.code = code;
    },
  };
}
