/** The naming control: which side's forms of contested place names the map, panel and list show. */
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { NAME_MODES, type NameMode } from './names.ts';

export function renderNameControl(
  root: HTMLElement,
  mode: NameMode,
  onChange: (mode: NameMode) => void,
): HTMLSelectElement {
  const select = el(
    'select',
    { id: 'names-select', 'aria-describedby': 'names-help' },
    ...NAME_MODES.map((m) =>
      el('option', { value: m, selected: m === mode ? '' : undefined }, strings.names.modes[m]),
    ),
  );
  select.value = mode;
  select.addEventListener('change', () => onChange(select.value as NameMode));
  root.append(
    el('label', { for: 'names-select' }, strings.names.label),
    select,
    el('span', { id: 'names-help', class: 'visually-hidden' }, strings.names.help),
  );
  return select;
}
