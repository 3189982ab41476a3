/** What to announce when the state changes: the selection at once, the date once it settles. */
import type { CompiledData } from '../data/types.ts';
import { selectionTitle } from '../domain/selection.ts';
import type { NameMode } from '../names/names.ts';
import type { AppState } from '../state/store.ts';
import { formatDay } from '../time/days.ts';
import { strings } from '../ui/strings.ts';
import type { Announcer } from './announcer.ts';

type Announced = Pick<AppState, 'day' | 'selection'> & { names: NameMode };

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
