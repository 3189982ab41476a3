/**
 * `npm run copycheck`: no run of 10+ words copied from a source article. The checker and the articles live
 * in ../shared beside the repository; a clone without it skips the check and says so plainly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHECKER = '../shared/tools/copycheck.py';
if (!existsSync(CHECKER)) {
  console.log(
    `Copy check SKIPPED: ${CHECKER} is not beside this clone (it holds the source articles). ` +
      'Run `npm run copycheck` in a checkout that has ../shared to check for copied sentences.',
  );
  process.exit(0);
}
const result = spawnSync('python3', [CHECKER, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
