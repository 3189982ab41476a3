import { describe, expect, it } from 'vitest';
import { addMonths, dayFromIso, formatDay, isoFromDay } from '../../src/time/days.ts';

describe('day numbers', () => {
  it('round-trips real dates', () => {
    for (const iso of ['2020-09-27', '2020-11-10', '2022-03-26', '2024-02-29', '2024-06-12']) {
      const day = dayFromIso(iso);
      expect(day).not.toBeNull();
      expect(isoFromDay(day as number)).toBe(iso);
    }
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of [
      '2023-02-30',
      '2022-13-01',
      '2022-00-10',
      '2021-02-29',
      '22-03-26',
      '2022-3-26',
      '',
      'today',
    ]) {
      expect(dayFromIso(bad)).toBeNull();
    }
  });

  it('formats a date in words', () => {
    expect(formatDay(dayFromIso('2022-03-26') as number)).toBe('26 March 2022');
  });

  it('moves by months, clamping to the month length', () => {
    const jan31 = dayFromIso('2021-01-31') as number;
    expect(isoFromDay(addMonths(jan31, 1))).toBe('2021-02-28');
    expect(isoFromDay(addMonths(dayFromIso('2022-03-26') as number, -1))).toBe('2022-02-26');
  });
});
