/**
 * The reader's tools around the map: search, the naming choice, map/list, the list itself and the
 * announcements of what changed. Without a map (no WebGL 2) the list is shown on its own.
 */
import type { CompiledData } from '../data/types.ts';
import { ListView } from '../list/list-view.ts';
import { ViewToggle } from '../list/view-toggle.ts';
import type { MapView } from '../map/map-view.ts';
import { renderNameControl } from '../names/name-control.ts';
import { SearchBox } from '../search/search-box.ts';
import { buildIndex } from '../search/search-index.ts';
import { targetOf } from '../search/target.ts';
import { setNames, setShow, type AppState, type Selection, type Store } from '../state/store.ts';
import { byId, el } from '../ui/dom.ts';
import { strings } from '../ui/strings.ts';
import { Announcer } from './announcer.ts';
import { announceChange } from './describe.ts';

export interface AccessDeps {
  data: CompiledData;
  store: Store;
  map: MapView | null;
  onSelect: (selection: Selection) => void;
}

export function setUpAccess({ data, store, map, onSelect }: AccessDeps): void {
  const toolbar = byId('toolbar');
  const searchRoot = el('div', {
    class: 'search',
    role: 'search',
    'aria-label': strings.search.label,
  });
  const namesRoot = el('div', { class: 'names-control' });
  toolbar.append(searchRoot, namesRoot);
  new SearchBox(searchRoot, buildIndex(data), {
    nameMode: () => store.state.names,
    onChoose: (entry) => {
      onSelect({ kind: entry.kind, id: entry.id });
      const target = targetOf(data, entry);
      if (target && map && store.state.show === 'map')
        map.focusOn(target, coverOf(byId('panel'), byId('map')));
    },
  });
  renderNameControl(namesRoot, store.state.names, (names) => store.update(setNames(names)));
  const toggle = map
    ? new ViewToggle(toolbar, store.state.show, (show) => store.update(setShow(show)))
    : null;

  const listRoot = byId('list');
  const list = new ListView(listRoot, data, onSelect);
  const announcer = new Announcer(byId('main'));

  const apply = (state: AppState, previous: AppState | null) => {
    const showList = !map || state.show === 'list';
    document.body.dataset.show = showList ? 'list' : 'map';
    listRoot.hidden = !showList;
    toggle?.render(state.show);
    map?.setNames(state.names);
    list.render(state);
    if (!previous) return;
    if (state.show !== previous.show)
      announcer.say(strings.announce.view(strings.view[state.show]));
    else announceChange(announcer, data, state, previous);
  };
  store.subscribe(apply);
  apply(store.state, null);
}

/** How much of the map the panel hides: on the right (side panel) or at the bottom (bottom sheet). */
function coverOf(panel: HTMLElement, map: HTMLElement): { right: number; bottom: number } {
  if (panel.hidden) return { right: 0, bottom: 0 };
  const p = panel.getBoundingClientRect();
  const m = map.getBoundingClientRect();
  const sheet = p.width >= m.width;
  return {
    right: sheet ? 0 : Math.max(0, m.right - p.left),
    bottom: sheet ? Math.max(0, m.bottom - p.top) : 0,
  };
}
