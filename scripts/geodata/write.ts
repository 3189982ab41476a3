// Serialises generated GeoJSON (one feature per line, for readable diffs) and provenance.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IdCollection, IdFeature } from './types.js';

function featureLine(feature: IdFeature): string {
  // Fixed key order: type, id, properties, geometry.
  return JSON.stringify({
    type: 'Feature',
    id: feature.id,
    properties: feature.properties,
    geometry: feature.geometry,
  });
}

export function serialiseCollection(collection: IdCollection): string {
  const lines = collection.features.map(featureLine);
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export interface WriteResult {
  bytes: number;
  sha256: string;
  changed: boolean;
}

export function writeText(path: string, text: string): WriteResult {
  mkdirSync(dirname(path), { recursive: true });
  const changed = !existsSync(path) || readFileSync(path, 'utf8') !== text;
  if (changed) writeFileSync(path, text);
  return {
    bytes: Buffer.byteLength(text),
    sha256: createHash('sha256').update(text).digest('hex'),
    changed,
  };
}

export function readJsonIfExists<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Formats JSON the way the project's Prettier would, so `format:check` stays green. */
export async function formatJson(value: unknown, filepath: string): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    return await prettier.format(text, { ...options, filepath, parser: 'json' });
  } catch {
    return text;
  }
}
