// @vitest-environment happy-dom
/**
 * The details panel without a browser: what it shows, what its Cite text lists, and that it is not rebuilt
 * while only the date moves. Runs on the compiled real data, because the Cite/panel agreement is a
 * property of the record as much as of the code.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compiledRecord } from './geodata-fixture.ts';
import { panelCitation } from '../../src/cite/cite-text.ts';
import type { CompiledData } from '../../src/data/types.ts';
import { placeOnDay, selectionSources, selectionTitle } from '../../src/domain/selection.ts';
import { publishedAfter, sourceTitle } from '../../src/domain/sources.ts';
import { mountPanel } from '../../src/panel/panel.ts';
import { strings } from '../../src/ui/strings.ts';
import { bibtex, cslJson } from '../../scripts/pipeline/citations.ts';
import { DEFAULTS, type AppState, type Selection } from '../../src/state/store.ts';
import { dayFromIso } from '../../src/time/days.ts';
import type { Component } from '../../src/ui/component.ts';

let data: CompiledData;
beforeAll(() => {
  data = compiledRecord();
});
const d = (iso: string) => dayFromIso(iso) as number;

const base: AppState = { ...DEFAULTS, day: 0 };

let root: HTMLElement;
let panel: Component;
let current: AppState;
const selected: Selection[] = [];
beforeEach(() => {
  const opener = document.createElement('button');
  opener.id = 'opener';
  root = document.createElement('aside');
  root.id = 'panel';
  document.body.replaceChildren(opener, root);
  panel = mountPanel(root, {
    data,
    actions: { select: (s) => selected.push(s), setDay: () => undefined },
    fallbackFocus: () => document.getElementById('opener'),
    url: () => 'https://example.org/',
  });
  current = base;
});
const show = (change: Partial<AppState>) => {
  const next = { ...current, ...change };
  panel.update(next, current);
  current = next;
};
const shownSources = () =>
  [...root.querySelectorAll<HTMLElement>('li.source[data-source]')].map((n) => n.dataset.source);
const citedSources = (sel: Selection, day: number) => {
  const text = panelCitation(data, sel, selectionTitle(data, sel, 'both'), day, 'u', new Date(0));
  return text
    .split('\n')
    .filter((l) => /^\d+\. /.test(l))
    .map((l) => l.replace(/^\d+\. /, ''));
};

/** Days on which what a place shows can change: each start and end of a feature, state or event. */
function changeDays(): number[] {
  const days = new Set<number>([data.range.startDay, data.range.endDay]);
  const add = (t0: number, t1: number) => [t0 - 1, t0, t1, t1 + 1].forEach((x) => days.add(x));
  for (const f of Object.values(data.features)) {
    add(f.t0, f.t1);
    for (const s of f.states) add(s.t0, s.t1);
  }
  for (const e of data.events) add(e.t0, e.t1);
  return [...days].filter((x) => x >= data.range.startDay && x <= data.range.endDay).sort();
}

