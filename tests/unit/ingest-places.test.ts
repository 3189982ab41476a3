/** The place matcher, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../scripts/ingest/gazetteer.ts';
import { findPlaces } from '../../scripts/ingest/places.ts';

const g = loadGazetteer('geodata');
const ids = (text: string) =>
  findPlaces(text, g)
    .places.map((p) => p.id)
    .sort();
const mentionsOf = (text: string, id: string) =>
  findPlaces(text, g).places.find((p) => p.id === id)?.mentions ?? [];

describe('finding places', () => {
  it('finds every spelling of Farrukh / Parukh, with offsets into the text', () => {
    const text =
      'Farrukh, also Farukh or Parukh (Russian briefings: Furukh), is Fərrux in Baku, Фаррух in Moscow papers and Փառուխ in Yerevan.';
    const found = mentionsOf(text, 'farrukh');
    expect(found.map((m) => m.text)).toEqual([
      'Farrukh',
      'Farukh',
      'Parukh',
      'Furukh',
      'Fərrux',
      'Фаррух',
      'Փառուխ',
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ids(text)).toEqual(['baku', 'farrukh', 'moscow', 'yerevan']);
  });

  it('reads Azerbaijani Latin with and without diacritics', () => {
    expect(ids('Convoys left Kəlbəcər and Kelbecer, then Xankəndi and Xankendi.')).toEqual([
      'kalbajar-district',
      'khankendi',
    ]);
  });

  it('reads a transliteration of a name that begins with another name', () => {
    // Shushakand (for Şuşakənd) starts with Shusha but is not a word derived from it
    expect(ids('Posts were built near Shushakand and Mukhtarkand.')).toEqual([
      'mukhtar',
      'shushakend',
    ]);
  });

  it('takes possessives, district words and plurals', () => {
    const text =
      "Aghdam's mosque stands in the Aghdam region; the Kalbajar and Lachin regions followed.";
    expect(mentionsOf(text, 'aghdam-district').map((m) => m.text)).toEqual([
      'Aghdam',
      'Aghdam region',
    ]);
    expect(ids(text)).toEqual(['aghdam-district', 'kalbajar-district', 'lachin-district']);
  });

  it('tells the Lachin corridor, town and district apart', () => {
    expect(ids('Trucks used the Lachin corridor.')).toEqual(['lachin-corridor']);
    expect(ids('Trucks used the Berdzor corridor.')).toEqual(['lachin-corridor']);
    expect(ids('Officials visited the town of Lachin.')).toEqual(['lachin-town']);
    expect(ids('Officials visited Lachin town.')).toEqual(['lachin-town']);
    expect(ids('Officials toured the Lachin district.')).toEqual(['lachin-district']);
    expect(ids('Posts stood in the Khojaly and Lachin regions.')).toEqual([
      'khojaly-district',
      'lachin-district',
    ]);
  });

  it('reports what it cannot resolve, and says what it chose', () => {
    const result = findPlaces('The road runs through Lachin to the east.', g);
    expect(result.places.map((p) => p.id)).toEqual(['lachin-town']);
    expect(result.ambiguous).toEqual([
      expect.objectContaining({
        text: 'Lachin',
        candidates: ['lachin-town', 'lachin-district'],
        chosen: 'lachin-town',
      }),
    ]);
  });

  it('matches near misses and marks them fuzzy', () => {
    const result = findPlaces('Shelling was heard near Martakerd and the Khudavank monastery.', g);
    const byId = Object.fromEntries(result.places.map((p) => [p.id, p]));
    expect(Object.keys(byId).sort()).toEqual(['khudavang', 'martakert']);
    expect(byId.martakert?.fuzzy).toBe(true);
    expect(byId.khudavang?.mentions[0]?.how).toBe('fuzzy');
  });

  it('does not mark known transliterations as fuzzy', () => {
    const result = findPlaces('Reports from Khankandi and Kelbadjar.', g);
    expect(result.places.every((p) => !p.fuzzy)).toBe(true);
  });

  it('reads inflected Russian and Armenian forms', () => {
    expect(ids('Митинг прошёл в Степанакерте.')).toEqual(['khankendi']);
    expect(ids('Հանդիպումը Ստեփանակերտում էր։')).toEqual(['khankendi']);
  });

  it('does not take demonyms, adjectives or ordinary words for places', () => {
    expect(
      ids('Armenian, Azerbaijani, Russian and Turkish officers met; Azeris and Armenians watched.'),
    ).toEqual([]);
    expect(ids('Seven soldiers and the Soviet-era maps were discussed.')).toEqual([]);
  });

  it('lists capitalised words that look like places but are not in the gazetteer', () => {
    const result = findPlaces(
      'Talks were held in Ankara and near Tbilisi; the Ministry of Defence spoke.',
      g,
    );
    expect(result.unmatched.map((u) => u.text)).toEqual(['Ankara', 'Tbilisi']);
  });
});
