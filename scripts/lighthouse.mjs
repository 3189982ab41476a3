/**
 * `npm run lighthouse`: builds the app, serves the build on 127.0.0.1, runs Lighthouse (desktop preset)
 * three times in Debian's Chromium, prints the median accessibility, best-practices and SEO scores and
 * writes them with every run's figures to docs/lighthouse.json. Not part of `npm test` (about a minute).
 *
 * LIGHTHOUSE_PORT (default 4181) and LIGHTHOUSE_RUNS (default 3) change the port and the number of runs;
 * CHROME_PATH defaults to /usr/bin/chromium.
 */
/* global fetch -- Node 20's built-in fetch */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureLighthouse } from './lighthouse-install.mjs';

// installed on demand (not a devDependency): see scripts/lighthouse-install.mjs
const lh = ensureLighthouse();
const chromeLauncher = await lh.load('chrome-launcher/dist/index.js');
const { default: lighthouse } = await lh.load('lighthouse/core/index.js');
const { default: desktopConfig } = await lh.load('lighthouse/core/config/desktop-config.js');

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4181);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const OUT_DIR = '.cache/dist-lighthouse';
const URL_AUDITED = `http://127.0.0.1:${PORT}/`;
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The flags of ../shared/testing/browser.md: headless, software WebGL, no background traffic. */
const CHROME_FLAGS = [
  '--headless=new',
  ...JSON.parse(readFileSync('scripts/chromium.json', 'utf8')).args,
];

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function waitForServer(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

const build = spawnSync('npm', ['run', 'build', '--', '--outDir', OUT_DIR], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(PORT),
    '--strictPort',
    '--outDir',
    OUT_DIR,
  ],
  { stdio: ['ignore', 'ignore', 'inherit'], detached: true },
);
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);

const runs = [];
try {
  await waitForServer(URL_AUDITED);
  for (let i = 1; i <= RUNS; i++) {
    // a fresh browser (and so a fresh profile) per run
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: CHROME_FLAGS,
    });
    try {
      const result = await lighthouse(
        URL_AUDITED,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        desktopConfig,
      );
      const lhr = result.lhr;
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      );
      // audits that cost points: weighted in one of the categories and not passed
      const failing = CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1)
        .map((a) => a.id);
      runs.push({ run: i, ...scores, failing });
      console.log(`run ${i}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
      if (failing.length) console.log(`  failing audits: ${failing.join(', ')}`);
    } finally {
      await chrome.kill();
    }
  }
} finally {
  stopServer();
}

const medians = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r[c]))]));
const summary = {
  date: new Date().toISOString().slice(0, 10),
  url: '/ (default view, desktop preset)',
  lighthouse: lh.version,
  chromium: spawnSync(CHROME_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim(),
  command: 'npm run lighthouse',
  medians,
  targets: { accessibility: 98, 'best-practices': 95, seo: 95 },
  runs,
};
mkdirSync('docs', { recursive: true });
writeFileSync('docs/lighthouse.json', `${JSON.stringify(summary, null, 2)}\n`);
console.log(
  `\nmedian of ${runs.length} runs: ${CATEGORIES.map((c) => `${c} ${medians[c]}`).join(', ')}`,
);
console.log('written to docs/lighthouse.json');
const missed = Object.entries(summary.targets).filter(([c, t]) => medians[c] < t);
if (missed.length) {
  console.error(`below target: ${missed.map(([c, t]) => `${c} ${medians[c]} < ${t}`).join(', ')}`);
  process.exit(1);
}
