/**
 * geodata/story.json: what makes the map tell this story (title, region, opening view, time range,
 * default date, guided tour, country labels). Its schema, and the checks against the rest of the data.
 */
import { z } from 'zod';
import type { Story } from '../../src/domain/story.ts';
import { dayFromIso } from '../../src/time/days.ts';
import type { ProblemLog } from './problems.ts';

const FILE = 'story.json';

const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().refine((s) => dayFromIso(s) !== null, {
  message: 'must be a real ISO date (YYYY-MM-DD)',
});
const lon = z.number().min(-180).max(180);
const lat = z.number().min(-85).max(85);
const lonLat = z.tuple([lon, lat]);
const bounds = z.tuple([lonLat, lonLat]).refine(([[w, s], [e, n]]) => w < e && s < n, {
  message: 'must be [[west, south], [east, north]] with west < east and south < north',
});

const tourStepSchema = z.strictObject({
  date: isoDate,
  title: text,
  text,
  event: text,
  highlight: text.nullable(),
  camera: z.strictObject({ center: lonLat, zoom: z.number().min(0).max(22) }),
});

export const storySchema = z.strictObject({
  title: text,
  subtitle: text,
  description: text,
  mapLabel: text,
  searchExamples: text,
  bounds,
  home: bounds,
  start: isoDate,
  end: isoDate,
  defaultDate: isoDate,
  tour: z.array(tourStepSchema),
  /** [label, lon, lat, minzoom?, maxzoom?]: the label shows from minzoom up to (not at) maxzoom */
  countryLabels: z.array(
    z.union([
      z.tuple([text, lon, lat]),
      z.tuple([text, lon, lat, z.number().min(0).max(24), z.number().min(0).max(99)]),
    ]),
  ),
});

/** The story, or null with each problem logged as `story.json › <where> › <field>: <what>`. */
export function readStory(json: unknown, log: ProblemLog): Story | null {
  if (json === undefined) return null; // a missing file is reported with the others
  const result = storySchema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [first, index, ...rest] = issue.path.map(String);
      const where =
        first === 'tour' && index !== undefined ? `tour step ${Number(index) + 1}` : '(story)';
      const field = first === 'tour' ? rest.join('.') : issue.path.join('.');
      log.add(FILE, where, field || first || '(story)', issue.message);
    }
    return null;
  }
  const story = result.data as Story;
  const day = (iso: string) => dayFromIso(iso) as number;
  if (day(story.start) > day(story.end))
    log.add(FILE, '(story)', 'end', 'must not be before start');
  if (day(story.defaultDate) < day(story.start) || day(story.defaultDate) > day(story.end))
    log.add(FILE, '(story)', 'defaultDate', `must be within ${story.start} – ${story.end}`);
  const inside = ([x, y]: [number, number]) =>
    x >= story.bounds[0][0] &&
    x <= story.bounds[1][0] &&
    y >= story.bounds[0][1] &&
    y <= story.bounds[1][1];
  if (!inside(story.home[0]) || !inside(story.home[1]))
    log.add(FILE, '(story)', 'home', 'must lie inside bounds');
  story.tour.forEach((s, i) => {
    if (day(s.date) < day(story.start) || day(s.date) > day(story.end))
      log.add(FILE, `tour step ${i + 1}`, 'date', `must be within ${story.start} – ${story.end}`);
    if (!inside(s.camera.center))
      log.add(FILE, `tour step ${i + 1}`, 'camera.center', 'must lie inside bounds');
  });
  return story;
}

/** Tour steps must name events and highlight shapes that exist. */
export function checkStoryReferences(
  story: Story,
  known: { events: Set<string>; groups: Set<string> },
  log: ProblemLog,
): void {
  story.tour.forEach((s, i) => {
    if (!known.events.has(s.event))
      log.add(FILE, `tour step ${i + 1}`, 'event', `no event with id "${s.event}" in events.json`);
    if (s.highlight !== null && !known.groups.has(s.highlight))
      log.add(
        FILE,
        `tour step ${i + 1}`,
        'highlight',
        `no place or layer "${s.highlight}" drawn in layers.geojson`,
      );
  });
}
