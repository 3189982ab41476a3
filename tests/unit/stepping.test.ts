/** Stepping from event to event, on a fictional fixture (tests/fixtures/stepping-events.ts). */
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/time/days.ts';
import { nextEvent, previousEvent } from '../../src/timeline/events-nav.ts';
import { STEPPING_EVENTS as events, STEPPING_RANGE } from '../fixtures/stepping-events.ts';

const d = (iso: string) => dayFromIso(iso) as number;
const { startDay, endDay } = STEPPING_RANGE;

describe('stepping', () => {
  it('lands on the next and previous event, skipping background spans', () => {
    expect(nextEvent(events, d('2000-12-31'), endDay)?.id).toBe('first-step');
    expect(nextEvent(events, d('2001-01-10'), endDay)?.id).toBe('second-step');
    expect(previousEvent(events, d('2001-03-05'), startDay)?.id).toBe('first-step');
    // from inside a multi-day event, Next goes past it
    expect(nextEvent(events, d('2001-03-06'), endDay)?.id).toBe('same-day-a');
  });
  it('stops at the ends of the timeline', () => {
    expect(nextEvent(events, d('2004-06-30'), endDay)).toBeNull();
    expect(previousEvent(events, d('2001-01-10'), startDay)).toBeNull();
  });
  it('steps from a day with two events to the next day with one', () => {
    expect(nextEvent(events, d('2002-06-01'), endDay)?.id).toBe('last-step');
    expect(previousEvent(events, d('2004-06-30'), startDay)?.id).toBe('same-day-b');
  });
});
