/** The legend: colours, approximate geometry, and switches for the context layers (off by default). */
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { palette } from './palette.ts';
import { CONTEXT_LAYERS } from './style.ts';

const CONTEXT_LABELS: Record<(typeof CONTEXT_LAYERS)[number], string> = {
  'context-nkao': 'Former NKAO boundary (1923–1991)',
  'context-ceasefire-1994': '1994 ceasefire line',
  'context-rivers': 'Rivers (Aras, Kura)',
};

function swatch(color: string, kind: 'fill' | 'line' | 'dot', label: string): HTMLElement {
  return el(
    'li',
    {},
    el('span', { class: `swatch swatch-${kind}`, style: `--c: ${color}`, 'aria-hidden': 'true' }),
    label,
  );
}

export function renderLegend(
  root: HTMLElement,
  onContext: (layer: string, on: boolean) => void,
): void {
  const toggles = CONTEXT_LAYERS.map((id) => {
    const box = el('input', { type: 'checkbox', id: `toggle-${id}`, 'data-layer': id });
    box.addEventListener('change', () => onContext(id, box.checked));
    return el('li', {}, box, el('label', { for: `toggle-${id}` }, CONTEXT_LABELS[id]));
  });
  const details = el('details', { open: '' }, el('summary', {}, el('h2', {}, strings.legendTitle)));
  root.replaceChildren(details);
  details.append(
    el(
      'ul',
      { class: 'legend-items' },
      swatch(palette.armenianHeld, 'fill', strings.legendStatus['armenian-held']),
      swatch(palette.azerbaijan, 'fill', strings.legendStatus.azerbaijan),
      swatch(palette.zone, 'fill', strings.legendStatus.zone),
      swatch(palette.zoneEnded, 'fill', strings.legendStatus.zoneEnded),
      swatch(palette.corridor, 'line', strings.legendStatus.corridor),
      swatch(palette.farrukh, 'dot', strings.layers.farrukh),
      swatch(
        palette.post,
        'dot',
        `${strings.layers['observation-posts']}, ${strings.layers['russian-base']}, ${strings.layers['monitoring-centre']}`,
      ),
      swatch(palette.event, 'dot', strings.legendStatus.event),
    ),
    el('p', { class: 'muted' }, strings.legendApproximate),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Context layers'),
      el('ul', { class: 'legend-items' }, ...toggles),
    ),
  );
}
