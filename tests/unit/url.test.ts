import { describe, expect, it } from 'vitest';
import { formatUrl, parseUrl, type UrlContext } from '../../src/state/url.ts';
import { dayFromIso } from '../../src/time/days.ts';

const ctx: UrlContext = {
  minDay: dayFromIso('2020-09-27') as number,
  maxDay: dayFromIso('2024-06-30') as number,
  isPlace: (id) => ['farrukh', 'lachin-corridor'].includes(id),
  isEvent: (id) => id === 'farrukh-incident-2022-03',
};

describe('URL state', () => {
  it('reads date, place and map', () => {
    const { state, ignored } = parseUrl('?date=2022-03-26&place=farrukh&map=9/40.02/46.8', ctx);
    expect(ignored).toEqual([]);
    expect(state.day).toBe(dayFromIso('2022-03-26'));
    expect(state.selection).toEqual({ kind: 'place', id: 'farrukh' });
    expect(state.view).toEqual({ zoom: 9, lat: 40.02, lon: 46.8 });
  });

  it('ignores each invalid part and says which', () => {
    const { state, ignored } = parseUrl('?date=2023-02-30&place=atlantis&map=abc&colour=red', ctx);
    expect(state).toEqual({});
    expect(ignored).toHaveLength(4);
    expect(ignored.join(' ')).toMatch(/date=2023-02-30/);
    expect(ignored.join(' ')).toMatch(/place=atlantis/);
    expect(ignored.join(' ')).toMatch(/unknown key "colour"/);
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
      view: { zoom: 8.5, lat: 39.8, lon: 46.7 },
    });
    expect(url).toBe('?date=2022-08-26&event=farrukh-incident-2022-03&map=8.50/39.8000/46.7000');
    const back = parseUrl(url, ctx);
    expect(back.ignored).toEqual([]);
    expect(back.state.day).toBe(day);
  });
});
