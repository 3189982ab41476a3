/**
 * Every string the interface shows, in one table per language (src/ui/locales/). Another language is one
 * more file typed `Strings` and one more entry in `LOCALES`; the page's <html lang> picks it.
 */
import { en } from './locales/en.ts';

/** The English table with its literal types widened, so a translation only has to match its shape. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : { readonly [K in keyof T]: Widen<T[K]> };

export type Strings = Widen<typeof en>;

const LOCALES: Record<string, Strings> = { en };

function pick(): Strings {
  const lang = typeof document === 'undefined' ? 'en' : document.documentElement.lang;
  return LOCALES[lang] ?? LOCALES[lang.split('-')[0] ?? ''] ?? en;
}

export const strings: Strings = pick();
