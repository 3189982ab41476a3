/**
 * Embed mode (URL `embed=1`): the page an iframe shows. A compact header with the title, the date and
 * a link to the full map at the same view; search, naming and the About button give way to the map.
 */
import type { Store } from '../state/store.ts';
import { formatDay } from '../time/days.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { viewUrl } from './urls.ts';
import './embed.css';

export function setUpEmbed(store: Store, header: HTMLElement): void {
  if (!store.state.embed) return;
  document.body.dataset.embed = 'true';
  const date = el('p', { class: 'embed-date' });
  const open = el(
    'a',
    {
      class: 'embed-open',
      target: '_blank',
      rel: 'noopener',
      'aria-label': strings.embed.openFullLabel,
    },
    `${strings.embed.openFull} ↗`,
  );
  header.querySelector('.titles')?.append(date);
  header.append(open);
  const render = () => {
    date.textContent = formatDay(store.state.day);
    open.href = viewUrl(store.state, false);
  };
  store.subscribe(render);
  render();
}
