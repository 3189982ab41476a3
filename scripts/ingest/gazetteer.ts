/**
 * The gazetteer index: every name variant of every place in geodata/places.geojson, as folded keys,
 * plus which towns share their name with a district ("Lachin" the town, "Lachin region").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from './normalise.ts';

export interface PlaceNamesIn {
  id: string;
  kind: string;
  name: string;
  names: Record<'az' | 'hy' | 'ru' | 'en', string[]>;
  native: string[];
}

export type Convention = 'az' | 'hy' | 'ru' | 'en' | 'native';

export interface NameEntry {
  id: string;
  /** the variant as written in the gazetteer */
  name: string;
  convention: Convention;
  /** folded keys of its words */
  keys: string[];
}

export type PlaceClass = 'settlement' | 'district' | 'other';

export interface PlaceInfo {
  id: string;
  kind: string;
  name: string;
  class: PlaceClass;
}

export interface Gazetteer {
  places: Map<string, PlaceInfo>;
  /** entries by the key of their first word, longest names first */
  byFirstKey: Map<string, NameEntry[]>;
  /** one-word entries by key (for near-miss matching) */
  singleWord: NameEntry[];
  /** folded name of a settlement → the district named after it ("lachin" → lachin-district) */
  districtByName: Map<string, string>;
}

/** Words that name a district when they follow a place name ("Kalbajar region", "Laçın rayonu"). */
export const DISTRICT_WORDS = new Set([
  'region',
  'regions',
  'district',
  'districts',
  'rayon',
  'rayonu',
  'raion',
  'province',
  'provinces',
]);
/** Words that name a settlement when they follow or precede a place name ("Lachin town"). */
export const SETTLEMENT_WORDS = new Set(['town', 'city', 'village', 'settlement']);

const SETTLEMENT_KINDS = new Set(['town', 'city', 'village', 'capital', 'capital city']);

function classOf(kind: string): PlaceClass {
  if (kind === 'district') return 'district';
  return SETTLEMENT_KINDS.has(kind) ? 'settlement' : 'other';
}

/** Trailing words that a shortened alternative shares: "Khojaly / Stepanakert Airport". */
const SHARED_TAIL = new Set(['airport', 'bridge', 'corridor', 'reservoir', 'monastery']);

/** "Farrukh / Parukh" is two variants; "(Soviet-era form)" notes are not part of a name. */
function variants(name: string): string[] {
  const parts = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+\/\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const tail = parts.at(-1)?.split(/\s+/).at(-1) ?? '';
  if (parts.length < 2 || !SHARED_TAIL.has(tail.toLowerCase())) return parts;
  return parts.map((p) => (p.includes(' ') ? p : `${p} ${tail}`));
}

export function buildGazetteer(places: PlaceNamesIn[]): Gazetteer {
  const info = new Map<string, PlaceInfo>();
  const entries: NameEntry[] = [];
  const seen = new Set<string>();
  for (const p of places) {
    info.set(p.id, { id: p.id, kind: p.kind, name: p.name, class: classOf(p.kind) });
    const lists: [Convention, string[]][] = [
      ['az', p.names.az],
      ['hy', p.names.hy],
      ['ru', p.names.ru],
      ['en', p.names.en],
      ['native', p.native],
    ];
    for (const [convention, list] of lists) {
      for (const written of list) {
        for (const name of variants(written)) {
          const keys = tokenize(name).map((t) => t.key);
          const signature = `${p.id}|${name}`;
          if (!keys.length || seen.has(signature)) continue;
          seen.add(signature);
          entries.push({ id: p.id, name, convention, keys });
        }
      }
    }
  }

  const byFirstKey = new Map<string, NameEntry[]>();
  for (const e of entries) {
    const first = e.keys[0] as string;
    const list = byFirstKey.get(first) ?? [];
    list.push(e);
    byFirstKey.set(first, list);
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);

  // a district whose name is "<X> region" is the twin of a settlement named X
  const districtByName = new Map<string, string>();
  for (const e of entries) {
    if (info.get(e.id)?.class !== 'district' || e.keys.length < 2) continue;
    const last = e.name.split(/\s+/).pop()?.toLowerCase() ?? '';
    if (!DISTRICT_WORDS.has(last)) continue;
    const base = e.keys.slice(0, -1).join(' ');
    const settlement = entries.some(
      (other) => other.keys.join(' ') === base && info.get(other.id)?.class === 'settlement',
    );
    if (settlement) districtByName.set(base, e.id);
  }

  return {
    places: info,
    byFirstKey,
    singleWord: entries.filter((e) => e.keys.length === 1),
    districtByName,
  };
}

/** The gazetteer of a geodata folder (its places.geojson). */
export function loadGazetteer(geodataDir = 'geodata'): Gazetteer {
  const fc = JSON.parse(readFileSync(join(geodataDir, 'places.geojson'), 'utf8')) as {
    features: { properties: PlaceNamesIn }[];
  };
  return buildGazetteer(fc.features.map((f) => f.properties));
}
