/**
 * A tour step in a link sets the date, the selection and the camera itself. Which other parts of the
 * link did it override? Parts that agree with the step (as in links the app writes) are not listed.
 */
import type { TourStep } from '../domain/story.ts';
import { dayFromIso } from '../time/days.ts';
import type { AppState } from './store.ts';
import { URL_KEYS } from './url.ts';

export function overriddenByTour(linked: Partial<AppState>, step: TourStep): string[] {
  const out: string[] = [];
  const part = (key: string) => `${key}=${URL_KEYS[key]?.write(linked as AppState) ?? ''}`;
  if (linked.day !== undefined && linked.day !== dayFromIso(step.date)) out.push(part('date'));
  const sel = linked.selection;
  if (sel && !(sel.kind === 'event' && sel.id === step.event)) out.push(part(sel.kind));
  const v = linked.camera;
  const [lon, lat] = step.camera.center;
  if (
    v &&
    (Math.abs(v.zoom - step.camera.zoom) > 0.01 ||
      Math.abs(v.lat - lat) > 1e-4 ||
      Math.abs(v.lon - lon) > 1e-4)
  )
    out.push(part('map'));
  return out;
}
