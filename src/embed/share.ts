/**
 * The Share button and dialog: a link to the view, the iframe snippet that embeds it, and the view as
 * a PNG (src/export/). Everything is made when the dialog opens, from the state at that moment.
 */
import type { Store } from '../state/store.ts';
import { formatDay } from '../time/days.ts';
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { iframeSnippet, viewUrl } from './urls.ts';

export interface ShareDeps {
  store: Store;
  /** where the Share button goes (before the About button) */
  header: HTMLElement;
  dialog: HTMLDialogElement;
  /** saves the map as a PNG at a pixel ratio; absent without a map */
  saveImage?: (scale: number) => Promise<void>;
}

function copyField(
  id: string,
  label: string,
  rows: number,
  help?: string,
): {
  root: HTMLElement;
  set: (value: string) => void;
} {
  const box = el('textarea', { id, readonly: '', rows: String(rows), spellcheck: 'false' });
  const status = el('span', { class: 'share-status', role: 'status' });
  const copy = el('button', { type: 'button', class: 'share-copy' }, strings.share.copy);
  copy.addEventListener('click', () => {
    box.focus();
    box.select();
    status.textContent = strings.share.selectToCopy;
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard || !window.isSecureContext) return;
    clipboard.writeText(box.value).then(
      () => (status.textContent = strings.share.copied),
      () => (status.textContent = strings.share.selectToCopy),
    );
  });
  const root = el(
    'div',
    { class: 'share-field' },
    el('label', { for: id }, label),
    help ? el('p', { class: 'muted' }, help) : null,
    box,
    el('div', { class: 'share-actions' }, copy, status),
  );
  return {
    root,
    set: (value) => {
      box.value = value;
      status.textContent = '';
    },
  };
}

export function setUpShare({ store, header, dialog, saveImage }: ShareDeps): void {
  const s = strings.share;
  const button = el(
    'button',
    { type: 'button', id: 'share-button', class: 'header-button' },
    s.button,
  );
  header.querySelector('#notes-button')?.before(button);

  const link = copyField('share-link', s.linkLabel, 2);
  const embed = copyField('share-embed', s.embedLabel, 5, s.embedHelp);
  const close = el('button', { type: 'button', class: 'panel-close', 'aria-label': s.close }, '×');
  close.addEventListener('click', () => dialog.close());
  const imageStatus = el('p', { class: 'share-status', role: 'status' });
  const imageButton = (label: string, scale: number) => {
    const b = el(
      'button',
      { type: 'button', class: 'share-copy', 'data-scale': String(scale) },
      label,
    );
    b.addEventListener('click', () => {
      imageStatus.textContent = '';
      saveImage?.(scale).catch((err: unknown) => {
        console.warn('image export failed:', err);
        imageStatus.textContent = s.imageFailed;
      });
    });
    return b;
  };
  dialog.setAttribute('aria-labelledby', 'share-title');
  dialog.replaceChildren(
    close,
    el('h2', { id: 'share-title' }, s.title),
    el('h3', {}, s.linkHeading),
    link.root,
    el('h3', {}, s.embedHeading),
    embed.root,
  );
  if (saveImage)
    dialog.append(
      el(
        'section',
        { 'aria-labelledby': 'share-image' },
        el('h3', { id: 'share-image' }, s.imageHeading),
        el('p', { class: 'muted' }, s.imageHelp),
        el('div', { class: 'share-actions' }, imageButton(s.image1x, 1), imageButton(s.image2x, 2)),
        imageStatus,
      ),
    );
  button.addEventListener('click', () => {
    const state = store.state;
    link.set(viewUrl(state, false));
    embed.set(iframeSnippet(viewUrl(state, true), strings.embed.frameTitle(formatDay(state.day))));
    dialog.showModal();
  });
}
