// Former NKAO boundary (as of 1991) and the 1994 ceasefire line, from the Natural Earth
// "disputed_borders" layer shipped in Debian qgis-common's world_map.gpkg.
import type { LineString, MultiLineString, Polygon } from 'geojson';
import { chainPieces, closeRing } from './chain.js';
import { areaKm2, rfc7946Winding, roundGeometry, toPt } from './geometry.js';
import { listFeatureTables, readGpkgTable, type GpkgFeature } from './gpkg.js';
import { ATTRIBUTION, LICENCES } from './provenance.js';
import type { Sources } from './sources.js';
import type { IdFeature, LayerResult, Pt } from './types.js';

const OBLAST_NAME = 'Former USSR oblast in 1991';
const CEASEFIRE_NAME = 'Ceasefire Line 1994';
/** Largest gap between piece ends that is bridged (NE's pieces leave gaps of ≤ 0.0026°). */
const MAX_GAP_DEG = 0.005;
const EXPECTED_KM2 = 4282;
const OFFICIAL_KM2 = 4388;

function findDisputedTable(gpkg: string): string {
  const table = listFeatureTables(gpkg).find((t) => /disputed/i.test(t));
  if (!table) throw new Error(`${gpkg}: no disputed-borders feature table`);
  return table;
}

function lineParts(features: readonly GpkgFeature[]): Pt[][] {
  return features.flatMap((f) => {
    const g = f.geometry;
    if (!g) return [];
    if (g.type === 'LineString') return [g.coordinates.map(toPt)];
    if (g.type === 'MultiLineString') return g.coordinates.map((l) => l.map(toPt));
    throw new Error(`unexpected ${g.type} in disputed borders (fid ${f.fid})`);
  });
}

export function buildNkao(
  sources: Sources,
): LayerResult<Polygon | LineString | MultiLineString> & { failed: boolean } {
  const gpkg = sources.qgis.gpkg;
  const table = findDisputedTable(gpkg);
  const rows = readGpkgTable(gpkg, table, `name in ('${OBLAST_NAME}', '${CEASEFIRE_NAME}')`);
  const oblast = rows.filter((r) => r.properties.name === OBLAST_NAME);
  const ceasefire = rows.filter((r) => r.properties.name === CEASEFIRE_NAME);
  const checks: string[] = [];
  let failed = false;

  const oblastPieces = lineParts(oblast);
  const joined = chainPieces(oblastPieces, MAX_GAP_DEG);
  const ring = joined.chains.length === 1 ? joined.chains[0] : null;
  const closingGap = ring ? closeRing(ring, MAX_GAP_DEG) : null;
  if (!ring || closingGap === null) {
    throw new Error(
      `NKAO: ${oblastPieces.length} pieces did not chain into one closed ring (${joined.chains.length} chains)`,
    );
  }
  const polygon = roundGeometry({ type: 'Polygon', coordinates: [ring] });
  if (!polygon || polygon.type !== 'Polygon') throw new Error('NKAO ring collapsed');
  const nkaoGeometry = rfc7946Winding(polygon);
  const km2 = areaKm2(nkaoGeometry);
  const maxGap = Math.max(closingGap, ...joined.gaps);
  const areaOk = Math.abs(km2 - EXPECTED_KM2) / EXPECTED_KM2 < 0.02;
  failed ||= !areaOk;
  checks.push(
    `nkao: ${oblast.length} features / ${oblastPieces.length} pieces → 1 ring, largest end gap bridged ${maxGap.toFixed(4)}°`,
    `${areaOk ? '✓' : '✗'} NKAO area ${km2.toFixed(0)} km² (expected ≈${EXPECTED_KM2}; official ${OFFICIAL_KM2}, ${(((km2 - OFFICIAL_KM2) / OFFICIAL_KM2) * 100).toFixed(1)}%)`,
  );

  const ceasefirePieces = lineParts(ceasefire);
  const lines = chainPieces(ceasefirePieces, MAX_GAP_DEG).chains;
  const ceasefireGeometry = roundGeometry({ type: 'MultiLineString', coordinates: lines });
  if (
    !ceasefireGeometry ||
    (ceasefireGeometry.type !== 'LineString' && ceasefireGeometry.type !== 'MultiLineString')
  ) {
    throw new Error('ceasefire line: no geometry');
  }
  checks.push(
    `ceasefire-1994: ${ceasefire.length} features / ${ceasefirePieces.length} pieces → ${lines.length} line(s)`,
  );

  const features: IdFeature<Polygon | LineString | MultiLineString>[] = [
    {
      type: 'Feature',
      id: 'nkao',
      properties: {
        name: 'Former Nagorno-Karabakh Autonomous Oblast (boundary as of 1991)',
        source_name: OBLAST_NAME,
        source_fids: oblast.map((r) => r.fid),
        area_km2: Math.round(km2),
        official_area_km2: OFFICIAL_KM2,
      },
      geometry: nkaoGeometry,
    },
    {
      type: 'Feature',
      id: 'ceasefire-1994',
      properties: {
        name: '1994 ceasefire line (line of contact until 2020)',
        source_name: CEASEFIRE_NAME,
        source_fids: ceasefire.map((r) => r.fid),
      },
      geometry: ceasefireGeometry,
    },
  ];
  return {
    collection: { type: 'FeatureCollection', features },
    failed,
    checks,
    provenance: {
      file: 'nkao.geojson',
      sources: [
        {
          package: sources.qgis.name,
          version: sources.qgis.version,
          registry: 'debian',
          path: `/usr/share/qgis/resources/data/world_map.gpkg, table ${table}`,
          licence: LICENCES.qgisCommon,
        },
      ],
      steps: [
        `read rows named "${OBLAST_NAME}" and "${CEASEFIRE_NAME}" with the sqlite3 CLI; GeoPackage blobs decoded in TypeScript`,
        `nkao: chained the ${oblastPieces.length} line pieces end to end (largest gap bridged ${maxGap.toFixed(4)}°) and closed the ring`,
        `ceasefire-1994: ${ceasefirePieces.length} pieces joined where their ends meet (≤ ${MAX_GAP_DEG}°)`,
        'no simplification; coordinates rounded to 5 decimals, RFC 7946 winding',
      ],
      clip_bbox: null,
      simplify_tolerance_deg: null,
      attribution: [ATTRIBUTION.nkao],
      notes: [
        `The ring encloses ${km2.toFixed(0)} km² against the official ${OFFICIAL_KM2} km² of the former NKAO.`,
        'Parts of the ceasefire line coincide with the NKAO boundary (NE stores them twice, once per name).',
      ],
      extra: { checks },
    },
  };
}