describe('the panel and its Cite text', () => {
  it('cite exactly the sources the panel shows, for every place, area and event, on every day it can change', () => {
    const places = [...new Set([...Object.keys(data.places), ...Object.keys(data.groups)])];
    const days = changeDays();
    let checked = 0;
    for (const id of places) {
      for (const day of days) {
        const sel: Selection = { kind: 'place', id };
        show({ selection: sel, day });
        const shown = [...new Set(shownSources())];
        expect(new Set(selectionSources(data, sel, day)), `${id} on ${day}`).toEqual(
          new Set(shown),
        );
        checked++;
      }
    }
    for (const e of data.events) {
      const sel: Selection = { kind: 'event', id: e.id };
      show({ selection: sel, day: e.t0 });
      expect(new Set(selectionSources(data, sel, e.t0)), e.id).toEqual(new Set(shownSources()));
    }
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);

  it('does not cite the 2022 bypass for the corridor in 2020', () => {
    const sel: Selection = { kind: 'place', id: 'lachin-corridor' };
    const [original, bypass] = ['lachin-corridor-original', 'lachin-corridor-bypass'].map(
      (id) => data.features[id],
    );
    const sourcesOf = (f: typeof original) =>
      new Set([...(f?.sources ?? []), ...(f?.states.flatMap((s) => s.sources) ?? [])]);
    const onlyBypass = [...sourcesOf(bypass)].filter((id) => !sourcesOf(original).has(id));
    expect(onlyBypass.length).toBeGreaterThan(0);
    const cited = selectionSources(data, sel, d('2020-11-26'));
    expect(cited.filter((id) => onlyBypass.includes(id))).toEqual([]);
    expect(citedSources(sel, d('2020-11-26'))).toHaveLength(cited.length);
    show({ selection: sel, day: d('2020-11-26') });
    expect(root.textContent).not.toMatch(/bypass route/);
  });

  it('titles the zone by its name, not by one period of it', () => {
    show({ selection: { kind: 'place', id: 'peacekeeping-zone' }, day: d('2023-01-01') });
    const title = root.querySelector('#panel-title')?.textContent ?? '';
    expect(title).not.toMatch(/Nov 2020/);
    expect(title).toBe(selectionTitle(data, current.selection, 'both'));
  });

  it('lists the events that changed the zone, though no event names it as a place', () => {
    const zone: Selection = { kind: 'place', id: 'peacekeeping-zone' };
    expect(data.placeEvents['peacekeeping-zone'] ?? []).toEqual([]);
    const ids = (day: string) =>
      placeOnDay(data, 'peacekeeping-zone', d(day)).events.map((e) => e.id);
    // deployment, the Farrukh cut, the end in practice, the withdrawal announced and completed
    expect(ids('2024-06-12')).toEqual(
      expect.arrayContaining([
        'trilateral-statement-2020-11-10',
        'farrukh-incident-2022-03',
        'operation-2023-09-19',
        'operation-suspended-2023-09-20',
        'withdrawal-begins-2024-04-17',
        'withdrawal-complete-2024-06-12',
      ]),
    );
    // only those begun by the day, in date order, and never a background event (the whole mission)
    expect(ids('2022-01-01')).not.toContain('farrukh-incident-2022-03');
    expect(ids('2024-06-12')).not.toContain('peacekeeping-mission-2020-11-10');
    const t0s = placeOnDay(data, 'peacekeeping-zone', d('2024-06-12')).events.map((e) => e.t0);
    expect(t0s).toEqual([...t0s].sort((a, b) => a - b));
    // the panel lists them, and Cite cites their sources too
    show({ selection: zone, day: d('2024-06-12') });
    const listed = [...root.querySelectorAll<HTMLElement>('.panel-events [data-event]')].map(
      (b) => b.dataset.event,
    );
    expect(listed).toEqual(ids('2024-06-12'));
    expect(citedSources(zone, d('2024-06-12'))).toHaveLength(
      selectionSources(data, zone, d('2024-06-12')).length,
    );
    expect(selectionSources(data, zone, d('2024-06-12'))).toContain('R-withdrawal-reuters');
  });

  it('names the place in its state line as the naming choice says (names=az, hy, ru)', () => {
    const stateTitles = () =>
      [...root.querySelectorAll('.state h4')].map((n) => n.textContent ?? '').join(' | ');
    const expected = { both: 'Farrukh / Parukh', az: 'Fərrux', hy: 'Parukh', ru: 'Farukh' };
    for (const [names, form] of Object.entries(expected)) {
      show({ selection: { kind: 'place', id: 'farrukh' }, day: d('2022-03-26'), names } as never);
      const titles = stateTitles();
      expect(titles).toContain(form);
      if (names !== 'both') expect(titles).not.toContain('Farrukh / Parukh');
    }
    // a title naming other places too (the corridor's route through Lachin town and Zabukh)
    show({
      selection: { kind: 'place', id: 'lachin-corridor' },
      day: d('2022-09-10'),
      names: 'hy',
    });
    expect(stateTitles()).toMatch(/Aghavno/);
    expect(stateTitles()).not.toMatch(/Zabukh \/ Aghavno/);
    show({ selection: { kind: 'place', id: 'shushakend' }, day: d('2021-01-01'), names: 'az' });
    expect(stateTitles()).not.toMatch(/Shosh/);
  });
});

describe('the state line of a blockaded corridor', () => {
  it('reads as the legend does (one string), not as a contested area', () => {
    for (const day of ['2023-01-15', '2023-04-10']) {
      show({ selection: { kind: 'place', id: 'lachin-corridor' }, day: d(day) });
      const lines = [...root.querySelectorAll('.state p.status')].map((n) => n.textContent);
      expect(lines, day).toContain(strings.cartography.corridorBlockaded);
      expect(lines, day).not.toContain(strings.status.contested);
    }
    // Farrukh / Parukh, a place in dispute, keeps the general words
    show({ selection: { kind: 'place', id: 'farrukh' }, day: d('2022-03-26') });
    const farrukh = [...root.querySelectorAll('.state p.status')].map((n) => n.textContent);
    expect(farrukh).toContain(strings.status.contested);
  });
});

describe('sources: descriptions and later reporting', () => {
  const described = () => Object.values(data.sources).filter((s) => sourceTitle(s).description);

  it('quotes headlines only: our bracketed descriptions are cited bare, in the panel and in Cite', () => {
    expect(described().length).toBeGreaterThan(10);
    const sel: Selection = { kind: 'place', id: 'lachin-corridor' };
    const day = d('2022-09-10');
    show({ selection: sel, day });
    const items = [...root.querySelectorAll<HTMLElement>('li.source[data-source]')];
    const descriptions = items.filter(
      (li) => sourceTitle(data.sources[li.dataset.source as string] as never).description,
    );
    expect(descriptions.length).toBeGreaterThan(0);
    for (const li of descriptions) {
      expect(li.querySelector('cite')).toBeNull();
      expect(li.textContent).not.toMatch(/“\[/);
      expect(li.querySelector('.description')?.textContent).toMatch(/^\[.*\]$/);
    }
    const text = panelCitation(data, sel, 'x', day, 'u', new Date(0));
    expect(text).toMatch(/\[[^\]]+\]\. /);
    expect(text).not.toMatch(/“\[/);
    // a real headline keeps its quotation marks
    expect(text).toMatch(/“[^[]/);
  });

  it('marks the sources published after the date shown, in the panel and in Cite, and only those', () => {
    // the corridor on the day of its handover: Azatutyun's report came later
    const sel: Selection = { kind: 'place', id: 'lachin-corridor' };
    const day = d('2022-08-26');
    const ids = selectionSources(data, sel, day);
    const later = ids.filter((id) => publishedAfter(data.sources[id] as never, day));
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThan(ids.length);
    show({ selection: sel, day });
    const marked = [...root.querySelectorAll<HTMLElement>('li.source[data-source]')]
      .filter((li) => li.querySelector('.published-later'))
      .map((li) => li.dataset.source);
    expect(new Set(marked)).toEqual(new Set(later));
    const lines = citedSources(sel, day);
    expect(lines.filter((l) => l.endsWith(strings.cite.publishedLater))).toHaveLength(later.length);
    // the panel follows the date: a year later, the reports from Aug-Sep 2022 are no longer marked
    const next = d('2023-09-01');
    show({ day: next });
    const markedNext = [...root.querySelectorAll<HTMLElement>('li.source[data-source]')]
      .filter((li) => li.querySelector('.published-later'))
      .map((li) => li.dataset.source);
    const laterNext = selectionSources(data, sel, next).filter((id) =>
      publishedAfter(data.sources[id] as never, next),
    );
    expect(new Set(markedNext)).toEqual(new Set(laterNext));
    expect(later.some((id) => !laterNext.includes(id))).toBe(true);
  });

  it('writes a description as a description in sources.bib and sources.csl.json, never as a title', () => {
    const csl = cslJson(data) as { id: string; title?: string; note?: string }[];
    const bib = bibtex(data);
    for (const s of described()) {
      const entry = csl.find((c) => c.id === s.id);
      expect(entry?.title, s.id).toBeUndefined();
      expect(entry?.note, s.id).toContain(s.headline.slice(1, 20));
      const bibEntry = bib.split('\n\n').find((e) => e.includes(`{${s.id},`)) ?? '';
      expect(bibEntry, s.id).toMatch(/titleaddon = /);
      expect(bibEntry, s.id).not.toMatch(/^ {2}title = /m);
    }
    const headline = csl.find((c) => c.id === 'R-withdrawal-reuters');
    expect(headline?.title).toBeTruthy();
  });
});

describe('the panel as a component', () => {
  it('keeps its nodes while only the date moves (playback), and follows the date in place', () => {
    show({ selection: { kind: 'place', id: 'lachin-corridor' }, day: d('2021-03-01') });
    const cite = root.querySelector<HTMLButtonElement>('.cite-button');
    cite?.click();
    expect(root.querySelector<HTMLElement>('.cite-region')?.hidden).toBe(false);
    for (let day = d('2021-03-02'); day < d('2021-04-01'); day++) show({ day });
    expect(root.querySelector('.cite-button')).toBe(cite);
    expect(root.querySelector<HTMLElement>('.cite-region')?.hidden).toBe(false);
    expect(root.querySelector('.state h3')?.textContent).toMatch(/31 March 2021/);
  });

  it('keeps an open Cite box, and focus in it, when what is below it is rebuilt', () => {
    const first = data.events.find((e) => data.placeEvents['lachin-corridor']?.includes(e.id));
    const t0 = first?.t0 ?? 0;
    show({ selection: { kind: 'place', id: 'lachin-corridor' }, day: t0 - 1 });
    const list = root.querySelector('.panel-content');
    root.querySelector<HTMLButtonElement>('.cite-button')?.click();
    const box = root.querySelector<HTMLTextAreaElement>('.cite-text');
    expect(document.activeElement).toBe(box);
    show({ day: t0 }); // a new event at the place: the content is rebuilt
    expect(root.querySelector('.panel-events')).not.toBeNull();
    expect(root.querySelector('.panel-content')).toBe(list);
    expect(root.querySelector('.cite-text')).toBe(box);
    expect(document.activeElement).toBe(box);
  });

  it('moves focus to its heading when a link inside it changes what it shows', () => {
    show({ selection: { kind: 'event', id: data.events[5]?.id ?? '' }, day: 0 });
    const link = root.querySelector<HTMLElement>('[data-place]');
    link?.focus();
    show({ selection: { kind: 'place', id: link?.dataset.place ?? '' } });
    expect(document.activeElement?.id).toBe('panel-title');
  });

  it('hands focus back to its opener on close, or to the fallback when the opener has gone', () => {
    const opener = document.getElementById('opener') as HTMLElement;
    opener.focus();
    show({ selection: { kind: 'place', id: 'farrukh' }, day: d('2022-03-26') });
    expect(document.activeElement?.id).toBe('panel-title');
    show({ selection: null });
    expect(document.activeElement).toBe(opener);

    const gone = document.createElement('button');
    document.body.append(gone);
    gone.focus();
    show({ selection: { kind: 'place', id: 'farrukh' } });
    gone.remove();
    show({ selection: null });
    expect(document.activeElement).toBe(opener);
  });

  it('hides "Go to this date" once there, without dropping focus to the page', () => {
    const e = data.events.find((x) => x.t0 > data.range.startDay + 10);
    show({ selection: { kind: 'event', id: e?.id ?? '' }, day: data.range.startDay });
    const jump = root.querySelector<HTMLElement>('[data-jump]');
    expect(jump?.hidden).toBe(false);
    jump?.focus();
    show({ day: e?.t0 ?? 0 });
    expect(jump?.hidden).toBe(true);
    expect(document.activeElement?.id).toBe('panel-title');
  });
});
