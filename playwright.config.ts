import { readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Path and flags shared with the benchmark and the Lighthouse script (npm runs from the repo root). */
const chromium = JSON.parse(readFileSync('scripts/chromium.json', 'utf8')) as {
  path: string;
  args: string[];
};

/** E2E_PORT / E2E_DIST let several checkouts or sessions test side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    // the app's offline copy (src/offline/) would answer reloads from its cache and hide routed
    // failures; tests/e2e/offline.spec.ts allows it
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? chromium.path,
      args: chromium.args,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
