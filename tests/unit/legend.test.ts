// @vitest-environment happy-dom
/** The legend, generated from the layer registry: it must say what the map draws. */
import { describe, expect, it } from 'vitest';
import { compile } from '../../scripts/pipeline/compile.ts';
import { readGeodata } from '../../scripts/pipeline/files.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import { legendItems, nameLegend } from '../../src/map/legend.ts';
import { LAYERS, STATUS_LOOKS } from '../../src/map/registry.ts';
import { statusText } from '../../src/map/status-text.ts';

const entry = (key: string) => legendItems().find((li) => li.dataset.legend === key);

describe('the legend', () => {
  it('gives Farrukh / Parukh no one holder’s colour: its marker is coloured by who holds it', () => {
    const li = entry('farrukh');
    expect(li?.textContent).toBe('Farrukh / Parukh: coloured by who holds it');
    const swatch = li?.querySelector<HTMLElement>('.swatch');
    const colour = swatch?.style.getPropertyValue('--c').trim().toLowerCase();
    // the marker is orange, blue, hatched and green in turn (images.ts): the swatch is none of them
    const holders = LAYERS.farrukh.statuses.map((s) =>
      s === 'peacekeepers' ? LAYERS.farrukh.marker.color : STATUS_LOOKS[s].color,
    );
    expect(holders.length).toBeGreaterThan(1);
    for (const c of holders) expect(colour).not.toBe(c.toLowerCase());
  });

  it('keeps one colour for markers that never change hands', () => {
    for (const key of ['observation-posts', 'monitoring-centre', 'russian-base'])
      expect(entry(key)?.textContent).not.toMatch(/who holds it/);
  });

  it('names a blockaded corridor with the words the panel uses for its state', () => {
    expect(entry('lachin-corridor-contested')?.textContent).toBe(
      statusText('lachin-corridor', 'contested'),
    );
    expect(statusText('lachin-corridor', 'contested')).toMatch(/blockaded/i);
    // an area in dispute keeps the general words
    expect(statusText('territory', 'contested')).toMatch(/^Contested/);
  });

  it('names its places as the naming choice says, as the map labels do, and back', () => {
    const result = validateGeodata(readGeodata('geodata'));
    if (!result.data) throw new Error('geodata/ does not validate');
    const places = Object.values(compile(result.data).places);
    const root = document.createElement('div');
    root.append(...legendItems());
    const farrukh = () => root.querySelector('[data-legend="farrukh"]')?.textContent;
    const swatch = root.querySelector('[data-legend="farrukh"] .swatch');
    nameLegend(root, places, 'az');
    expect(farrukh()).toBe('Fərrux: coloured by who holds it');
    nameLegend(root, places, 'hy');
    expect(farrukh()).toBe('Parukh: coloured by who holds it');
    nameLegend(root, places, 'both');
    expect(farrukh()).toBe('Farrukh / Parukh: coloured by who holds it');
    // the swatch is kept
    expect(root.querySelector('[data-legend="farrukh"] .swatch')).toBe(swatch);
  });
});
