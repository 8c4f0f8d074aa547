import { describe, expect, it } from 'vitest';
import type { StampKind } from '../../../extractor/input/date-stamps';
import { findDateStamps } from '../../../extractor/input/date-stamps';

describe('findDateStamps', () => {
  it.each<[string, [string, StampKind][]]>([
    ['Last Updated: 22nd June, 2020 18:41 IST', [['2020-06-22', 'updated']]],
    ['June 22, 2020 / 7:41 PM / Updated 2 hours ago', [['2020-06-22', 'bare']]],
    ['Updated: June 23, 2020, 08:10 IST First Published: June 22, 2020, 22:15 IST', [['2020-06-23', 'updated'], ['2020-06-22', 'published']]],
    ['First published on: 22-06-2020 at 18:41 IST', [['2020-06-22', 'published']]],
    ['14:30 GMT 22.06.2020 (updated 16:41 GMT 23.06.2020)', [['2020-06-22', 'bare'], ['2020-06-23', 'updated']]],
    ['Updated 16:41, 24-Jun-2020', [['2020-06-24', 'updated']]],
    ['Posted On Friday, 10 September 2021 10:15', [['2021-09-10', 'published']]],
    ['2020-06-22T23:50:00-04:00', [['2020-06-22', 'bare']]],
    ['FP Staff June 22, 2020 22:15:41 IST', [['2020-06-22', 'bare']]],
    ['2 min read . Updated: 22 Jun 2020, 10:15 PM IST', [['2020-06-22', 'updated']]],
    ['Published on 22 June 2020, 10:15 hrs', [['2020-06-22', 'published']]],
    ['Thu, 03 Sep 2020 19:05:00 +0530', [['2020-09-03', 'bare']]],
    ['2020/09/03 19:05', [['2020-09-03', 'bare']]],
    ['Sept. 3rd, 2020', [['2020-09-03', 'bare']]],
    ['June 31, 2020', []],
    ['Singh embarked on a visit on September 2, 2020.', []],
    ['The report, published on June 5, 2020, says the talks failed.', []],
    ['Talks Held On June 22, 2020', []],
    ['Timeline: June 15, 2020 – Galwan Valley Clash', []],
    ['Leaving for Moscow. — Rajnath Singh (@rajnathsingh) June 22, 2020', []],
    ['NEW DELHI, June 22 (PTI) Singh left for Moscow.', []],
  ])('%j stamps %j', (line, expected) => {
    expect(findDateStamps(line).map((stamp) => [stamp.day, stamp.kind])).toEqual(expected);
  });
});
