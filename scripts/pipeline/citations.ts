/** Every source as CSL-JSON (Zotero, Pandoc, citeproc) and as BibTeX (biblatex), for the downloads. */
import type { CompiledData, Source } from '../../src/data/types.ts';
import { sourceTitle } from '../../src/domain/sources.ts';

const CSL_TYPE: Record<Source['kind'], string> = {
  news: 'article-newspaper',
  opinion: 'article-newspaper',
  'official statement': 'document',
  reference: 'webpage',
};

function dateParts(iso: string): number[] {
  return iso.split('-').map(Number);
}

/**
 * A headline is the item's title, which styles may set in quotation marks; our own description of an
 * untitled page is not a title: it goes in `note` (CSL has no field for a description), so no style
 * quotes it as the publisher's headline.
 */
export function cslJson(data: CompiledData): object[] {
  return Object.values(data.sources).map((s) => {
    const title = sourceTitle(s);
    const note = [title.description ? title.text : null, s.date_note].filter(Boolean).join('. ');
    return {
      id: s.id,
      type: CSL_TYPE[s.kind],
      ...(title.description ? {} : { title: title.text }),
      'container-title': s.outlet,
      ...(s.author ? { author: [{ literal: s.author }] } : {}),
      ...(s.published ? { issued: { 'date-parts': [dateParts(s.published)] } } : {}),
      ...(s.url ? { URL: s.url } : {}),
      language: s.language,
      ...(s.kind === 'opinion' ? { genre: 'opinion' } : {}),
      ...(note ? { note } : {}),
    };
  });
}

const BIB_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Escapes LaTeX's special characters (field values are then wrapped in balanced braces). */
export function bibEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIB_SPECIAL[c] ?? c);
}

/** ISO 639 codes to the babel/polyglossia names biblatex's langid takes. */
const LANGID: Record<string, string> = {
  en: 'english',
  ru: 'russian',
  hy: 'armenian',
  az: 'azerbaijani',
  tr: 'turkish',
  es: 'spanish',
  nl: 'dutch',
  de: 'german',
  fr: 'french',
};

const BIB_TYPE: Record<Source['kind'], string> = {
  news: 'article',
  opinion: 'article',
  'official statement': 'online',
  reference: 'online',
};

export function bibtex(data: CompiledData): string {
  const entries = Object.values(data.sources).map((s) => {
    const type = BIB_TYPE[s.kind];
    const title = sourceTitle(s);
    // a headline is the title (biblatex styles quote an article's); our description of an untitled
    // page is a titleaddon, which they print as it is, in its brackets
    const fields: [string, string][] = [
      [title.description ? 'titleaddon' : 'title', `{${bibEscape(title.text)}}`],
      [type === 'article' ? 'journaltitle' : 'organization', bibEscape(s.outlet)],
    ];
    // an author that is a name or an agency line is kept whole, in double braces
    if (s.author) fields.push(['author', `{${bibEscape(s.author)}}`]);
    if (s.published) fields.push(['date', s.published]);
    // url is a verbatim field in biblatex: written as it is (a URL has no braces)
    if (s.url && !/[{}]/.test(s.url)) fields.push(['url', s.url]);
    const langid = LANGID[s.language];
    if (langid) fields.push(['langid', langid]);
    if (s.kind === 'opinion') fields.push(['type', 'opinion']);
    if (s.date_note) fields.push(['note', bibEscape(s.date_note)]);
    const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
    return `@${type}{${s.id},\n${body}\n}`;
  });
  return `% Sources of the Karabakh peacekeeping map, 2020–2024 (biblatex; dates are ISO 8601)\n\n${entries.join('\n\n')}\n`;
}

export function citationFiles(data: CompiledData): Record<string, string> {
  return {
    'sources.csl.json': JSON.stringify(cslJson(data), null, 2),
    'sources.bib': bibtex(data),
  };
}
