// Thin wrappers around child_process for the geodata refresh script.
import { execFileSync, spawnSync } from 'node:child_process';

/** Runs a command and returns its stdout; throws with stderr on failure. */
export function run(
  cmd: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): string {
  return execFileSync(cmd, args, {
    ...options,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs a command with its output shown to the user (for installs). */
export function runVisible(cmd: string, args: readonly string[], cwd?: string): void {
  const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    throw new Error(`command failed (${result.status ?? result.signal}): ${cmd} ${args.join(' ')}`);
  }
}

export function commandExists(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
