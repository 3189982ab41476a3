/** Lighthouse (desktop preset, performance only) against the served build, run a few times. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error -- a plain .mjs helper shared with scripts/lighthouse.mjs, no type declarations
import { ensureLighthouse } from '../../scripts/lighthouse-install.mjs';
import { CHROMIUM, CHROMIUM_ARGS, LIGHTHOUSE_PORT, ROOT } from '../config.ts';

export interface LighthouseRun {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
}

function once(url: string, timeoutMs: number): Promise<LighthouseRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const out = join(dir, 'report.json');
  const args = [
    url,
    '--preset=desktop',
    '--only-categories=performance',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    `--port=${LIGHTHOUSE_PORT}`,
    `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(ensureLighthouse().bin, args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`lighthouse exited ${code}: ${err.slice(-500)}`);
        const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
          categories: { performance: { score: number | null } };
          audits: Record<string, { numericValue?: number }>;
          runtimeError?: { code: string; message: string };
        };
        if (lhr.categories.performance.score === null)
          throw new Error(
            `no score: ${lhr.runtimeError?.code ?? 'unknown'} ${lhr.runtimeError?.message ?? ''}`,
          );
        const a = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        resolve({
          score: Math.round(lhr.categories.performance.score * 100),
          fcpMs: a('first-contentful-paint'),
          lcpMs: a('largest-contentful-paint'),
          tbtMs: a('total-blocking-time'),
          cls: a('cumulative-layout-shift'),
          speedIndexMs: a('speed-index'),
        });
      } catch (e) {
        reject(e as Error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

export async function lighthouse(
  url: string,
  runs: number,
  log: (s: string) => void,
): Promise<{ runs: LighthouseRun[]; error?: string }> {
  const out: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const r = await once(url, 180_000);
      out.push(r);
      log(
        `  lighthouse ${i + 1}/${runs}: ${r.score} (LCP ${r.lcpMs.toFixed(0)} ms, TBT ${r.tbtMs.toFixed(0)} ms)`,
      );
    } catch (e) {
      return { runs: out, error: (e as Error).message };
    }
  }
  return { runs: out };
}
