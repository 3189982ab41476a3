// Corrections to Natural Earth admin-1 names in and around Karabakh
// (shared/facts/geodata.md §2, each checked by point-in-polygon against known towns).

export interface Relabel {
  /** Corrected English name. */
  name: string;
  /** Corrected Russian name, only where NE's name_ru names a different unit. */
  name_ru?: string;
  /** Why NE's label is wrong (kept in provenance). */
  why: string;
}

/** Polygons whose NE label is wrong: `relabelled: true`. */
export const RELABEL: Readonly<Record<string, Relabel>> = {
  'AZE-1735': {
    name: 'Lachin District',
    name_ru: 'Лачинский район',
    why: 'NE labels it "Lankaran" (AZ-LAN); the polygon is Lachin District (ISO AZ-LAC)',
  },
  'AZE-4838': {
    name: 'Khankendi',
    why: 'NE "Stepanakert": the city of Khankendi/Stepanakert (a city unit, not a district)',
  },
  'AZE-1739': {
    name: 'Khojaly District',
    why: 'NE "Xocalı" with gn_name "Xankandi Sahari": the polygon is Khojaly District',
  },
  'AZE-1737': {
    name: 'Shusha District',
    name_ru: 'Шушинский район',
    why: 'NE "Şuşa" (name_ru "Шуша"): the district polygon',
  },
  'AZE-5565': {
    name: 'Shusha',
    name_ru: 'Шуша',
    why: 'NE "Şuşa" (name_ru "Шушинский район"): the small city polygon',
  },
  'AZE-1734': {
    name: 'Khojavend District',
    why: 'NE "Xocavənd": Khojavend District, including Hadrut',
  },
  'AZE-1738': {
    name: 'Tartar District',
    why: 'NE "Tərtər": Tartar District including the former Aghdara/Mardakert part',
  },
};

/** Polygons whose NE name is right; only the English form is set: `relabelled: false`. */
export const ENGLISH_NAME: Readonly<Record<string, string>> = {
  'AZE-1682': 'Kalbajar District',
  'AZE-1691': 'Aghdam District',
  'AZE-1702': 'Fuzuli District',
  'AZE-1699': 'Jabrayil District',
  'AZE-1740': 'Zangilan District',
  'AZE-1736': 'Gubadli District',
};

export interface Admin1Names {
  name: string;
  name_ne: string;
  name_ru: string | null;
  relabelled: boolean;
}

/** English name for an NE admin-1 record: the table above, else NE's name_en, else NE's name. */
export function admin1Names(
  code: string,
  ne: { name?: unknown; name_en?: unknown; name_ru?: unknown },
): Admin1Names {
  const neName = typeof ne.name === 'string' ? ne.name : code;
  const neRu = typeof ne.name_ru === 'string' && ne.name_ru !== '' ? ne.name_ru : null;
  const fix = RELABEL[code];
  if (fix)
    return { name: fix.name, name_ne: neName, name_ru: fix.name_ru ?? neRu, relabelled: true };
  const english =
    ENGLISH_NAME[code] ??
    (typeof ne.name_en === 'string' && ne.name_en !== '' ? ne.name_en : neName);
  return { name: english, name_ne: neName, name_ru: neRu, relabelled: false };
}
