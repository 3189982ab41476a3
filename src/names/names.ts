/** Which form of a contested place name to show: both sides' (the default), Azerbaijani, Armenian or Russian. */
import type { Place } from '../data/types.ts';

export const NAME_MODES = ['both', 'az', 'hy', 'ru'] as const;
export type NameMode = (typeof NAME_MODES)[number];

export function isNameMode(value: string): value is NameMode {
  return (NAME_MODES as readonly string[]).includes(value);
}

/**
 * The name shown for a place: in "Both" mode its double name (`name`, ordered by the rule in
 * label-rule.ts and checked by `npm run validate`), else the first form of the chosen side.
 * The map's labels (compile), the panel, the list and search all go through this function.
 */
export function placeName(place: Place, mode: NameMode): string {
  if (mode === 'both') return place.name;
  return place.names[mode][0] ?? place.name;
}

/**
 * A text that names places by their double names (a feature's title, "Farrukh / Parukh and the height
 * above it") with each of those places in the chosen form: a place's `name` and English double forms,
 * in either order, become placeName(place, mode). Where two places share a form, the first listed
 * wins. "Both" mode leaves the text as written.
 */
export function withPlaceNames(text: string, places: readonly Place[], mode: NameMode): string {
  if (mode === 'both') return text;
  const forms = new Map<string, Place>();
  for (const place of places) {
    for (const double of [place.name, ...place.names.en].filter((n) => n.includes(' / '))) {
      const [a, b] = double.split(' / ');
      for (const form of [double, `${b} / ${a}`]) if (!forms.has(form)) forms.set(form, place);
    }
  }
  // longest first, so "Lachin / Berdzor (town)" goes before "Lachin / Berdzor"
  let out = text;
  for (const [form, place] of [...forms].sort(([x], [y]) => y.length - x.length))
    if (out.includes(form)) out = out.split(form).join(placeName(place, mode));
  return out;
}

/** Every spelling of a place: names of all sides, aliases in English, native script. */
export function allNames(place: Place): string[] {
  const { az, hy, ru, en } = place.names;
  return [...new Set([place.name, ...en, ...az, ...hy, ...ru, ...place.native])];
}
