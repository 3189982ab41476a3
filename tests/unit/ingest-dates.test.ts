/** The date grammar and resolver, on phrases written for these tests. */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../scripts/ingest/dates.ts';
import { resolveDates, type ResolvedDate } from '../../scripts/ingest/resolve.ts';

const resolve = (text: string, published: string): ResolvedDate[] =>
  resolveDates(text, findDates(text), published);
const one = (text: string, published: string) => {
  const found = resolve(text, published);
  expect(found, text).toHaveLength(1);
  return found[0] as ResolvedDate;
};

describe('absolute dates', () => {
  const cases: [string, string, string, string][] = [
    ['Talks resumed on March 24.', '2022-03-26', '2022-03-24', 'day'],
    ['Talks resumed on 24 March 2022.', '2023-01-01', '2022-03-24', 'day'],
    ['Signed on Nov. 10, 2020 in Moscow.', '2021-08-11', '2020-11-10', 'day'],
    ['Report dated 24.03.22 by the ministry.', '2022-03-30', '2022-03-24', 'day'],
    ['Report dated 2022-03-24 by the ministry.', '2022-03-30', '2022-03-24', 'day'],
    ['Fighting on September 19-20, 2023 ended it.', '2024-04-17', '2023-09-19/2023-09-20', 'range'],
    ['Fighting on 19–20 September 2023 ended it.', '2024-04-17', '2023-09-19/2023-09-20', 'range'],
    [
      'Residents were told in early August to leave.',
      '2022-08-27',
      '2022-08-01/2022-08-10',
      'approximate',
    ],
    [
      'The withdrawal began in mid-April 2024.',
      '2024-06-13',
      '2024-04-11/2024-04-20',
      'approximate',
    ],
    ['He visited in October 2021.', '2022-03-27', '2021-10', 'month'],
    ['The region was taken in 1993.', '2022-03-27', '1993', 'year'],
    ['The war of 1991-1993 ended in a truce.', '2024-06-13', '1991/1993', 'range'],
    ['Held since the early 1990s.', '2021-09-04', '1990/1993', 'approximate'],
    ['It flared up in late 2020.', '2022-03-26', '2020-09/2020-12', 'approximate'],
  ];
  for (const [text, published, iso, precision] of cases) {
    it(`"${text}" → ${iso} (${precision})`, () => {
      const d = one(text, published);
      expect([d.iso, d.precision]).toEqual([iso, precision]);
      expect(text.slice(d.start, d.end)).toBe(d.text);
    });
  }
});

describe('relative dates', () => {
  const cases: [string, string, string, string][] = [
    ['The ministry said today that it had left.', '2022-03-28', '2022-03-28', 'day'],
    ['Baku denied it on Sunday.', '2022-03-27', '2022-03-27', 'day'], // published on a Sunday
    ['Baku denied it on Sunday.', '2022-03-28', '2022-03-27', 'day'],
    ['Units crossed on Thursday morning.', '2022-03-26', '2022-03-24', 'day'],
    ['Traffic will move to the new road on Tuesday.', '2022-08-27', '2022-08-30', 'day'],
    ['The agreement was signed last year.', '2021-08-11', '2020', 'year'],
    ['Clashes erupted in September last year.', '2021-08-11', '2020-09', 'month'],
    ['A ceasefire was agreed this February.', '2022-03-27', '2022-02', 'month'],
    ['Armenia this week called for calm.', '2022-03-26', '2022-03-21/2022-03-26', 'approximate'],
    ['The page was updated 4 hours ago.', '2022-03-27', '2022-03-27', 'day'],
    ['Families will return next spring.', '2021-12-02', '2022-03/2022-05', 'approximate'],
  ];
  for (const [text, published, iso, precision] of cases) {
    it(`"${text}" published ${published} → ${iso}`, () => {
      const d = one(text, published);
      expect([d.iso, d.precision]).toEqual([iso, precision]);
    });
  }

  it('counts "the next day" and "two days later" from the last date given (a chain)', () => {
    const found = resolve(
      'Troops moved in on March 24. The next day they dug in; two days later they left.',
      '2022-04-02',
    );
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ['March 24', '2022-03-24'],
      ['The next day', '2022-03-25'],
      ['two days later', '2022-03-27'],
    ]);
  });

  it('gives a yearless date the year of the date before it', () => {
    const found = resolve(
      'Baku appealed on August 11, 2021. Later on August 14 the president spoke.',
      '2021-09-04',
    );
    expect(found.map((d) => d.iso)).toEqual(['2021-08-11', '2021-08-14']);
  });

  it('gives a repeated yearless date the year it was first written with', () => {
    const found = resolve(
      'The deal of November 10, 2020 still holds. Since February 22, 2022 both sides cite the November 10 deal.',
      '2022-03-27',
    );
    expect(found.map((d) => d.iso)).toEqual(['2020-11-10', '2022-02-22', '2020-11-10']);
  });

  it('takes a year written after a parenthesis, for both dates, and does not repeat it', () => {
    const found = resolve(
      'It was signed on November 10 (November 9 by Moscow time), 2020.',
      '2024-04-17',
    );
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ['November 10', '2020-11-10'],
      ['November 9', '2020-11-09'],
    ]);
  });

  it('marks a date alone on its line as a dateline and does not lean on it', () => {
    const found = resolve('Dec 25, 2019\n\nThe ministry spoke on March 26.', '2022-03-27');
    expect(found.map((d) => [d.iso, d.dateline])).toEqual([
      ['2019-12-25', true],
      ['2022-03-26', false],
    ]);
  });
});

describe('not dates', () => {
  for (const text of [
    'A five-year mandate for about 2,000 troops and 1,960 soldiers.',
    'The 44-day war; 16 km of road; 16:03 (UTC+04:00).',
    'They arrived a day later than planned.',
    'Either side may end it six months before the expiry.',
    'Thousands march in the capital.',
    'For more than a year the centre stayed open.',
  ]) {
    it(`finds none in "${text}"`, () => {
      expect(resolve(text, '2022-03-27')).toEqual([]);
    });
  }
});
