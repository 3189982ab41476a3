/** Map colours, shared by the style and the legend. Status colours live in the layer registry. */
import { CORRIDOR_COLOR, STATUS_LOOKS } from './registry.ts';

export const palette = {
  sea: '#c9dbe6',
  land: '#f4f1ea',
  border: '#4a4a4a',
  district: '#b5aea0',
  water: '#6fa8cc',
  road: '#8c6d4f',
  armenianHeld: STATUS_LOOKS['armenian-held'].color,
  azerbaijan: STATUS_LOOKS.azerbaijan.color,
  zone: STATUS_LOOKS.peacekeepers.color,
  presence: STATUS_LOOKS['ended-in-practice'].color,
  contested: STATUS_LOOKS.contested.color,
  closed: STATUS_LOOKS.closed.color,
  corridor: CORRIDOR_COLOR,
  event: '#e0442b',
  selection: '#111111',
  compareNow: '#c2185b',
  compareThen: '#333333',
  label: '#222222',
  countryLabel: '#5f5a50',
  halo: '#ffffff',
} as const;
