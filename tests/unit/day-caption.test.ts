/** The one-line caption of a day: what starts on it, else what is under way, else the latest change. */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/data/types.ts';
import { captionFor } from '../../src/domain/day-caption.ts';

const ev = (id: string, t0: number, t1 = t0): EventRecord => ({
  id,
  start: '',
  end: null,
  precision: 'day',
  note: null,
  reported_on: null,
  title: id,
  summary: '',
  places: [],
  actors: [],
  claims: [],
  sources: [],
  mentioned: [],
  sides_note: null,
  t0,
  t1,
});
const events = [
  ev('war', 0, 40),
  ev('mission', 40, 1400),
  ev('handover', 50),
  ev('talks', 50),
  ev('blockade', 100, 380),
];

describe('captionFor', () => {
  it('names the event that starts on the day, and counts the others', () => {
    expect(captionFor(events, 50)).toMatchObject({
      kind: 'on',
      event: { id: 'handover' },
      more: 1,
    });
  });
  it('names an event under way, never a background one (the whole mission)', () => {
    expect(captionFor(events, 20)).toMatchObject({ kind: 'under-way', event: { id: 'war' } });
    expect(captionFor(events, 200)).toMatchObject({ kind: 'under-way', event: { id: 'blockade' } });
  });
  it('falls back to the latest event before the day', () => {
    expect(captionFor(events, 60)).toMatchObject({ kind: 'latest', event: { id: 'talks' } });
    expect(captionFor(events, -5)).toBeNull();
  });
});
