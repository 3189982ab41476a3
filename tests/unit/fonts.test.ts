import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelLettersOutsideLatin, LATIN_RANGE } from '../../src/map/font-letters.ts';
import azLetters from '../../src/map/fonts/noto-sans-az.json';

describe('label fonts', () => {
  it('the Azerbaijani-letters subset holds every extended Latin letter of the labels', () => {
    // geodata, not a fixture: the subset is cut for the real labels (rerun scripts/subset-fonts.ts)
    const text = ['geodata/places.geojson', 'geodata/generated/countries.geojson']
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const missing = labelLettersOutsideLatin(text).filter((c) => !azLetters.letters.includes(c));
    expect(
      missing,
      'letters without a glyph in src/map/fonts/noto-sans-az-400-normal.woff2',
    ).toEqual([]);
  });

  it('the latin face keeps the range of its file, and the subset stays small', () => {
    expect(LATIN_RANGE[0]).toBe('U+0000-00FF');
    expect(LATIN_RANGE).toContain('U+0131');
    expect(readFileSync('src/map/fonts/noto-sans-az-400-normal.woff2').length).toBeLessThan(5000);
  });
});
