/** The normaliser: one key for the many spellings of a name, and none shared by different names. */
import { describe, expect, it } from 'vitest';
import { buildGazetteer, loadGazetteer } from '../../scripts/ingest/gazetteer.ts';
import { editDistance, foldKey, romanise, tokenize } from '../../scripts/ingest/normalise.ts';

describe('foldKey', () => {
  const same: string[][] = [
    ['Farrukh', 'Farukh', 'Fərrux', 'Farux', 'Фаррух'],
    ['Kəlbəcər', 'Kalbajar', 'Kelbajar', 'Kelbecer', 'Kelbadzhar', 'Kelbadjar', 'Кельбаджар'],
    ['Xankəndi', 'Khankendi', 'Khankandi', 'Xankendi', 'Ханкенди'],
    ['Stepanakert', 'Степанакерт', 'Ստեփանակերտ'],
    ['Ağdam', 'Aghdam', 'Agdam', 'Агдам'],
    ['Xocalı', 'Khojaly', 'Khojali', 'Khodzhaly', 'Ходжалы'],
    ['Şuşa', 'Shusha', 'Susha'.replace('S', 'Sh')],
    ['Laçın', 'Lachin', 'Лачин'],
    ['Xudavəng', 'Khudavang', 'Khudawang'],
    ['Qubadlı', 'Gubadli'],
    ['Naxçıvan', 'Nakhchivan', 'Nakhchyvan'],
  ];
  for (const group of same) {
    it(`folds ${group.join(' / ')} together`, () => {
      expect(new Set(group.map(foldKey)).size).toBe(1);
    });
  }

  it('keeps different names apart', () => {
    expect(foldKey('Parukh')).not.toBe(foldKey('Farrukh'));
    expect(foldKey('Shusha')).not.toBe(foldKey('Sus'));
    expect(foldKey('Armenian')).not.toBe(foldKey('Armenia'));
  });

  it('romanises Armenian and Cyrillic', () => {
    expect(romanise('Փառուխ')).toBe('parukh');
    expect(romanise('Բերձոր')).toBe('berdzor');
    expect(romanise('Шуша')).toBe('shusha');
  });

  it('treats airfield as airport and center as centre', () => {
    expect(foldKey('airfield')).toBe(foldKey('Airport'));
    expect(foldKey('center')).toBe(foldKey('centre'));
  });
});

describe('tokenize and editDistance', () => {
  it('gives offsets into the input', () => {
    const text = 'Near Fərrux, in Nagorno-Karabakh’s east.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual([
      'Near',
      'Fərrux',
      'in',
      'Nagorno',
      'Karabakh',
      's',
      'east',
    ]);
  });
  it('counts edits, transpositions as one', () => {
    expect(editDistance('kalbajar', 'kalbajar')).toBe(0);
    expect(editDistance('khudavank', 'khudavang')).toBe(1);
    expect(editDistance('martakart', 'matrakart')).toBe(1);
    expect(editDistance('baku', 'yaravan')).toBe(3);
  });
});

describe('the gazetteer index', () => {
  const g = loadGazetteer('geodata');
  it('indexes every place of places.geojson', () => {
    expect(g.places.size).toBeGreaterThanOrEqual(57);
  });
  it('knows which towns share their name with a district', () => {
    expect(g.districtByName.get(foldKey('Lachin'))).toBe('lachin-district');
    expect(g.districtByName.get(foldKey('Khojaly'))).toBe('khojaly-district');
  });
  it('gives no folded name to two places, apart from Berdzor (town and district)', () => {
    const owners = new Map<string, Set<string>>();
    for (const list of g.byFirstKey.values())
      for (const e of list) {
        const key = e.keys.join(' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    const shared = [...owners].filter(([, ids]) => ids.size > 1).map(([key]) => key);
    expect(shared).toEqual([foldKey('Berdzor')]);
  });
  it('reads "X / Y Airport" as two airport names', () => {
    const small = buildGazetteer([
      {
        id: 'x-airport',
        kind: 'airfield',
        name: 'X',
        names: { az: [], hy: [], ru: [], en: ['Khojaly / Stepanakert Airport'] },
        native: [],
      },
    ]);
    const names = [...small.byFirstKey.values()].flat().map((e) => e.name);
    expect(names.sort()).toEqual(['Khojaly Airport', 'Stepanakert Airport']);
  });
});
