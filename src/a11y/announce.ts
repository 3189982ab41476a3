/** The announcer as a component: says what changed (selection, names, map/list, the settled date). */
import type { CompiledData } from '../data/types.ts';
import type { Component } from '../ui/component.ts';
import { strings } from '../ui/strings.ts';
import { Announcer } from './announcer.ts';
import { announceChange } from './describe.ts';

export function mountAnnouncer(parent: HTMLElement, data: CompiledData): Component {
  const announcer = new Announcer(parent);
  return {
    update(state, previous) {
      if (state.viewMode !== previous.viewMode)
        announcer.say(strings.announce.view(strings.view[state.viewMode]));
      else announceChange(announcer, data, state, previous);
    },
    destroy: () => announcer.region.remove(),
  };
}
