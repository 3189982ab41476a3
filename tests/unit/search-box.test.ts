// @vitest-environment happy-dom
/**
 * The search box's keyboard: typing offers results with the first one ready for Enter; the first
 * ArrowDown moves onto that first result (it must not skip it), the next ones move on.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compile } from '../../scripts/pipeline/compile.ts';
import { readGeodata } from '../../scripts/pipeline/files.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import type { CompiledData } from '../../src/data/types.ts';
import { SearchBox } from '../../src/search/search-box.ts';
import { buildIndex, type SearchEntry } from '../../src/search/search-index.ts';

let data: CompiledData;
beforeAll(() => {
  const result = validateGeodata(readGeodata('geodata'));
  if (!result.data) throw new Error('geodata/ does not validate');
  data = compile(result.data);
});

let box: SearchBox;
let chosen: SearchEntry[];
beforeEach(() => {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  chosen = [];
  box = new SearchBox(root, buildIndex(data), {
    onChoose: (entry) => chosen.push(entry),
    nameMode: () => 'both',
    examples: 'Parukh',
  });
});

const type = (text: string) => {
  box.input.value = text;
  box.input.dispatchEvent(new Event('input'));
};
const press = (key: string) =>
  box.input.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
const optionIds = () =>
  [...document.querySelectorAll<HTMLElement>('#search-results [role="option"]')].map(
    (o) => o.dataset.id,
  );
const selectedIds = () =>
  [...document.querySelectorAll<HTMLElement>('#search-results [aria-selected="true"]')].map(
    (o) => o.dataset.id,
  );

describe('the search box keyboard', () => {
  it('Enter right after typing chooses the first result', () => {
    type('Berdzor');
    const first = optionIds()[0];
    expect(optionIds().length).toBeGreaterThan(1);
    expect(selectedIds()).toEqual([first]);
    press('Enter');
    expect(chosen.map((e) => e.id)).toEqual([first]);
  });

  it('ArrowDown then Enter chooses the first result, not the second', () => {
    type('Berdzor');
    const [first] = optionIds();
    press('ArrowDown');
    expect(box.input.getAttribute('aria-activedescendant')).toBe('search-option-0');
    expect(selectedIds()).toEqual([first]);
    press('Enter');
    expect(chosen.map((e) => e.id)).toEqual([first]);
  });

  it('a second ArrowDown moves to the second result, ArrowUp back to the first', () => {
    type('Berdzor');
    const [first, second] = optionIds();
    press('ArrowDown');
    press('ArrowDown');
    expect(box.input.getAttribute('aria-activedescendant')).toBe('search-option-1');
    expect(selectedIds()).toEqual([second]);
    press('ArrowUp');
    press('Enter');
    expect(chosen.map((e) => e.id)).toEqual([first]);
  });

  it('ArrowUp right after typing goes to the last result', () => {
    type('Berdzor');
    const ids = optionIds();
    press('ArrowUp');
    expect(selectedIds()).toEqual([ids[ids.length - 1]]);
  });
});
