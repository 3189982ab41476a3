/**
 * The search box: an ARIA 1.2 combobox (list autocomplete) over place names in every spelling and event
 * titles. Typing offers the results with the first one selected, so Enter alone chooses it; the first
 * ArrowDown moves onto that first result (ArrowUp onto the last), later ones move on. Escape closes and
 * then clears.
 */
import type { NameMode } from '../names/names.ts';
import { placeName } from '../names/names.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { search, type SearchEntry, type SearchHit } from './search-index.ts';

export interface SearchCallbacks {
  onChoose: (entry: SearchEntry) => void;
  nameMode: () => NameMode;
  /** a few names to search for, in several spellings (the story's) */
  examples: string;
}

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly count: HTMLElement;
  private hits: SearchHit[] = [];
  /** the result Enter chooses (the first one after typing) */
  private active = -1;
  /** whether the arrow keys have moved into the results since the last typing */
  private inList = false;

  constructor(
    root: HTMLElement,
    private readonly index: SearchEntry[],
    private readonly cb: SearchCallbacks,
  ) {
    const s = strings.search;
    this.input = el('input', {
      id: 'search-input',
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: s.placeholder(cb.examples),
    });
    this.listbox = el('ul', {
      id: 'search-results',
      role: 'listbox',
      'aria-label': s.resultsLabel,
      class: 'search-results',
    });
    this.listbox.hidden = true;
    this.count = el('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    root.append(
      el('label', { for: 'search-input', class: 'visually-hidden' }, s.label),
      this.input,
      this.listbox,
      this.count,
    );
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('blur', () => this.close());
    // keep focus in the input while an option is clicked or tapped
    this.listbox.addEventListener('mousedown', (e) => e.preventDefault());
  }

  private update(): void {
    this.hits = search(this.index, this.input.value);
    this.active = this.hits.length ? 0 : -1;
    this.inList = false;
    this.renderOptions();
    this.count.textContent = this.input.value.trim() ? strings.search.count(this.hits.length) : '';
  }

  private renderOptions(): void {
    const mode = this.cb.nameMode();
    const options = this.hits.map((hit, i) => {
      const label = hit.entry.place ? placeName(hit.entry.place, mode) : hit.entry.title;
      const alsoMatched =
        hit.matched && hit.matched !== label ? ` · ${strings.search.matched(hit.matched)}` : '';
      const kind = hit.entry.kind === 'event' ? strings.search.event : hit.entry.detail;
      const option = el(
        'li',
        {
          id: `search-option-${i}`,
          role: 'option',
          'aria-selected': String(i === this.active),
          'data-kind': hit.entry.kind,
          'data-id': hit.entry.id,
        },
        el('span', { class: 'option-label' }, label),
        el('span', { class: 'option-detail' }, `${kind}${alsoMatched}`),
      );
      option.addEventListener('click', () => this.choose(i));
      return option;
    });
    this.listbox.replaceChildren(...options);
    this.setOpen(options.length > 0);
    this.setActive(this.active);
  }

  private setOpen(open: boolean): void {
    this.listbox.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
    if (!open) this.input.removeAttribute('aria-activedescendant');
  }

  private setActive(i: number): void {
    this.active = i;
    const options = [...this.listbox.children] as HTMLElement[];
    options.forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    const current = options[i];
    // the input keeps the reader's focus until the arrow keys move into the results
    if (current && !this.listbox.hidden && this.inList) {
      this.input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.setOpen(false);
  }

  private onKey(e: KeyboardEvent): void {
    const open = !this.listbox.hidden;
    const n = this.hits.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        if (e.key === 'ArrowUp' && e.altKey) return;
        this.update();
        return;
      }
      if (e.altKey) {
        if (e.key === 'ArrowUp') this.close();
        return;
      }
      if (!n) return;
      const down = e.key === 'ArrowDown';
      // the first arrow lands on the first (or last) result itself, not on the one after it
      const next = this.inList ? (this.active + (down ? 1 : n - 1)) % n : down ? 0 : n - 1;
      this.inList = true;
      this.setActive(next);
    } else if (e.key === 'Enter') {
      if (open && this.active >= 0) {
        e.preventDefault();
        this.choose(this.active);
      }
    } else if (e.key === 'Escape') {
      if (open) this.close();
      else if (this.input.value) this.input.value = '';
      else return;
      e.preventDefault();
      e.stopPropagation(); // Escape here is the search box's, not the panel's
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    const entry = hit.entry;
    this.input.value = entry.place ? placeName(entry.place, this.cb.nameMode()) : entry.title;
    this.close();
    this.count.textContent = '';
    this.cb.onChoose(entry);
  }
}
