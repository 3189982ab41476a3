/**
 * The palette stays readable: area fills and marker colours stay apart under simulated protanopia,
 * deuteranopia and tritanopia (Machado et al. 2009), and outlines and labels contrast with the basemap.
 */
import { describe, expect, it } from 'vitest';
import {
  CVD,
  contrast,
  deltaE,
  hex,
  over,
  simulate,
  type Rgb,
} from '../../src/map/colour-vision.ts';
import { palette } from '../../src/map/palette.ts';
import { STATUS_LOOKS } from '../../src/map/registry.ts';

const land = hex(palette.land);
/** what the reader sees: control fills at the style's opacity over the land, the corridor band */
const fills: Record<string, Rgb> = {
  'armenian-held': over(hex(STATUS_LOOKS['armenian-held'].color), 0.38, land),
  azerbaijan: over(hex(STATUS_LOOKS.azerbaijan.color), 0.38, land),
  peacekeepers: over(hex(STATUS_LOOKS.peacekeepers.color), 0.38, land),
  corridor: over(hex(palette.corridor), 0.3, land),
};
/** colour-coded marks (closed posts share the posts' colour and are told apart by being hollow) */
const marks: Record<string, Rgb> = {
  contested: hex(palette.contested),
  corridor: hex(palette.corridor),
  event: hex(palette.event),
  posts: hex('#1b2a4e'),
  peacekeepers: hex(STATUS_LOOKS.peacekeepers.color),
  azerbaijan: hex(STATUS_LOOKS.azerbaijan.color),
  'armenian-held': hex(STATUS_LOOKS['armenian-held'].color),
};

function minDelta(set: Record<string, Rgb>, m: number[][] | null): [number, string] {
  const e = Object.entries(set).map(([k, c]) => [k, m ? simulate(c, m) : c] as const);
  let min: [number, string] = [Infinity, ''];
  for (let i = 0; i < e.length; i++)
    for (let j = i + 1; j < e.length; j++) {
      const d = deltaE(e[i]![1], e[j]![1]);
      if (d < min[0]) min = [d, `${e[i]![0]} / ${e[j]![0]}`];
    }
  return min;
}

describe('the palette under colour-vision deficiencies', () => {
  for (const [name, m] of [['normal vision', null], ...Object.entries(CVD)] as const) {
    it(`area fills stay apart (ΔE ≥ 10) — ${name}`, () => {
      const [d, pair] = minDelta(fills, m);
      expect(d, pair).toBeGreaterThanOrEqual(10);
    });
    it(`marker colours stay apart (ΔE ≥ 8) — ${name}`, () => {
      const [d, pair] = minDelta(marks, m);
      expect(d, pair).toBeGreaterThanOrEqual(8);
    });
  }
});

describe('contrast against the basemap land', () => {
  it('outlines reach 3:1 (WCAG 1.4.11) and labels 4.5:1 (1.4.3)', () => {
    for (const [s, look] of Object.entries(STATUS_LOOKS))
      expect(contrast(hex(look.line), land), s).toBeGreaterThanOrEqual(3);
    for (const c of [palette.corridor, palette.border, palette.event])
      expect(contrast(hex(c), land), c).toBeGreaterThanOrEqual(3);
    for (const c of [palette.label, palette.countryLabel])
      expect(contrast(hex(c), land), c).toBeGreaterThanOrEqual(4.5);
  });
});
