import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../extractor/dates/find-date-mentions';
import { findDurationDays } from '../../../extractor/dates/find-duration-days';
import { isIsoDay } from '../../../extractor/dates/iso-day';

const dateWords = fc.constantFrom(
  'on Monday', '(June 22)', 'Friday', 'next week', 'last month', 'by the end of', '2021', 'early', 'Q3', 'in',
  'yesterday', 'over the next', 'two days', '999 weeks ago', 'in 99 years', 'September 31', 'Feb 29', '9999', 'May',
  'mid-', 'first half of', ',', '(', ')', ' ', 'will', 'was', 'since', '—',
);
const sentences = fc.oneof(fc.string({ maxLength: 200 }), fc.array(dateWords, { maxLength: 20 }).map((words) => words.join(' ')));
const publishedDays = fc.option(
  fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);

describe('date resolution on arbitrary text', () => {
  it('never throws and returns ordered, non-overlapping mentions with exact offsets and valid days', () => {
    fc.assert(
      fc.property(sentences, publishedDays, (sentence, published) => {
        const day = published !== null && isIsoDay(published) ? published : null;
        let previousEnd = 0;
        for (const mention of findDateMentions(sentence, day)) {
          expect(sentence.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(isIsoDay(mention.startDay) && isIsoDay(mention.endDay)).toBe(true);
          expect(mention.startDay <= mention.endDay).toBe(true);
          if (day === null) expect(mention.relative).toBe(false);
          previousEnd = mention.end;
        }
        const duration = findDurationDays(sentence);
        if (duration) expect(sentence.slice(duration.start, duration.end)).toBe(duration.text);
      }),
      { numRuns: 400 },
    );
  });
});
