/** Messages to the reader (ignored link parts, failures), announced politely, dismissible. */
import { el } from './dom.ts';
import { strings } from './strings.ts';

export function showNotice(root: HTMLElement, text: string, kind: 'info' | 'error' = 'info'): void {
  const dismiss = el('button', { type: 'button', class: 'notice-dismiss' }, strings.dismiss);
  const notice = el(
    'div',
    { class: `notice notice-${kind}`, 'data-kind': kind },
    el('p', {}, text),
    dismiss,
  );
  dismiss.addEventListener('click', () => notice.remove());
  root.append(notice);
}
