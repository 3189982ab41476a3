// Prints the area (km²) of every control area live on each key date, and the largest overlap
// between any two of them on any date, for geodata/README.md's method notes.
//   npx tsx scripts/geodata/area-report.ts [YYYY-MM-DD …]
import area from '@turf/area';
import { readGeodata } from '../pipeline/files.ts';
import { controlAreas, findOverlaps } from '../pipeline/overlap.ts';
import { validateGeodata } from '../pipeline/validate.ts';
import { dayFromIso } from '../../src/time/days.ts';

const KEY_DATES = [
  '2020-09-27',
  '2020-11-21',
  '2020-12-02',
  '2022-03-25',
  '2022-08-27',
  '2022-09-01',
  '2023-04-01',
  '2023-09-21',
  '2024-06-13',
];

const result = validateGeodata(readGeodata('geodata'));
if (!result.data) {
  console.error('geodata/ does not validate: run npm run validate');
  process.exit(1);
}
const areas = controlAreas(result.data);
const km2 = new Map(areas.map((a) => [a.id, area(a.area) / 1e6]));
const dates = process.argv.length > 2 ? process.argv.slice(2) : KEY_DATES;
for (const iso of dates) {
  const day = dayFromIso(iso) as number;
  const live = areas.filter((a) => a.t0 <= day && day <= a.t1);
  const byStatus = new Map<string, number>();
  console.log(`${iso}`);
  for (const a of live) {
    const size = km2.get(a.id) ?? 0;
    byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + size);
    console.log(`  ${a.id.padEnd(30)} ${a.status.padEnd(14)} ${size.toFixed(0).padStart(6)} km²`);
  }
  const totals = [...byStatus].map(([s, v]) => `${s} ${v.toFixed(0)}`).join(' · ');
  console.log(`  total by status: ${totals} km²`);
}
const all = findOverlaps(areas, 0);
const worst = all.reduce((m, o) => (o.km2 > m.km2 ? o : m), { a: '-', b: '-', date: '-', km2: 0 });
console.log(
  `largest overlap between two control areas on any date: ${worst.km2.toFixed(3)} km² (${worst.a} × ${worst.b}, ${worst.date})`,
);
