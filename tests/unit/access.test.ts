/** Search folding and ranking, contested names, list filters and citations, on the compiled data. */
import { beforeAll, describe, expect, it } from 'vitest';
import { citationFiles, bibEscape } from '../../scripts/pipeline/citations.ts';
import { compile } from '../../scripts/pipeline/compile.ts';
import { readGeodata } from '../../scripts/pipeline/files.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import { panelCitation, sourceCitation } from '../../src/cite/cite-text.ts';
import { selectionSources } from '../../src/domain/selection.ts';
import type { CompiledData } from '../../src/data/types.ts';
import { eventHaystack, eventMatches, NO_FILTER } from '../../src/list/list-filter.ts';
import { placeName } from '../../src/names/names.ts';
import { foldKeys } from '../../src/search/fold.ts';
import { buildIndex, search, type SearchEntry } from '../../src/search/search-index.ts';
import { targetOf } from '../../src/search/target.ts';
import { dayFromIso } from '../../src/time/days.ts';

let data: CompiledData;
let index: SearchEntry[];
beforeAll(() => {
  const result = validateGeodata(readGeodata('geodata'));
  if (!result.data) throw new Error('geodata/ does not validate');
  data = compile(result.data);
  index = buildIndex(data);
});

const top = (q: string) => search(index, q)[0]?.entry.id;

describe('folding', () => {
  it('folds every spelling of a name to one key, as the ingest does', () => {
    expect(foldKeys('Şuşa')).toEqual(foldKeys('Shusha'));
    expect(foldKeys('Kəlbəcər')).toEqual(foldKeys('Kelbadzhar'));
    expect(foldKeys('Fərrux')).toEqual(foldKeys('Farrukh'));
    expect(foldKeys('Xankəndi')).toEqual(foldKeys('Khankendi'));
    expect(foldKeys('Observation post No. 8')).toEqual(['obsarvation post no 8']);
  });
});

describe('search', () => {
  it('finds Farrukh by every spelling', () => {
    for (const q of ['Parukh', 'Furukh', 'Fərrux', 'farrux', 'FARRUKH', 'Փառուխ', 'Фаррух'])
      expect(top(q), q).toBe('farrukh');
  });
  it('finds the spellings the ingest finds, one letter off included', () => {
    const cases = {
      Faruh: 'farrukh',
      Kalbadzhar: 'kalbajar-district',
      Hodjaly: 'khojaly',
      Susha: 'shusha',
      Хакари: 'hakari-bridge',
    };
    for (const [q, id] of Object.entries(cases)) expect(top(q), q).toBe(id);
  });
  it('finds Lachin by Berdzor and Khankendi by Stepanakert', () => {
    expect(top('Berdzor')).toBe('lachin-town');
    expect(search(index, 'Berdzor').map((h) => h.entry.id)).toContain('lachin-district');
    expect(top('Stepanakert')).toBe('khankendi');
    expect(top('Karvachar')).toBe('kalbajar-district');
    expect(top('Shushi')).toBe('shusha');
  });
  it('says which spelling matched', () => {
    const hit = search(index, 'Parukh')[0];
    expect(hit?.matched).toBe('Parukh');
  });
  it('finds areas without a place and events by title', () => {
    expect(top('peacekeepers’ zone')).toBe('peacekeeping-zone');
    expect(top('Observation post No. 8')).toBe('shushakend');
    const event = search(index, 'Declaration on Allied Interaction')[0];
    expect(event?.entry).toMatchObject({
      kind: 'event',
      id: 'allied-interaction-declaration-2022-02-22',
    });
  });
  it('ranks whole and leading matches first and returns at most 8', () => {
    expect(search(index, 'Lachin')[0]?.score).toBe(0);
    expect(search(index, 'a').length).toBeLessThanOrEqual(8);
    expect(search(index, '   ')).toEqual([]);
  });
  it('goes to an area whole, to a place’s point, to an event’s place', () => {
    const kalbajar = targetOf(
      data,
      index.find((e) => e.id === 'kalbajar-district')!,
    );
    expect(kalbajar && 'bounds' in kalbajar).toBe(true);
    const shusha = targetOf(
      data,
      index.find((e) => e.id === 'shusha')!,
    );
    expect(shusha).toEqual({ center: data.places.shusha?.coord, zoom: 10 });
    const incident = targetOf(
      data,
      index.find((e) => e.id === 'farrukh-incident-2022-03')!,
    );
    expect(incident && 'center' in incident).toBe(true);
  });
});

