// Reads features from a GeoPackage through the sqlite3 CLI and decodes GeoPackage geometry
// blobs (GP header + optional envelope + ISO WKB) without any GIS library.
import type { Geometry, Position } from 'geojson';
import { run } from './shell.js';

export interface GpkgFeature {
  fid: number;
  properties: Record<string, string | number | null>;
  geometry: Geometry | null;
}

/** Bytes of envelope for the envelope indicator in GP flag bits 1-3. */
const ENVELOPE_BYTES: Record<number, number> = { 0: 0, 1: 32, 2: 48, 3: 48, 4: 64 };

function sqliteJson(file: string, sql: string): Record<string, unknown>[] {
  const out = run('sqlite3', ['-readonly', '-json', file, sql]).trim();
  return out === '' ? [] : (JSON.parse(out) as Record<string, unknown>[]);
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Geometry column of a feature table, from gpkg_geometry_columns. */
export function geometryColumn(file: string, table: string): string {
  const rows = sqliteJson(
    file,
    `select column_name from gpkg_geometry_columns where lower(table_name) = lower('${table.replace(/'/g, "''")}')`,
  );
  const column = rows[0]?.column_name;
  if (typeof column !== 'string') throw new Error(`${file}: no geometry column for ${table}`);
  return column;
}

/** Primary-key column of a table (usually "fid"). */
function primaryKey(file: string, table: string): string {
  const rows = sqliteJson(file, `select name from pragma_table_info('${table}') where pk = 1`);
  const name = rows[0]?.name;
  if (typeof name !== 'string') throw new Error(`${file}: table ${table} has no primary key`);
  return name;
}

export function listFeatureTables(file: string): string[] {
  return sqliteJson(file, "select table_name from gpkg_contents where data_type = 'features'").map(
    (r) => String(r.table_name),
  );
}

/** Reads all rows of `table` (optionally filtered by an SQL `where` clause). */
export function readGpkgTable(file: string, table: string, where?: string): GpkgFeature[] {
  const geom = geometryColumn(file, table);
  const pk = primaryKey(file, table);
  const sql =
    `select *, hex(${quoteIdent(geom)}) as __geom_hex from ${quoteIdent(table)}` +
    (where ? ` where ${where}` : '') +
    ` order by ${quoteIdent(pk)}`;
  return sqliteJson(file, sql).map((row) => {
    const properties: Record<string, string | number | null> = {};
    for (const [k, v] of Object.entries(row)) {
      if (k === geom || k === '__geom_hex' || k === pk) continue;
      properties[k] = typeof v === 'number' || typeof v === 'string' ? v : null;
    }
    const hex = row.__geom_hex;
    return {
      fid: Number(row[pk]),
      properties,
      geometry: typeof hex === 'string' && hex !== '' ? decodeGpkgGeometry(hex) : null,
    };
  });
}

/** Decodes a GeoPackage binary geometry given as hex. Returns null for an empty geometry. */
export function decodeGpkgGeometry(hex: string): Geometry | null {
  const buf = Buffer.from(hex, 'hex');
  if (buf.length < 8 || buf[0] !== 0x47 || buf[1] !== 0x50) {
    throw new Error("not a GeoPackage geometry blob (missing 'GP' magic)");
  }
  const flags = buf[3] ?? 0;
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0b111];
  if (envelope === undefined) throw new Error(`bad GeoPackage envelope flags ${flags}`);
  if ((flags >> 4) & 1) return null;
  const reader = new WkbReader(buf, 8 + envelope);
  return reader.geometry();
}

function ofType<T extends Geometry['type']>(g: Geometry, type: T): Extract<Geometry, { type: T }> {
  if (g.type !== type) throw new Error(`expected ${type} inside a multi-geometry, got ${g.type}`);
  return g as Extract<Geometry, { type: T }>;
}

class WkbReader {
  private littleEndian = true;
  constructor(
    private readonly buf: Buffer,
    private offset: number,
  ) {}

  private u32(): number {
    const v = this.littleEndian
      ? this.buf.readUInt32LE(this.offset)
      : this.buf.readUInt32BE(this.offset);
    this.offset += 4;
    return v;
  }

  private f64(): number {
    const v = this.littleEndian
      ? this.buf.readDoubleLE(this.offset)
      : this.buf.readDoubleBE(this.offset);
    this.offset += 8;
    return v;
  }

  private point(dims: number): Position {
    const p: Position = [this.f64(), this.f64()];
    for (let i = 2; i < dims; i++) this.f64(); // Z and/or M are not needed
    return p;
  }

  private points(dims: number): Position[] {
    const n = this.u32();
    return Array.from({ length: n }, () => this.point(dims));
  }

  geometry(): Geometry {
    this.littleEndian = this.buf[this.offset] === 1;
    this.offset += 1;
    const raw = this.u32();
    // ISO codes put Z/M in the thousands (1xxx Z, 2xxx M, 3xxx ZM); some writers use the
    // EWKB high bits instead.
    const code = raw & 0x0fffffff;
    const base = code % 1000;
    const flavour = Math.floor(code / 1000);
    const extra =
      (flavour === 1 || flavour === 2 ? 1 : flavour === 3 ? 2 : 0) +
      (raw & 0x80000000 ? 1 : 0) +
      (raw & 0x40000000 ? 1 : 0);
    const dims = 2 + extra;
    switch (base) {
      case 1:
        return { type: 'Point', coordinates: this.point(dims) };
      case 2:
        return { type: 'LineString', coordinates: this.points(dims) };
      case 3:
        return { type: 'Polygon', coordinates: this.rings(dims) };
      case 4:
        return {
          type: 'MultiPoint',
          coordinates: this.members().map((g) => ofType(g, 'Point').coordinates),
        };
      case 5:
        return {
          type: 'MultiLineString',
          coordinates: this.members().map((g) => ofType(g, 'LineString').coordinates),
        };
      case 6:
        return {
          type: 'MultiPolygon',
          coordinates: this.members().map((g) => ofType(g, 'Polygon').coordinates),
        };
      default:
        throw new Error(`unsupported WKB geometry type ${raw}`);
    }
  }

  private rings(dims: number): Position[][] {
    const n = this.u32();
    return Array.from({ length: n }, () => this.points(dims));
  }

  /** Members of a multi-geometry; each member carries its own byte order and type. */
  private members(): Geometry[] {
    const n = this.u32();
    return Array.from({ length: n }, () => this.geometry());
  }
}
