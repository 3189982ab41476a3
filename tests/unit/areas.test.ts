/** Areas built by boolean operations are clean enough for the map's triangulation. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geometry, Polygon, Position } from 'geojson';
import { despike, geometryResolver } from '../../scripts/pipeline/areas.ts';
import { readGeodata } from '../../scripts/pipeline/files.ts';
import { validateGeodata, type Geodata } from '../../scripts/pipeline/validate.ts';

/** Vertices where a ring runs out and straight back (previous ≈ next), as "id @ lon,lat". */
function spikes(id: string, g: Geometry): string[] {
  const polys =
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const out: string[] = [];
  for (const rings of polys)
    for (const r of rings) {
      const pts = r.slice(0, -1);
      pts.forEach((p, i) => {
        const a = pts[(i - 1 + pts.length) % pts.length] as Position;
        const b = pts[(i + 1) % pts.length] as Position;
        if (Math.abs(a[0]! - b[0]!) < 1e-5 && Math.abs(a[1]! - b[1]!) < 1e-5)
          out.push(`${id} @ ${p[0]},${p[1]}`);
      });
    }
  return out;
}

let geodata: Geodata;
beforeAll(() => {
  const result = validateGeodata(readGeodata('geodata'));
  if (!result.data) throw new Error('geodata/ does not validate');
  geodata = result.data;
});

describe('despike', () => {
  it('removes a ring that runs out to a vertex and straight back', () => {
    const spiked: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0.5, 1],
          [0.5, 3],
          [0.500001, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    expect(spikes('x', spiked)).toHaveLength(1);
    expect(despike(spiked).coordinates[0]).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0.5, 1],
      [0, 1],
      [0, 0],
    ]);
  });
});

describe('the real areas', () => {
  it('have no zero-width spikes (the map draws them as dark wedges)', () => {
    const geometryOf = geometryResolver(geodata);
    const found = geodata.layers.flatMap((f) => spikes(f.properties.id, geometryOf(f)));
    expect(found).toEqual([]);
  });
});
