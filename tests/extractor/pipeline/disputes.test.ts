/**
 * Outlets disagreeing, end to end: two reports of one meeting a day apart,
 * and a planned meeting that a later report says was called off.
 */
import { describe, expect, it } from 'vitest';
import { extractBundle } from '../../../extractor/extract-bundle';

const encode = (text: string) => new TextEncoder().encode(text);
const bundle = extractBundle(
  [
    { name: 'a-hindu.txt', bytes: encode(' date 2019-06-14\nBISHKEK: Defence Minister Rajnath Singh met his Chinese counterpart Wei Fenghe on the sidelines of the SCO summit in Bishkek on Wednesday, officials said. The two ministers discussed the border situation.\n') },
    { name: 'b-global-times.txt', bytes: encode('Published - June 15, 2019\nChinese Defence Minister Wei Fenghe held talks with Indian Defence Minister Rajnath Singh in Bishkek on Thursday, according to a statement.\n') },
    { name: 'c-dawn.txt', bytes: encode('Published - June 10, 2019\nPakistan Foreign Minister Shah Mahmood Qureshi will meet External Affairs Minister S Jaishankar in New York on September 27.\n') },
    { name: 'd-toi.txt', bytes: encode('Published - June 12, 2019\nIndia has called off the meeting between External Affairs Minister S Jaishankar and Pakistan Foreign Minister Shah Mahmood Qureshi in New York, the ministry said on Tuesday.\n') },
  ],
  { generatedAt: '2020-01-01T00:00:00.000Z' },
);

function meetingOf(...people: string[]) {
  const meeting = bundle.events.find((event) => event.type === 'meeting' && people.every((person) => event.people.some((id) => id === person)) && event.title.includes('meets'));
  if (!meeting) throw new Error(`no meeting of ${people.join(', ')}: ${bundle.events.map((event) => event.title).join('; ')}`);
  return meeting;
}

describe('disagreeing outlets', () => {
  it('keeps both days of a meeting reported a day apart, each with its outlet', () => {
    const meeting = meetingOf('rajnath-singh', 'wei-fenghe');
    expect(meeting.sources.map((source) => source.articleId)).toEqual(['a-hindu', 'b-global-times']);
    expect(meeting.disputes).toEqual([
      expect.objectContaining({
        field: 'date',
        claims: [
          expect.objectContaining({ value: expect.stringContaining('2019-06-12'), sources: [expect.objectContaining({ articleId: 'a-hindu' })] }),
          expect.objectContaining({ value: expect.stringContaining('2019-06-13'), sources: [expect.objectContaining({ articleId: 'b-global-times' })] }),
        ],
      }),
    ]);
  });

  it('reads "the SCO summit" as a summit, not a ministers\' meeting', () => {
    expect(bundle.events.some((event) => event.title === 'SCO summit')).toBe(true);
  });

  it('marks a planned meeting that a later report calls off as cancelled and disputed', () => {
    const meeting = meetingOf('s-jaishankar', 'shah-mahmood-qureshi');
    expect([meeting.start, meeting.status]).toEqual(['2019-09-27', 'cancelled']);
    expect(meeting.disputes.map((dispute) => [dispute.field, dispute.claims.map((claim) => claim.value)])).toEqual([['status', ['cancelled', 'planned']]]);
  });
});
