/**
 * Hardening of the validator, beyond the 40 cases in validate.test.ts: more bad-data kinds (hostile
 * strings, broken structure, prototype keys, control characters) and property-based tests (fast-check)
 * that mutate the real data at random. The validator must never throw, must print each problem as one
 * `geodata/<file> › <id> › <field>: <message>` line, and must reject every mutation that is invalid
 * by construction.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GEODATA_FILES, type GeodataFile, type RawGeodata } from '../../scripts/pipeline/files.ts';
import { formatProblem } from '../../scripts/pipeline/problems.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import { feature, mutate, real, record, type Json } from './geodata-fixture.ts';

const parsedReal = Object.fromEntries(
  GEODATA_FILES.map((f) => [f, JSON.parse(real[f] as string) as unknown]),
) as Record<GeodataFile, unknown>;

type Path = (string | number)[];

/** One problem line: file, record id and field, each on one line, then a non-empty message. */
const LINE =
  /^geodata\/(sources\.json|actors\.json|places\.geojson|events\.json|layers\.geojson|story\.json|generated\/(admin1|nkao|countries|water|locator)\.geojson) › [^\n›]+ › [^\n›]+: [^\n]+$/;
// eslint-disable-next-line no-control-regex -- a printed problem must carry no control character
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function run(raw: RawGeodata): string[] {
  let lines: string[] = [];
  expect(() => (lines = validateGeodata(raw).problems.map(formatProblem))).not.toThrow();
  for (const line of lines) {
    expect(line, 'problem line format').toMatch(LINE);
    expect(CONTROL.test(line), `control character in ${JSON.stringify(line)}`).toBe(false);
    expect(line.length, 'problem line length').toBeLessThan(700);
  }
  return lines;
}

const EVENT = 'farrukh-incident-2022-03';
const IMG = '<img src=x onerror=alert(1)>';