describe('contested names', () => {
  it('shows both sides by default and one side’s first form otherwise', () => {
    const k = data.places.khankendi!;
    expect(placeName(k, 'both')).toBe('Khankendi / Stepanakert');
    expect(placeName(k, 'az')).toBe('Xankəndi');
    expect(placeName(k, 'hy')).toBe('Stepanakert');
    expect(placeName(k, 'ru')).toBe('Stepanakert');
  });
  it('compiles a label per naming choice into the place points', () => {
    const lachin = data.geo.places.features.find((f) => f.properties.id === 'lachin-town');
    expect(lachin?.properties).toMatchObject({
      label: 'Lachin / Berdzor (town)',
      label_az: 'Laçın',
      label_hy: 'Berdzor',
      label_ru: 'Lachin',
    });
  });
});

describe('list filters', () => {
  const shown = (filter: typeof NO_FILTER) =>
    data.events.filter((e) => eventMatches(e, eventHaystack(data, e), filter)).map((e) => e.id);
  it('shows everything with no filter', () => {
    expect(shown(NO_FILTER)).toHaveLength(data.events.length);
  });
  it('filters by place, by actor (acting or claiming) and by text in any spelling', () => {
    expect(shown({ ...NO_FILTER, place: 'farrukh' })).toEqual(['farrukh-incident-2022-03']);
    expect(shown({ ...NO_FILTER, actor: 'az-mod' })).toContain('farrukh-incident-2022-03');
    expect(shown({ ...NO_FILTER, text: 'Berdzor' })).toContain('lachin-bypass-2022-08-26');
    expect(shown({ ...NO_FILTER, text: 'Şuşa' })).toContain('shusha-taken-2020-11-08');
    expect(shown({ ...NO_FILTER, text: 'drone strikes Parukh' })).toEqual([
      'farrukh-incident-2022-03',
    ]);
  });
});

describe('citations', () => {
  it('cites a source as author, headline, outlet, date and link', () => {
    expect(sourceCitation(data.sources.S000!)).toBe(
      'Vafa Ismayilova. “Azerbaijan protests to Russia over Karabakh-related mistake.” AzerNews (azernews.az), 4 September 2021. https://www.azernews.az/news_print.php?news_id=182937',
    );
    expect(sourceCitation(data.sources.S001b!)).toMatch(/27 March 2022\. \(no link known\)$/);
  });
  it('cites the view with its URL and access date, then its sources once each', () => {
    const day = dayFromIso('2022-03-26') as number;
    const sel = { kind: 'place' as const, id: 'farrukh' };
    const ids = selectionSources(data, sel, day);
    expect(ids).toContain('S001a');
    expect(new Set(ids).size).toBe(ids.length);
    const text = panelCitation(
      data,
      sel,
      'Farrukh / Parukh',
      day,
      'https://example.org/?date=2022-03-26&place=farrukh',
      new Date('2025-01-02T10:00:00Z'),
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '“Farrukh / Parukh”, as of 26 March 2022. Karabakh peacekeeping map, 2020–2024. https://example.org/?date=2022-03-26&place=farrukh (accessed 2 January 2025).',
    );
    expect(lines[2]).toBe('Sources:');
    expect(lines.slice(3)).toHaveLength(ids.length);
  });
  it('exports every source as CSL-JSON and BibTeX', () => {
    const files = citationFiles(data);
    const csl = JSON.parse(files['sources.csl.json']!) as { id: string; type: string }[];
    expect(csl.map((s) => s.id).sort()).toEqual(Object.keys(data.sources).sort());
    const kinds = { news: 'article-newspaper', opinion: 'article-newspaper', reference: 'webpage' };
    for (const s of csl) {
      const kind = data.sources[s.id]!.kind;
      expect(s.type, s.id).toBe(kind === 'official statement' ? 'document' : kinds[kind]);
    }
    const bib = files['sources.bib']!;
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(Object.keys(data.sources).length);
    // braces balance in every entry
    for (const entry of bib.split(/\n(?=@)/)) {
      let depth = 0;
      for (let i = 0; i < entry.length; i++) {
        if (entry[i] === '\\') i++;
        else if (entry[i] === '{') depth++;
        else if (entry[i] === '}') depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth, entry.slice(0, 40)).toBe(0);
    }
  });
  it('escapes LaTeX specials', () => {
    expect(bibEscape('AT&T 50% #1 a_b {x} ~ ^ \\')).toBe(
      'AT\\&T 50\\% \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
});
