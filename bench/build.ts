/** Builds the app as `npm run build` does, in the browser tests' mode (it exposes window.__app), and the bare page. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { APP_DIST, BARE_DIST, ROOT } from './config.ts';

export async function buildAll(): Promise<void> {
  // hidden source maps: the shipped files are the same, and bytes can be traced to their packages
  const app = spawnSync(
    'npm',
    [
      'run',
      'build',
      '--',
      '--mode',
      'e2e',
      '--outDir',
      APP_DIST,
      '--emptyOutDir',
      '--sourcemap',
      'hidden',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  );
  if (app.status !== 0) {
    process.stderr.write(app.stdout + app.stderr);
    throw new Error(`npm run build failed (exit ${app.status})`);
  }
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'pages'),
    base: '/bare/',
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: BARE_DIST,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
    },
  });
}
