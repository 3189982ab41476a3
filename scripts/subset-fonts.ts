/**
 * `npx tsx scripts/subset-fonts.ts`: cuts the few Azerbaijani letters the map's labels use (ə Ə ğ ş
 * Ş İ …) out of Noto Sans latin-ext (56 kB) into a subset of a few kB, committed in src/map/fonts/
 * with the list of its letters (src/map/fonts.ts gives MapLibre exactly that unicode-range). Run it
 * again after adding place names with other letters: tests/unit/fonts.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { labelLettersOutsideLatin } from '../src/map/font-letters.ts';

const require = createRequire(import.meta.url);
const source = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2');
const OUT = 'src/map/fonts/noto-sans-az-400-normal.woff2';
const LIST = 'src/map/fonts/noto-sans-az.json';

const texts = ['geodata/places.geojson', 'geodata/generated/countries.geojson'].map((f) =>
  readFileSync(f, 'utf8'),
);
const letters = labelLettersOutsideLatin(texts.join('\n'));
const subset = await subsetFont(readFileSync(source), letters.join(''), { targetFormat: 'woff2' });
writeFileSync(OUT, subset);
writeFileSync(
  LIST,
  `${JSON.stringify({ from: '@fontsource/noto-sans latin-ext 400', letters: letters.join('') }, null, 2)}\n`,
);
console.log(`${OUT}: ${subset.length} bytes for ${letters.join(' ')}`);