/** Kinds of bad data not already in validate.test.ts; each must fail with its own line. */
const cases: [string, () => RawGeodata, RegExp][] = [
  [
    'an empty file',
    () => ({ ...real, 'actors.json': '' }),
    /actors\.json › \(file\) › \(file\): malformed JSON/,
  ],
  [
    'a file that is JSON null',
    () => ({ ...real, 'layers.geojson': 'null' }),
    /layers\.geojson › \(file\) › \(file\): must be a GeoJSON FeatureCollection/,
  ],
  [
    'a byte-order mark and trailing garbage',
    () => ({ ...real, 'sources.json': `\uFEFF${real['sources.json']}}` }),
    /sources\.json › \(file\) › \(file\): malformed JSON/,
  ],
  [
    'a record that is null',
    () => mutate('events.json', (list) => void list.push(null as unknown as Json)),
    /events\.json › #\d+ › \(record\): /,
  ],
  [
    'a feature that is null',
    () => mutate('places.geojson', (fc) => void fc.features!.push(null as unknown as Json)),
    /places\.geojson › #\d+ › type: must be a GeoJSON Feature/,
  ],
  [
    'a feature whose properties are missing',
    () =>
      mutate('layers.geojson', (fc) => {
        delete feature(fc, 'monitoring-centre').properties;
      }),
    /layers\.geojson › #\d+ › properties: Invalid input: expected object/,
  ],
  [
    'a null feature in a generated file',
    () =>
      mutate('generated/admin1.geojson', (fc) => void fc.features!.push(null as unknown as Json)),
    /generated\/admin1\.geojson › #\d+ › type: must be a GeoJSON Feature/,
  ],
  [
    'a geometry that is a string',
    () =>
      mutate('places.geojson', (fc) => {
        feature(fc, 'farrukh').geometry = 'POINT(46.8 40.0)' as unknown as Json;
      }),
    /places\.geojson › farrukh › geometry: /,
  ],
  [
    'coordinates given as strings',
    () =>
      mutate('places.geojson', (fc) => {
        feature(fc, 'farrukh').geometry = { type: 'Point', coordinates: ['46.8', '40.0'] };
      }),
    /places\.geojson › farrukh › geometry: /,
  ],
  [
    'an infinite coordinate (1e999)',
    () => ({
      ...real,
      'places.geojson': (real['places.geojson'] as string).replace(
        /"coordinates":\s*\[\s*46\.80111/,
        '"coordinates": [1e999',
      ),
    }),
    /places\.geojson › farrukh › geometry: longitude Infinity/,
  ],
  [
    'Polygon coordinates shaped like a LineString',
    () =>
      mutate('layers.geojson', (fc) => {
        feature(fc, 'shusha-city').geometry = {
          type: 'Polygon',
          coordinates: [
            [46.73, 39.74],
            [46.76, 39.77],
          ],
        };
      }),
    /layers\.geojson › shusha-city › geometry: /,
  ],
  [
    'a hole wound the wrong way',
    () =>
      mutate('layers.geojson', (fc) => {
        const g = feature(fc, 'shusha-city').geometry as { coordinates: number[][][] };
        const [lon, lat] = g.coordinates[0]![0]!;
        const hole = [
          [lon! + 0.001, lat! + 0.001],
          [lon! + 0.002, lat! + 0.001],
          [lon! + 0.002, lat! + 0.002],
          [lon! + 0.001, lat! + 0.001],
        ];
        // a tiny counter-clockwise triangle (holes must be clockwise)
        g.coordinates.push(hole);
      }),
    /shusha-city › geometry: hole 1 is counter-clockwise/,
  ],
  [
    'a layer point off the map (swapped lat/lon in a post)',
    () =>
      mutate('layers.geojson', (fc) => {
        const post = fc.features!.find(
          (f) => (f.properties as Json).layer === 'observation-posts' && f.geometry,
        )!;
        const [lon, lat] = (post.geometry as { coordinates: number[] }).coordinates;
        (post.geometry as { coordinates: number[] }).coordinates = [lat!, lon!];
      }),
    /layers\.geojson › [^›]+ › geometry: .*swapped/,
  ],
  [
    'duplicate source id',
    () => mutate('sources.json', (list) => void list.push({ ...record(list, 'S001a') })),
    /sources\.json › S001a › id: duplicate id/,
  ],
  [
    'duplicate actor id',
    () => mutate('actors.json', (list) => void list.push({ ...record(list, 'ru-mod') })),
    /actors\.json › ru-mod › id: duplicate id/,
  ],
  [
    'duplicate layer feature id',
    () =>
      mutate(
        'layers.geojson',
        (fc) => void fc.features!.push(structuredClone(feature(fc, 'farrukh'))),
      ),
    /layers\.geojson › farrukh › id: duplicate id/,
  ],
  [
    'dangling place in a layer',
    () =>
      mutate('layers.geojson', (fc) => {
        feature(fc, 'farrukh').properties!.places = ['farrukh', 'el-dorado'];
      }),
    /layers\.geojson › farrukh › properties\.places\.1: unknown place "el-dorado"/,
  ],
  [
    'dangling actor in an event',
    () =>
      mutate('events.json', (list) => void (record(list, EVENT).actors as string[]).push('nobody')),
    new RegExp(`${EVENT} › actors\\.\\d+: unknown actor "nobody"`),
  ],
  [
    'dangling source in a claim',
    () =>
      mutate('events.json', (list) => {
        (record(list, EVENT).claims as Json[])[0]!.sources = ['S404'];
      }),
    new RegExp(`${EVENT} › claims\\.0\\.sources\\.0: unknown source "S404"`),
  ],
  [
    'a claimant that is an empty string',
    () =>
      mutate('events.json', (list) => {
        (record(list, EVENT).claims as Json[])[0]!.by = '';
      }),
    new RegExp(`${EVENT} › claims\\.0\\.by: must be a kebab-case id`),
  ],
  [
    '29 February in a common year',
    () =>
      mutate('layers.geojson', (fc) => {
        feature(fc, 'monitoring-centre').properties!.valid_from = '2021-02-29';
      }),
    /monitoring-centre › properties\.valid_from: must be a real ISO date/,
  ],
  [
    'month 13',
    () =>
      mutate('events.json', (list) => {
        record(list, EVENT).reported_on = '2022-13-01';
      }),
    new RegExp(`${EVENT} › reported_on: must be a real ISO date`),
  ],
  [
    'a state that ends before it starts',
    () =>
      mutate('layers.geojson', (fc) => {
        (feature(fc, 'kalbajar-district').properties!.states as Json[])[0]!.valid_to = '2020-01-01';
      }),
    /kalbajar-district › properties\.states\.0\.valid_to: 2020-01-01 is before valid_from/,
  ],
  [
    'HTML in a claim',
    () =>
      mutate('events.json', (list) => {
        (record(list, EVENT).claims as Json[])[0]!.says = `They said ${IMG}`;
      }),
    new RegExp(`${EVENT} › claims\\.0\\.says: must not contain HTML markup`),
  ],
  [
    'HTML in a headline',
    () =>
      mutate('sources.json', (list) => {
        record(list, 'S001a').headline = '<script>alert(1)</script>';
      }),
    /sources\.json › S001a › headline: must not contain HTML markup/,
  ],
  [
    'HTML in an actor name',
    () =>
      mutate('actors.json', (list) => {
        record(list, 'ru-mod').name = '<svg onload=alert(1)>';
      }),
    /actors\.json › ru-mod › name: must not contain HTML markup/,
  ],
  [
    'HTML in a native place name',
    () =>
      mutate('places.geojson', (fc) => {
        (feature(fc, 'farrukh').properties!.native as string[])[0] = `<a href="x">Փառուխ</a>`;
      }),
    /places\.geojson › farrukh › properties\.native\.0: must not contain HTML markup/,
  ],
  [
    'HTML in a layer method',
    () =>
      mutate('layers.geojson', (fc) => {
        feature(fc, 'farrukh').properties!.method = `< iframe src="https://example.org">`;
      }),
    /layers\.geojson › farrukh › properties\.method: must not contain HTML markup/,
  ],
  [
    'a data: URL',
    () =>
      mutate('sources.json', (list) => {
        record(list, 'S001a').url = 'data:text/html,<script>alert(1)</script>';
      }),
    /sources\.json › S001a › url: must be an http\(s\) URL/,
  ],
  [
    'a javascript: URL in disguise',
    () =>
      mutate('sources.json', (list) => {
        record(list, 'S001a').url = ' JaVaScRiPt:alert(1)//https://x';
      }),
    /sources\.json › S001a › url: must be an http\(s\) URL/,
  ],
  [
    'a URL with a line break',
    () =>
      mutate('sources.json', (list) => {
        record(list, 'S001a').url = 'https://example.org/\njavascript:alert(1)';
      }),
    /sources\.json › S001a › url: must be an http\(s\) URL/,
  ],
  [
    'a __proto__ key',
    () => ({
      ...real,
      'actors.json': (real['actors.json'] as string).replace(
        '"id": "ru-mod"',
        '"__proto__": {"polluted": true}, "id": "ru-mod"',
      ),
    }),
    /actors\.json › ru-mod › \(record\): .*__proto__/,
  ],
  [
    'an id with control characters and a newline',
    () =>
      mutate('actors.json', (list) => {
        record(list, 'ru-mod').id = 'ru-mod\u001b[31m\nfake line';
      }),
    /actors\.json › ru-mod\\u001b\[31m\\nfake line › id: must be a kebab-case id/,
  ],
  [
    'an id thousands of characters long',
    () =>
      mutate('actors.json', (list) => {
        record(list, 'ru-mod').id = `x${'-y'.repeat(5000)}`;
      }),
    /actors\.json › x-y-y[-y]*… › id: must be at most 80 characters/,
  ],
  [
    'coordinates nested 100,000 deep',
    () => ({
      ...real,
      'places.geojson': (real['places.geojson'] as string).replace(
        /"coordinates":\s*\[\s*46\.80111,\s*40\.01944\s*\]/,
        `"coordinates": ${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      ),
    }),
    /places\.geojson › /,
  ],
];

describe('more bad data is rejected with a precise line', () => {
  it('the real data passes', () => {
    expect(run(real)).toEqual([]);
  });
  it.each(cases)('%s', (_name, make, expected) => {
    const raw = make();
    const lines = run(raw);
    expect(lines.length).toBeGreaterThan(0);
    expect(
      lines.some((l) => expected.test(l)),
      `expected ${expected} in:\n${lines.slice(0, 20).join('\n')}`,
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based: random mutations of the real data.

/**
 * The property tests run on the real data with the generated basemap trimmed to the features the
 * layers refer to (still valid, four times faster to validate), so each property can try many cases.
 */
const referenced = new Set(
  (parsedReal['layers.geojson'] as { features: Json[] }).features.flatMap((f) => {
    const ref = (f.properties as Json).geometry_ref;
    return typeof ref === 'string' ? [ref.replace(/^admin1:/, '')] : [];
  }),
);
const trimmed = (file: GeodataFile, keep: (f: Json, i: number) => boolean) => {
  const json = structuredClone(parsedReal[file]) as { features: Json[] };
  json.features = json.features.filter(keep);
  return json;
};
const BASE = {
  ...parsedReal,
  'generated/admin1.geojson': trimmed('generated/admin1.geojson', (f) =>
    referenced.has(String(f.id)),
  ),
  'generated/countries.geojson': trimmed('generated/countries.geojson', (_, i) => i === 0),
  'generated/water.geojson': trimmed('generated/water.geojson', (_, i) => i === 0),
} as Record<GeodataFile, unknown>;
const BASE_RAW = Object.fromEntries(
  GEODATA_FILES.map((f) => [f, JSON.stringify(BASE[f])]),
) as RawGeodata;
const withBaseFile = (file: GeodataFile, json: unknown): RawGeodata => ({
  ...BASE_RAW,
  [file]: JSON.stringify(json),
});

const HAND_EDITED: GeodataFile[] = [
  'sources.json',
  'actors.json',
  'places.geojson',
  'events.json',
  'layers.geojson',
];

function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

/** Every path in a hand-edited file; in the generated files only geometry (their properties are free). */
const PATHS = Object.fromEntries(
  GEODATA_FILES.map((file) => {
    const paths = allPaths(BASE[file]);
    return [
      file,
      HAND_EDITED.includes(file)
        ? paths
        : paths.filter((p) => p[0] === 'features' && p.length >= 3 && p[2] === 'geometry'),
    ];
  }),
) as Record<GeodataFile, Path[]>;

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return root;
}

/** A value of another JSON type than `old` (and not null where null may be allowed). */
function otherType(old: unknown): fc.Arbitrary<unknown> {
  const num = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  const str = fc.string({ maxLength: 20 });
  const obj = fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), {
    maxKeys: 3,
  });
  const arr = fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 });
  if (typeof old === 'string') return fc.oneof(num, fc.boolean(), obj, arr);
  if (typeof old === 'number') return fc.oneof(str, fc.boolean(), obj, arr);
  if (typeof old === 'boolean') return fc.oneof(str, num, obj, arr);
  if (old === null) return fc.oneof(num, fc.boolean(), arr);
  if (Array.isArray(old)) return fc.oneof(str, num, fc.boolean(), obj);
  return fc.oneof(str, num, fc.boolean(), arr);
}

/** story.json has its own checks (scripts/pipeline/story.ts): only files with mutable paths here */
const filePath = (files: GeodataFile[]) =>
  fc
    .constantFrom(...files.filter((f) => PATHS[f].length > 0))
    .chain((file) =>
      fc.nat({ max: PATHS[file].length - 1 }).map((i) => ({ file, path: PATHS[file][i]! })),
    );

/** The record id and field a path points into, as the validator names them. */
function locate(file: GeodataFile, path: Path): { id: string; field: string } {
  const root = BASE[file];
  if (file.endsWith('.json')) {
    const rec = (root as Json[])[path[0] as number]!;
    return { id: String(rec.id), field: path.slice(1).join('.') };
  }
  const f = (root as { features: Json[] }).features[path[1] as number]!;
  return { id: String((f.properties as Json).id), field: path.slice(2).join('.') };
}

/** Runs per property (7 properties); FUZZ_RUNS raises it for a longer local search. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const TIMEOUT = 60_000 + RUNS * 200;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('property: random mutations of the real data', () => {
  it('the trimmed real data passes', () => {
    expect(run(BASE_RAW)).toEqual([]);
  });

  it(
    'a value of the wrong type anywhere is rejected, in the line format, naming its file',
    () => {
      fc.assert(
        fc.property(
          filePath(GEODATA_FILES as unknown as GeodataFile[]).chain(({ file, path }) =>
            otherType(getAt(BASE[file], path)).map((value) => ({ file, path, value })),
          ),
          ({ file, path, value }) => {
            const json = setAt(structuredClone(BASE[file]), path, value);
            const lines = run(withBaseFile(file, json));
            expect(lines.length).toBeGreaterThan(0);
            expect(lines.some((l) => l.startsWith(`geodata/${file} › `))).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'any JSON value anywhere never crashes the validator',
    () => {
      fc.assert(
        fc.property(
          filePath(GEODATA_FILES as unknown as GeodataFile[]),
          fc.jsonValue(),
          (at, value) => {
            const json = setAt(structuredClone(BASE[at.file]), at.path, value);
            run(withBaseFile(at.file, json));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'a deleted key never crashes the validator; a deleted id, type or source list is reported',
    () => {
      const keyed = (file: GeodataFile) =>
        PATHS[file].filter((p) => typeof p[p.length - 1] === 'string');
      fc.assert(
        fc.property(
          fc
            .constantFrom(...HAND_EDITED)
            .chain((file) => fc.constantFrom(...keyed(file)).map((path) => ({ file, path }))),
          ({ file, path }) => {
            const json = structuredClone(BASE[file]);
            delete (getAt(json, path.slice(0, -1)) as Record<string, unknown>)[
              path[path.length - 1] as string
            ];
            const lines = run(withBaseFile(file, json));
            if (
              ['id', 'type', 'sources', 'title', 'by', 'says'].includes(
                path[path.length - 1] as string,
              )
            )
              expect(lines.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'arbitrary text as any file never crashes the validator',
    () => {
      const text = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.json({ maxDepth: 4 }),
        fc.jsonValue().map((v) => JSON.stringify({ type: 'FeatureCollection', features: [v] })),
        fc.jsonValue().map((v) => JSON.stringify([v])),
      );
      fc.assert(
        fc.property(fc.constantFrom(...GEODATA_FILES), text, (file, body) => {
          run({ ...BASE_RAW, [file]: body });
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  const TEXT_KEYS: Record<string, string[]> = {
    'sources.json': ['outlet', 'headline', 'author', 'date_note'],
    'actors.json': ['name'],
    'places.geojson': ['kind', 'name', 'names', 'native', 'coordinate_source'],
    'events.json': ['title', 'summary', 'note', 'says'],
    'layers.geojson': ['title', 'method', 'note'],
  };
  const textPaths = HAND_EDITED.flatMap((file) =>
    PATHS[file]
      .filter((p) => typeof getAt(BASE[file], p) === 'string')
      .filter((p) => p.some((k) => TEXT_KEYS[file]!.includes(String(k))))
      .map((path) => ({ file, path })),
  );
  const html = fc
    .tuple(
      fc.constantFrom(
        'img',
        'script',
        'a',
        'svg',
        'iframe',
        'b',
        'div',
        'style',
        '/p',
        '!--',
        'IMG',
      ),
      fc.constantFrom(
        '',
        ' src=x onerror=alert(1)',
        ' href="javascript:alert(1)"',
        ' onload=alert(document.cookie)',
        '/',
      ),
      fc.constantFrom('', ' ', '  '),
    )
    .map(([tag, attrs, space]) => `<${space}${tag}${attrs}>`);

  it(
    'HTML markup in any text field is reported at that field',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...textPaths),
          html,
          fc.constantFrom('before', 'after', 'alone'),
          ({ file, path }, tag, where) => {
            const old = getAt(BASE[file], path) as string;
            const value =
              where === 'alone' ? tag : where === 'before' ? `${tag} ${old}` : `${old} ${tag}`;
            const lines = run(withBaseFile(file, setAt(structuredClone(BASE[file]), path, value)));
            const { id, field } = locate(file, path);
            const expected = `geodata/${file} › ${id} › ${field}: must not contain HTML markup`;
            expect(lines, `expected ${expected}`).toContain(expected);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  const DATE_KEYS = ['published', 'start', 'end', 'reported_on', 'valid_from', 'valid_to'];
  const datePaths = HAND_EDITED.flatMap((file) =>
    PATHS[file]
      .filter((p) => DATE_KEYS.includes(String(p[p.length - 1])))
      .filter((p) => typeof getAt(BASE[file], p) === 'string')
      .map((path) => ({ file, path })),
  );
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const impossibleDate = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 13, max: 99 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
    fc
      .tuple(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(0, 32, 40, 99),
      )
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
    fc
      .tuple(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(30, 31))
      .map(([y, d]) => `${y}-02-${d}`),
    fc
      .integer({ min: 2000, max: 2099 })
      .filter((y) => y % 4 !== 0)
      .map((y) => `${y}-02-29`),
    fc
      .tuple(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(4, 6, 9, 11))
      .map(([y, m]) => `${y}-${pad(m)}-31`),
    fc.constantFrom(
      '2022-3-5',
      '2022/03/05',
      '20220305',
      '2022-03-05T00:00',
      ' 2022-03-05',
      '2022-03-05\n',
      '26.03.2022',
      '',
    ),
  );

  it(
    'an impossible or malformed date in any date field is reported at that field',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...datePaths), impossibleDate, ({ file, path }, date) => {
          const lines = run(withBaseFile(file, setAt(structuredClone(BASE[file]), path, date)));
          const { id, field } = locate(file, path);
          const expected = new RegExp(
            `^geodata/${esc(file)} › ${esc(id)} › ${esc(field)}: must be a real ISO date`,
          );
          expect(
            lines.some((l) => expected.test(l)),
            `expected ${expected} in\n${lines.join('\n')}`,
          ).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  const points = (['places.geojson', 'layers.geojson'] as const)
    .flatMap((file) =>
      ((BASE[file] as { features: Json[] }).features ?? []).flatMap((f, i) =>
        (f.geometry as { type?: string } | null)?.type === 'Point'
          ? [
              {
                file,
                index: i,
                id: String((f.properties as Json).id),
                beyond: !!(f.properties as Json).beyond_region,
              },
            ]
          : [],
      ),
    )
    .filter((p) => !p.beyond);

  it(
    'a point moved out of range or off the region (e.g. swapped) is reported at its geometry',
    () => {
      const badPosition = fc.oneof(
        fc.tuple(
          fc.double({ min: 180.001, max: 1e6, noNaN: true }),
          fc.double({ min: -90, max: 90, noNaN: true }),
        ),
        fc.tuple(
          fc.double({ min: -180, max: 180, noNaN: true }),
          fc.double({ min: 90.001, max: 1e6, noNaN: true }),
        ),
        fc.tuple(
          fc.double({ min: 37, max: 43.5, noNaN: true }),
          fc.double({ min: 44, max: 51.5, noNaN: true }),
        ),
        fc.tuple(
          fc.double({ min: -180, max: 41.9, noNaN: true }),
          fc.double({ min: -90, max: 90, noNaN: true }),
        ),
      );
      fc.assert(
        fc.property(fc.constantFrom(...points), badPosition, (p, position) => {
          const json = structuredClone(BASE[p.file]) as { features: Json[] };
          json.features[p.index]!.geometry = { type: 'Point', coordinates: position };
          const lines = run(withBaseFile(p.file, json));
          expect(lines.some((l) => l.startsWith(`geodata/${p.file} › ${p.id} › geometry: `))).toBe(
            true,
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
