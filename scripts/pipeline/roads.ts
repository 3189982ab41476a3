/**
 * The corridor's roads as static basemap context, derived from the dated corridor routes in
 * layers.geojson (so there is one copy of each waypoint) plus the sections inside Armenia, which
 * run between gazetteer places. Schematic: straight segments between sourced waypoints.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { Geodata } from './geodata.ts';

export interface RoadProps {
  id: string;
  kind: 'road';
  name: string;
  precision: 'schematic';
  /** which dated corridor routes used this stretch (ids in layers.geojson), or [] inside Armenia */
  routes: string[];
}

/** Names of stretches by the set of corridor routes that used them (sorted ids joined by "+"). */
const NAMES: Record<string, [string, string]> = {
  'lachin-corridor-bypass+lachin-corridor-hakari+lachin-corridor-original': [
    'road-stepanakert-lisagor',
    'Stepanakert – Shusha – Lisagor road (all corridor routes)',
  ],
  'lachin-corridor-original': [
    'road-old-corridor',
    'Old corridor road via Lachin / Berdzor and Zabukh / Aghavno (to 30 Aug 2022)',
  ],
  'lachin-corridor-bypass+lachin-corridor-hakari': [
    'road-new-corridor',
    'New corridor road via Mets Shen and Hin Shen to the Hakari bridge (from 30 Aug 2022)',
  ],
  'lachin-corridor-bypass': [
    'road-temporary-link',
    'Temporary link from the Hakari bridge to the old road (31 Aug 2022 – 31 Mar 2023)',
  ],
};

/** Sections inside Armenia: from a route's end (or a place) through places. */
const IN_ARMENIA: { id: string; name: string; from: string; via: string[] }[] = [
  {
    id: 'road-border-goris',
    name: 'Border – Tegh – Goris road (Armenia)',
    from: 'lachin-corridor-original',
    via: ['tegh', 'goris'],
  },
  {
    id: 'road-kornidzor-tegh',
    name: 'Hakari bridge – Kornidzor – Tegh road (Armenia, from 1 Apr 2023)',
    from: 'lachin-corridor-hakari',
    via: ['kornidzor', 'tegh'],
  },
];

const keyOf = (a: Position, b: Position) => `${a[0]},${a[1]} ${b[0]},${b[1]}`;

export function corridorRoads(
  data: Pick<Geodata, 'layers' | 'places'>,
): FeatureCollection<LineString, RoadProps> {
  const routes = data.layers.filter(
    (f): f is typeof f & { geometry: LineString } =>
      f.properties.layer === 'lachin-corridor' && f.geometry?.type === 'LineString',
  );
  // every segment (in either direction) → the routes that use it
  const users = new Map<string, Set<string>>();
  for (const r of routes) {
    const c = r.geometry.coordinates;
    for (let i = 1; i < c.length; i++) {
      const a = c[i - 1] as Position;
      const b = c[i] as Position;
      const key = users.has(keyOf(b, a)) ? keyOf(b, a) : keyOf(a, b);
      (users.get(key) ?? users.set(key, new Set()).get(key)!).add(r.properties.id);
    }
  }
  // chain each route's consecutive segments with the same users; emit each chain once
  const out: Feature<LineString, RoadProps>[] = [];
  const emitted = new Set<string>();
  for (const r of routes) {
    const c = r.geometry.coordinates;
    let chain: Position[] = [];
    let signature = '';
    const flush = () => {
      if (chain.length > 1 && !emitted.has(signature)) {
        emitted.add(signature);
        const [id, name] = NAMES[signature] ?? [`road-${out.length}`, 'Corridor road'];
        out.push(road(id, name, chain, signature.split('+')));
      }
      chain = [];
    };
    for (let i = 1; i < c.length; i++) {
      const a = c[i - 1] as Position;
      const b = c[i] as Position;
      const set = users.get(keyOf(a, b)) ?? users.get(keyOf(b, a));
      const sig = [...(set ?? [])].sort().join('+');
      if (sig !== signature) {
        flush();
        signature = sig;
        chain = [a];
      }
      chain.push(b);
    }
    flush();
  }
  const place = new Map(
    data.places.flatMap((p) => (p.geometry ? [[p.properties.id, p.geometry.coordinates]] : [])),
  );
  for (const s of IN_ARMENIA) {
    const start = routes.find((r) => r.properties.id === s.from)?.geometry.coordinates.at(-1);
    const via = s.via.map((id) => place.get(id));
    if (!start || via.some((p) => !p)) continue; // a renamed place: the road is left out, not guessed
    out.push(road(s.id, s.name, [start, ...(via as Position[])], []));
  }
  return { type: 'FeatureCollection', features: out };
}

function road(
  id: string,
  name: string,
  coordinates: Position[],
  routes: string[],
): Feature<LineString, RoadProps> {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'LineString', coordinates },
    properties: { id, kind: 'road', name, precision: 'schematic', routes },
  };
}
