/**
 * Printing the page: a WebGL canvas can print blank (its drawing buffer is not kept), so just before
 * printing the map is redrawn synchronously and copied into an image that the print stylesheet shows
 * in its place.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function setUpPrint(map: MaplibreMap): void {
  const img = document.createElement('img');
  img.className = 'print-map';
  img.alt = '';
  map.getContainer().append(img);
  window.addEventListener('beforeprint', () => {
    map.redraw(); // draws now, so the buffer is valid for the copy in the same task
    img.src = map.getCanvas().toDataURL('image/png');
  });
  window.addEventListener('afterprint', () => img.removeAttribute('src'));
}
