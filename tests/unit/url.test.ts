import { describe, expect, it } from 'vitest';
import { formatUrl, parseUrl, type UrlContext } from '../../src/state/url.ts';
import { DEFAULTS } from '../../src/state/store.ts';
import { dayFromIso } from '../../src/time/days.ts';

const ctx: UrlContext = {
  minDay: dayFromIso('2020-09-27') as number,
  maxDay: dayFromIso('2024-06-30') as number,
  isPlace: (id) => ['farrukh', 'lachin-corridor'].includes(id),
  isEvent: (id) => id === 'farrukh-incident-2022-03',
  tourSteps: 10,
  contextLayers: ['nkao', 'ceasefire-1994', 'rivers'],
};

describe('URL state', () => {
  it('reads date, place and map', () => {
    const { state, ignored } = parseUrl('?date=2022-03-26&place=farrukh&map=9/40.02/46.8', ctx);
    expect(ignored).toEqual([]);
    expect(state.day).toBe(dayFromIso('2022-03-26'));
    expect(state.selection).toEqual({ kind: 'place', id: 'farrukh' });
    expect(state.camera).toEqual({ zoom: 9, lat: 40.02, lon: 46.8 });
  });

  it('ignores each invalid part and says which', () => {
    const { state, ignored } = parseUrl('?date=2023-02-30&place=atlantis&map=abc&colour=red', ctx);
    expect(state).toEqual({});
    expect(ignored).toHaveLength(4);
    expect(ignored.join(' ')).toMatch(/date=2023-02-30/);
    expect(ignored.join(' ')).toMatch(/place=atlantis/);
    expect(ignored.join(' ')).toMatch(/unknown key "colour"/);
  });

  it('reads compare and tour, and rejects bad ones', () => {
    expect(parseUrl('?compare=2020-11-19&tour=2', ctx).state).toEqual({
      compare: dayFromIso('2020-11-19'),
      tour: 2,
    });
    const bad = parseUrl('?compare=yesterday&tour=11', ctx);
    expect(bad.state).toEqual({});
    expect(bad.ignored).toHaveLength(2);
  });

  it('ignores keys inherited from Object.prototype', () => {
    expect(parseUrl('?toString=1&__proto__=x', ctx).ignored).toHaveLength(2);
  });

  it('rejects dates outside the timeline', () => {
    const { state, ignored } = parseUrl('?date=2019-01-01', ctx);
    expect(state.day).toBeUndefined();
    expect(ignored[0]).toMatch(/outside/);
  });

  it('takes only one selection', () => {
    const { state, ignored } = parseUrl('?place=farrukh&event=farrukh-incident-2022-03', ctx);
    expect(state.selection).toEqual({ kind: 'place', id: 'farrukh' });
    expect(ignored).toHaveLength(1);
  });

  it('writes what it reads', () => {
    const day = dayFromIso('2022-08-26') as number;
    const url = formatUrl({
      day,
      selection: { kind: 'event', id: 'farrukh-incident-2022-03' },
      camera: { zoom: 8.5, lat: 39.8, lon: 46.7 },
      context: [],
      compare: dayFromIso('2020-11-19') as number,
      tour: 3,
      names: 'both',
      viewMode: 'map',
    });
    expect(url).toBe(
      '?date=2022-08-26&compare=2020-11-19&event=farrukh-incident-2022-03&tour=3&map=8.50/39.8000/46.7000',
    );
    const back = parseUrl(url, ctx);
    expect(back.ignored).toEqual([]);
    expect(back.state.day).toBe(day);
  });
});

describe('URL state: names and view', () => {
  const base = {
    day: dayFromIso('2022-03-26') as number,
    selection: null,
    camera: null,
    compare: null,
    tour: null,
    context: [],
  };

  it('reads each naming choice and the list view', () => {
    for (const names of ['both', 'az', 'hy', 'ru'] as const) {
      const { state, ignored } = parseUrl(`?names=${names}`, ctx);
      expect(ignored).toEqual([]);
      expect(state.names).toBe(names);
    }
    const { state, ignored } = parseUrl('?view=list&names=hy', ctx);
    expect(ignored).toEqual([]);
    expect(state.viewMode).toBe('list');
  });

  it('ignores an unknown naming choice or view and says which', () => {
    const { state, ignored } = parseUrl('?names=armenian&view=table', ctx);
    expect(state.names).toBeUndefined();
    expect(state.viewMode).toBeUndefined();
    expect(ignored).toEqual([
      'names=armenian (expected both, az, hy or ru)',
      'view=table (expected list or map)',
    ]);
  });

  it('writes names and view only when they differ from the defaults', () => {
    expect(formatUrl({ ...base, names: 'both', viewMode: 'map' })).toBe('?date=2022-03-26');
    const url = formatUrl({ ...base, names: 'az', viewMode: 'list' });
    expect(url).toBe('?date=2022-03-26&names=az&view=list');
    expect(parseUrl(url, ctx).state).toMatchObject({ names: 'az', viewMode: 'list' });
  });

  it('still ignores unknown keys next to the new ones', () => {
    const { state, ignored } = parseUrl('?names=ru&lang=fr', ctx);
    expect(state.names).toBe('ru');
    expect(ignored).toEqual(['unknown key "lang"']);
  });
});

describe('URL state: context layers', () => {
  it('reads and writes the context layers switched on, in one order', () => {
    const { state, ignored } = parseUrl('?context=rivers,nkao', ctx);
    expect(ignored).toEqual([]);
    expect(state.context).toEqual(['nkao', 'rivers']);
    const day = dayFromIso('2022-03-26') as number;
    const url = formatUrl({ ...DEFAULTS, day, context: ['nkao', 'rivers'] });
    expect(url).toBe('?date=2022-03-26&context=nkao,rivers');
  });

  it('ignores an unknown context layer and says which are known', () => {
    const { state, ignored } = parseUrl('?context=nkao,roads', ctx);
    expect(state.context).toBeUndefined();
    expect(ignored[0]).toMatch(
      /context=nkao,roads \(expected some of nkao, ceasefire-1994, rivers\)/,
    );
  });
});
