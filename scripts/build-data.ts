/** `npm run data`: validate geodata/, compile it and write public/data/ (the app's data and downloads). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from './pipeline/compile.ts';
import { exportFiles } from './pipeline/exports.ts';
import { readGeodata } from './pipeline/files.ts';
import { formatProblem } from './pipeline/problems.ts';
import { validateGeodata } from './pipeline/validate.ts';
import { basemapOf } from './pipeline/basemap.ts';

const geodataDir = process.env.GEODATA_DIR ?? 'geodata';
/** DATA_OUT lets a test build hostile or synthetic data without touching public/data. */
const outDir = process.env.DATA_OUT ?? join('public', 'data');

const result = validateGeodata(readGeodata(geodataDir));
if (!result.data) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s): nothing was built.`);
  process.exit(1);
}
const compiled = compile(result.data);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'map-data.json'), JSON.stringify(compiled));
writeFileSync(join(outDir, 'basemap.json'), JSON.stringify(basemapOf(result.data)));
for (const [name, text] of Object.entries(exportFiles(compiled)))
  writeFileSync(join(outDir, name), text);
console.log(
  `public/data/: ${compiled.events.length} events, ${Object.keys(compiled.features).length} timed features, ` +
    `${compiled.geo.timed.features.length} drawn shapes`,
);
