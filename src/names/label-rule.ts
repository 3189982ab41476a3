/**
 * The one rule for a place's label in "Both" mode (its `name`), checked by `npm run validate`:
 *
 * 1. The name used by the state the place lies in, as internationally recognised, comes first:
 *    the Azerbaijani name for places in Azerbaijan (Nagorno-Karabakh included), the Armenian name for
 *    places in Armenia. The other side's name follows after " / ".
 * 2. So a name one side uses for territory of the other (Goycha for the Lake Sevan basin, Zangazur
 *    for Syunik, Stepanakert for Khankendi) is never the first part of the label.
 * 3. Where the other side has its own name for the place, the label carries it too.
 *
 * English forms (names.en) count as neutral unless they are the other side's own name.
 * Places outside both states follow no order.
 */
import type { PlaceNames } from '../data/types.ts';

export type NameSide = 'az' | 'hy';

/** Lower case without diacritics, so "Qiyaslı" and "Qiyasli" compare equal. */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim();
}

/** The part of a label before " / " or " (": the name shown first. */
export const firstName = (label: string): string =>
  label.split(/\s+\/\s+|\s+\(/)[0]?.trim() ?? label;

/** What is wrong with a label under the rule above, or null when it follows it. */
export function bothLabelProblem(label: string, names: PlaceNames, side: NameSide): string | null {
  const other: NameSide = side === 'az' ? 'hy' : 'az';
  const otherSet = new Set(names[other].map(foldName));
  // English forms are neutral unless they are the other side's own name (Stepanakert for Khankendi)
  const neutral = names.en.filter((n) => !otherSet.has(foldName(n)));
  const ownOrNeutral = new Set([...names[side], ...neutral].map(foldName));
  const otherOnly = names[other].filter((n) => !ownOrNeutral.has(foldName(n)));
  const first = foldName(firstName(label));
  const sideName = side === 'az' ? 'Azerbaijani' : 'Armenian';
  const hit = otherOnly.find((n) => foldName(n) === first);
  if (hit)
    return `starts with "${hit}", the other side's name; put the ${sideName} name first ("${names[side][0] ?? ''} / ${hit}")`;
  const folded = foldName(label);
  const otherFirst = names[other][0];
  const ownHasIt = otherFirst !== undefined && ownOrNeutral.has(foldName(otherFirst));
  if (otherFirst && !ownHasIt && !names[other].some((n) => folded.includes(foldName(n))))
    return `must also carry the other side's name after " / " (e.g. "${otherFirst}")`;
  return null;
}
