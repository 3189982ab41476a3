/**
 * The panel's "Cite" button: copies the citation text to the clipboard where the browser allows it, and
 * always shows it in a read-only text box, selected, so it can be copied by hand.
 */
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

let counter = 0;

export function citeControl(text: () => string): HTMLElement {
  const id = `cite-box-${++counter}`;
  const button = el(
    'button',
    { type: 'button', class: 'cite-button', 'aria-expanded': 'false', 'aria-controls': id },
    strings.cite.button,
  );
  const box = el('textarea', {
    id: `${id}-text`,
    class: 'cite-text',
    readonly: '',
    rows: '6',
    spellcheck: 'false',
  });
  const status = el('p', { class: 'cite-status', role: 'status' });
  const region = el(
    'div',
    { id, class: 'cite-region' },
    el('label', { for: `${id}-text` }, strings.cite.textLabel),
    box,
    status,
  );
  region.hidden = true;
  button.addEventListener('click', () => {
    const value = text();
    box.value = value;
    region.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    box.focus();
    box.select();
    box.scrollTop = 0; // select() scrolls to the end; the view's citation comes first
    status.textContent = strings.cite.selectToCopy;
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard || !window.isSecureContext) return;
    clipboard.writeText(value).then(
      () => {
        status.textContent = strings.cite.copied;
      },
      () => {
        status.textContent = strings.cite.selectToCopy;
      },
    );
  });
  return el('div', { class: 'cite' }, button, region);
}
