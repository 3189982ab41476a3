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
import { PATTERNS, patternOf, type PatternSpec } from '../../src/map/images.ts';
import { palette } from '../../src/map/palette.ts';
import { STATUS_IDS, STATUS_LOOKS } from '../../src/map/registry.ts';

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

/** The share of a tile a pattern inks: 45° stripes, or two round dots per tile. */
function coverage(p: PatternSpec): number {
  const share =
    p.mark === 'stripes'
      ? (p.width * Math.SQRT2) / p.size
      : (2 * Math.PI * (p.width / 2) ** 2) / p.size ** 2;
  return Math.min(1, share) * p.alpha;
}

describe('patterns', () => {
  const patterned = STATUS_IDS.flatMap((s) => {
    const id = patternOf(s);
    return id ? [{ status: s, id, spec: PATTERNS[id], look: STATUS_LOOKS[s] }] : [];
  });
  const pairs = patterned.flatMap((a, i) => patterned.slice(i + 1).map((b) => [a, b] as const));

  it('two statuses drawn in the same colour differ in the kind of mark or its direction, not only in spacing', () => {
    // 'ended-in-practice' and 'withdrawing' share a colour and were both falling stripes: alike at
    // legend size (16 × 12 px)
    for (const [a, b] of pairs) {
      if (a.spec.color !== b.spec.color) continue;
      const shape = (p: PatternSpec) =>
        `${p.mark}${p.mark === 'stripes' ? (p.rising ? '/' : '\\') : ''}`;
      expect(shape(a.spec), `${a.status} / ${b.status}`).not.toBe(shape(b.spec));
    }
  });

  it('a legend swatch (16 px wide) shows more than one tile of every pattern', () => {
    for (const { status, spec } of patterned) expect(spec.size, status).toBeLessThanOrEqual(10);
  });

  for (const [name, m] of [['normal vision', null], ...Object.entries(CVD)] as const)
    it(`the two presence patterns differ in tone too (ΔE ≥ 5 over the land) — ${name}`, () => {
      const tone = (s: 'ended-in-practice' | 'withdrawing') => {
        const spec = PATTERNS[patternOf(s)!];
        const c = over(hex(spec.color), coverage(spec), land);
        return m ? simulate(c, m) : c;
      };
      expect(deltaE(tone('ended-in-practice'), tone('withdrawing'))).toBeGreaterThanOrEqual(5);
    });
});
