/**
 * The source articles live in ../shared beside the repository, not in it. Tests that read them are
 * skipped, with a plain message, on a clone without it.
 */
import { existsSync } from 'node:fs';

export const SEEDS_DIR = '../shared/seeds';
export const HAVE_SEEDS = existsSync(SEEDS_DIR);

export function sayIfSkipped(what: string): void {
  if (!HAVE_SEEDS) console.log(`SKIPPED ${what}: ${SEEDS_DIR} is not beside this clone.`);
}
