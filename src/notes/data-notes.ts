/** "About the data": method, known inaccuracies, licences, how to cite, downloads. */
import { el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';

export function setUpDataNotes(
  button: HTMLButtonElement,
  dialog: HTMLDialogElement,
  attribution: string[],
): void {
  const n = strings.notes;
  const close = el('button', { type: 'button', class: 'panel-close', 'aria-label': n.close }, '×');
  close.addEventListener('click', () => dialog.close());
  const base = import.meta.env.BASE_URL;
  const today = new Date().toISOString().slice(0, 10);
  dialog.append(
    close,
    el('h2', { id: 'notes-title' }, n.title),
    el('h3', {}, n.methodHeading),
    ...n.method.map((p) => el('p', {}, p)),
    el('h3', {}, n.inaccuracyHeading),
    el('ul', {}, ...n.inaccuracies.map((p) => el('li', {}, p))),
    el('h3', {}, n.licencesHeading),
    el(
      'p',
      {},
      n.dataLicence.before,
      el('a', { href: 'https://creativecommons.org/licenses/by/4.0/' }, n.dataLicence.name),
      n.dataLicence.after,
    ),
    el('ul', {}, ...attribution.map((a) => el('li', {}, a))),
    el(
      'p',
      { class: 'licences' },
      el('a', { href: `${base}licenses/LICENSE.txt` }, n.codeLicence),
      '; ',
      el('a', { href: `${base}licenses/third-party.txt` }, n.thirdPartyLicences),
      '.',
    ),
    el('h3', {}, n.downloadsHeading),
    el(
      'ul',
      { class: 'downloads' },
      ...n.downloads.map(([file, what]) =>
        el('li', {}, el('a', { href: `${base}data/${file}`, download: file }, file), ` — ${what}`),
      ),
    ),
    el('h3', {}, n.citeHeading),
    el('p', { class: 'cite' }, n.cite(window.location.origin + window.location.pathname, today)),
  );
  button.addEventListener('click', () => dialog.showModal());
}
