/**
 * Label fonts shipped with the app (npm @fontsource), one file per script, so labels render offline.
 * MapLibre fetches a face when a label laid out in a loaded tile needs it, on screen or not: the
 * Azerbaijani letters of the labels (ə ğ ş İ …) come from a 1.5 kB subset (scripts/subset-fonts.ts)
 * declared before latin-ext, so "Tərtər" just off screen no longer costs the 56 kB latin-ext file.
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import armenian from '@fontsource/noto-sans-armenian/files/noto-sans-armenian-armenian-400-normal.woff2?url';
// a file, not a data: URL (the CSP allows fetching fonts from the app's own origin only)
import azerbaijani from './fonts/noto-sans-az-400-normal.woff2?url&no-inline';
import azLetters from './fonts/noto-sans-az.json';
import { LATIN_RANGE, unicodeRangeOf } from './font-letters.ts';

export const LABEL_FONT = 'Noto Sans Regular';

const ranges = (s: string) => s.split(',');

export const fontFaces: FontFacesSpecification = {
  [LABEL_FONT]: [
    { url: latin, 'unicode-range': LATIN_RANGE },
    // first face whose range covers a letter wins: the subset before latin-ext
    { url: azerbaijani, 'unicode-range': unicodeRangeOf(azLetters.letters) },
    {
      url: latinExt,
      'unicode-range': ranges(
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1E00-1E9F,U+1EF2-1EFF,U+20A0-20AB,U+20AD-20C0,U+2C60-2C7F,U+A720-A7FF',
      ),
    },
    { url: cyrillic, 'unicode-range': ranges('U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116') },
    { url: armenian, 'unicode-range': ranges('U+0530-058F,U+FB13-FB17') },
  ],
};
