/** `npm run validate`: check geodata/ and print one line per problem (exit 1 if any) and per draft. */
import { readGeodata } from './pipeline/files.ts';
import { formatProblem } from './pipeline/problems.ts';
import { validateGeodata } from './pipeline/validate.ts';
import { balanceReport, formatBalance } from './pipeline/balance.ts';

const result = validateGeodata(readGeodata('geodata'));
// drafts (written by `npm run ingest -- --write`) are warnings: they pass, but the app leaves them out
for (const w of result.warnings) console.warn(formatProblem(w));
if (result.problems.length) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) in geodata/`);
  process.exit(1);
}
const d = result.data;
if (d)
  console.log(
    formatBalance(
      balanceReport(
        d.events.filter((e) => !e.draft),
        d.actors,
      ),
    ),
  );
console.log(
  `geodata/ is valid: ${d?.sources.length} sources, ${d?.actors.length} actors, ${d?.places.length} places, ` +
    `${d?.events.length} events, ${d?.layers.length} timed features` +
    (result.warnings.length ? ` (${result.warnings.length} draft(s) not shown in the app)` : ''),
);
