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

/** Every spelling of a place: names of all sides, aliases in English, native script. */
export function allNames(place: Place): string[] {
  const { az, hy, ru, en } = place.names;
  return [...new Set([place.name, ...en, ...az, ...hy, ...ru, ...place.native])];
}
