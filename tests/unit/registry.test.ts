/**
 * Adding a point layer with a new status is one registry entry (plus its label string and its data):
 * the schema, the compile step, the style and the image set all pick it up with no other edit.
 */
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../scripts/pipeline/problems.ts';
import { emptyBasemap, mutate } from './geodata-fixture.ts';

vi.mock('../../src/map/registry.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/map/registry.ts')>();
  // the one entry: a new point layer with a new status (the label reuses an existing string)
  const STATUS_IDS = [...real.STATUS_IDS, 'checkpoint'];
  const STATUS_LOOKS = {
    ...real.STATUS_LOOKS,
    checkpoint: { role: 'control', color: '#000000', fill: 'solid' },
  };
  const LAYERS = {
    ...real.LAYERS,
    checkpoints: {
      kind: 'point',
      statuses: ['checkpoint'],
      label: 'observation-posts',
      clickable: true,
      compared: false,
      legend: true,
      marker: { shape: 'diamond', color: '#000000', size: 12 },
    },
  };
  const LAYER_IDS = Object.keys(LAYERS);
  return {
    ...real,
    STATUS_IDS,
    STATUS_LOOKS,
    LAYERS,
    LAYER_IDS,
    layerDef: (id: string) =>
      Object.hasOwn(LAYERS, id) ? LAYERS[id as keyof typeof LAYERS] : undefined,
    layersWhere: (t: (d: unknown) => boolean) =>
      LAYER_IDS.filter((id) => t(LAYERS[id as keyof typeof LAYERS])),
  };
});

const { validateGeodata } = await import('../../scripts/pipeline/validate.ts');
const { compile } = await import('../../scripts/pipeline/compile.ts');
const { buildStyle, CLICKABLE_LAYERS } = await import('../../src/map/style.ts');
const { imageNames } = await import('../../src/map/images.ts');

// a source of the checkpoint's own event: every change on the map must be explained by an event
const source = 'R-hakari-reuters';

function raw(status: string) {
  return mutate('layers.geojson', (fc) => {
    fc.features?.push({
      type: 'Feature',
      id: 'checkpoint-hakari',
      geometry: { type: 'Point', coordinates: [46.52, 39.49] },
      properties: {
        id: 'checkpoint-hakari',
        layer: 'checkpoints',
        title: 'Hakari bridge checkpoint',
        valid_from: '2023-04-23',
        valid_to: null,
        precision: 'approximate',
        method: 'test',
        sources: [source],
        states: [{ valid_from: '2023-04-23', valid_to: null, status, sources: [source] }],
      },
    });
  });
}

describe('a point layer added by one registry entry', () => {
  it('validates with its new status and rejects a status its entry does not list', () => {
    expect(validateGeodata(raw('checkpoint')).problems.map(formatProblem)).toEqual([]);
    const bad = validateGeodata(raw('azerbaijan')).problems.map(formatProblem);
    expect(bad.join('\n')).toMatch(/checkpoint-hakari.*status.*checkpoints/);
  });

  it('is compiled, styled, clickable and given a marker image', () => {
    const data = compile(validateGeodata(raw('checkpoint')).data as never);
    const drawn = data.geo.timed.features.filter(
      (f) => f.properties.layer === ('checkpoints' as never),
    );
    expect(drawn.map((f) => f.properties.status)).toEqual(['checkpoint']);
    const style = buildStyle(data, emptyBasemap, 0);
    const layer = style.layers.find((l) => l.id === 'checkpoints');
    expect(layer?.type).toBe('symbol');
    expect(JSON.stringify(layer)).toContain('marker-checkpoints-checkpoint');
    expect(CLICKABLE_LAYERS).toContain('checkpoints');
    expect(imageNames()).toContain('marker-checkpoints-checkpoint');
  });
});
