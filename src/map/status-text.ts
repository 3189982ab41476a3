/**
 * The words for a feature's status, as the legend and the panel's state line both say them (one string
 * each, so the two cannot drift): a corridor in dispute is a blockaded road, not a "contested" area.
 */
import { layerDef, type Status } from './registry.ts';
import { strings } from '../ui/strings.ts';

export function statusText(layer: string, status: Status | 'active'): string {
  if (status === 'contested' && layerDef(layer)?.kind === 'corridor')
    return strings.cartography.corridorBlockaded;
  return strings.status[status];
}
