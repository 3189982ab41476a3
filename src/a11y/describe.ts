/** What to announce when the state changes: the selection at once, the date once it settles. */
import type { CompiledData } from '../data/types.ts';
import { placeName, type NameMode } from '../names/names.ts';
import type { AppState, Selection } from '../state/store.ts';
import { formatDay } from '../time/days.ts';
import { strings } from '../ui/strings.ts';
import type { Announcer } from './announcer.ts';

type Announced = Pick<AppState, 'day' | 'selection'> & { names: NameMode };

/** A selection's name as the panel titles it. */
export function selectionTitle(data: CompiledData, sel: Selection, mode: NameMode): string {
  if (!sel) return '';
  if (sel.kind === 'event') return data.events.find((e) => e.id === sel.id)?.title ?? sel.id;
  const place = data.places[sel.id];
  if (place) return placeName(place, mode);
  const first = data.groups[sel.id]?.[0];
  return (
    (strings.layers as Record<string, string>)[sel.id] ??
    data.features[first ?? '']?.title ??
    sel.id
  );
}

export function announceChange(
  announcer: Announcer,
  data: CompiledData,
  state: Announced,
  previous: Announced,
): void {
  const a = strings.announce;
  const date = formatDay(state.day);
  const selectionChanged =
    state.selection?.kind !== previous.selection?.kind ||
    state.selection?.id !== previous.selection?.id;
  if (selectionChanged) {
    const title = selectionTitle(data, state.selection, state.names);
    announcer.say(state.selection ? a.selected(title, date) : a.cleared(date));
  } else if (state.names !== previous.names) {
    announcer.say(a.names(strings.names.modes[state.names]));
  } else if (state.day !== previous.day) {
    announcer.sayWhenSettled(a.date(date));
  }
}
