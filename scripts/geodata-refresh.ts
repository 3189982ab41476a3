// Regenerates geodata/generated/ from public datasets installed on demand into
// .cache/geodata-src (see geodata/README.md and shared/facts/geodata.md).
//   npm run geodata:refresh
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdmin1 } from './geodata/admin1.js';
import { buildCountries } from './geodata/countries.js';
import { buildLocator } from './geodata/locator.js';
import { buildNkao } from './geodata/nkao.js';
import {
  keepDateIfUnchanged,
  provenanceFile,
  type ProvenanceFile,
  type WrittenProvenance,
} from './geodata/provenance.js';
import { ensureSources } from './geodata/sources.js';
import type { LayerResult } from './geodata/types.js';
import { buildWater } from './geodata/water.js';
import { formatJson, readJsonIfExists, serialiseCollection, writeText } from './geodata/write.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = join(ROOT, '.cache', 'geodata-src');
const OUT_DIR = join(ROOT, 'geodata', 'generated');
const SIZE_BUDGET_BYTES = 1.5 * 1024 * 1024;

type Built = LayerResult & { failed?: boolean };

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function writeLayer(
  layer: Built,
  previous: ProvenanceFile | null,
  today: string,
): WrittenProvenance {
  const path = join(OUT_DIR, layer.provenance.file);
  const result = writeText(path, serialiseCollection(layer.collection));
  const entry: WrittenProvenance = {
    ...layer.provenance,
    generated: today,
    feature_count: layer.collection.features.length,
    bytes: result.bytes,
    sha256: result.sha256,
  };
  console.log(
    `  ${relative(ROOT, path).padEnd(36)} ${String(entry.feature_count).padStart(3)} features  ${kb(result.bytes).padStart(9)}${result.changed ? '' : '  (unchanged)'}`,
  );
  return keepDateIfUnchanged(entry, previous);
}

async function main(): Promise<void> {
  console.log('geodata:refresh: preparing sources');
  const sources = ensureSources(CACHE_DIR);

  console.log('geodata:refresh: building layers');
  const layers: Built[] = [
    buildAdmin1(sources),
    buildCountries(sources),
    buildNkao(sources),
    buildWater(sources),
    buildLocator(sources),
  ];
  for (const layer of layers) for (const line of layer.checks) console.log(`  ${line}`);
  if (layers.some((l) => l.failed)) {
    console.error('geodata:refresh: a required check failed (✗ above); nothing written');
    process.exitCode = 1;
    return;
  }

  console.log('geodata:refresh: writing');
  const provenancePath = join(OUT_DIR, 'provenance.json');
  const previous = readJsonIfExists<ProvenanceFile>(provenancePath);
  const today = new Date().toISOString().slice(0, 10);
  const entries = layers.map((layer) => writeLayer(layer, previous, today));
  const provenance = writeText(
    provenancePath,
    await formatJson(provenanceFile(entries), provenancePath),
  );
  console.log(
    `  ${relative(ROOT, provenancePath).padEnd(36)} ${''.padStart(12)}  ${kb(provenance.bytes).padStart(9)}${provenance.changed ? '' : '  (unchanged)'}`,
  );

  const total = entries.reduce((sum, e) => sum + e.bytes, provenance.bytes);
  const overBudget = total > SIZE_BUDGET_BYTES;
  console.log(
    `geodata:refresh: total ${kb(total)} (budget ${kb(SIZE_BUDGET_BYTES)})${overBudget ? '  ✗ over budget' : ''}`,
  );
  if (overBudget) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
