/** geodata/story.json: validated like the rest, each problem on one line naming the step and field. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../scripts/pipeline/problems.ts';
import { validateGeodata } from '../../scripts/pipeline/validate.ts';
import { mutate, real } from './geodata-fixture.ts';

type Story = Record<string, unknown> & { tour: Record<string, unknown>[] };
const problems = (change: (s: Story) => void) =>
  validateGeodata(mutate('story.json', (json) => change(json as unknown as Story))).problems.map(
    formatProblem,
  );

describe('story.json', () => {
  it('the real story validates', () => {
    expect(validateGeodata(real).problems.map(formatProblem)).toEqual([]);
  });

  it('names a missing or wrong field', () => {
    expect(problems((s) => delete s.title)).toEqual([
      expect.stringMatching(/^geodata\/story\.json › \(story\) › title: /),
    ]);
    expect(
      problems(
        (s) =>
          (s.home = [
            [40, 30],
            [41, 31],
          ]),
      ).join('\n'),
    ).toMatch(/story\.json › \(story\) › home: must lie inside bounds/);
    expect(problems((s) => (s.defaultDate = '2019-01-01')).join('\n')).toMatch(
      /story\.json › \(story\) › defaultDate: must be within/,
    );
  });

  it('names the tour step whose event or highlight does not exist', () => {
    const out = problems((s) => {
      (s.tour[0] as Record<string, unknown>).event = 'no-such-event';
      (s.tour[1] as Record<string, unknown>).highlight = 'no-such-shape';
    });
    expect(out).toEqual([
      expect.stringMatching(/story\.json › tour step 1 › event: no event with id "no-such-event"/),
      expect.stringMatching(/story\.json › tour step 2 › highlight: no place or layer/),
    ]);
  });

  it('reports a bad camera at its step', () => {
    const out = problems(
      (s) => ((s.tour[2] as { camera: unknown }).camera = { center: [0], zoom: 99 }),
    );
    expect(out.every((l) => l.startsWith('geodata/story.json › tour step 3 › camera.'))).toBe(true);
    expect(out.length).toBeGreaterThan(0);
  });
});
