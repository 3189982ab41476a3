/**
 * Lighthouse on demand: it is about half of a full node_modules, and only `npm run lighthouse` and
 * `npm run bench` use it, so it is not a devDependency. The first use installs the pinned version
 * into .cache/lighthouse/ (ignored by git) with the ordinary npm client; later uses reuse it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LIGHTHOUSE_VERSION = '12.8.2';
const DIR = resolve('.cache', 'lighthouse');
const PKG = join(DIR, 'node_modules', 'lighthouse', 'package.json');

/** Installs Lighthouse if needed; returns its command-line entry and a loader for its modules. */
export function ensureLighthouse() {
  const installed = existsSync(PKG) && JSON.parse(readFileSync(PKG, 'utf8')).version;
  if (installed !== LIGHTHOUSE_VERSION) {
    console.log(`installing lighthouse@${LIGHTHOUSE_VERSION} into .cache/lighthouse (once)`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(
      join(DIR, 'package.json'),
      `${JSON.stringify({ private: true, dependencies: { lighthouse: LIGHTHOUSE_VERSION } }, null, 2)}\n`,
    );
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--omit=dev'], {
      cwd: DIR,
      stdio: 'inherit',
    });
    if (r.status !== 0) throw new Error(`npm install lighthouse@${LIGHTHOUSE_VERSION} failed`);
  }
  const modules = join(DIR, 'node_modules');
  return {
    version: LIGHTHOUSE_VERSION,
    bin: join(modules, '.bin', 'lighthouse'),
    /** import('lighthouse/…') from the on-demand install */
    load: (specifier) => import(pathToFileURL(join(modules, specifier)).href),
  };
}
