/** The Share dialog's "Download PNG": the current view with its title, date and attribution. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Store } from '../state/store.ts';
import { formatDay, isoFromDay } from '../time/days.ts';
import { strings } from '../ui/strings.ts';
import { saveImage } from './export-image.ts';

export function imageSaver(
  map: MaplibreMap,
  store: Store,
  attribution: string[],
  /** the story's title (geodata/story.json) */
  title: string,
): (scale: number) => Promise<void> {
  return (scale) => {
    const day = store.state.day;
    return saveImage(
      map,
      { title, date: formatDay(day), attribution },
      scale,
      strings.exportImage.fileName(isoFromDay(day), scale),
    );
  };
}
