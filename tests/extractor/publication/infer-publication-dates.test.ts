import { describe, expect, it } from 'vitest';
import { isIsoDay } from '../../../extractor/dates/iso-day';
import type { EventMention } from '../../../extractor/events/extract-events';
import { createDateInferrer, type DatedKeys, eventKeysOf } from '../../../extractor/publication/infer-publication-dates';
import { extractBundle } from '../../../extractor/extract-bundle';
import type { IsoDay, Precision } from '../../../schema/bundle';

function day(value: string): IsoDay {
  if (!isIsoDay(value)) throw new Error(`bad test day ${value}`);
  return value;
}

const DATED: DatedKeys[] = [
  { articleId: 'a', published: day('2020-07-29'), keys: new Set(['delivery|rafale', 'visit|singh|RU']) },
  { articleId: 'b', published: day('2020-09-10'), keys: new Set(['delivery|rafale', 'exercise|indra']) },
  { articleId: 'c', published: day('2021-02-11'), keys: new Set(['other|disengagement|6:15']) },
];

describe('createDateInferrer', () => {
  it.each<[string, string[], string | null]>([
    ['one named event is enough', ['exercise|indra'], '2020-09-10'],
    ['two shared events with one article', ['delivery|rafale', 'visit|singh|RU'], '2020-07-29'],
    ['one generic event told by two dated articles: the latest of their days', ['delivery|rafale'], '2020-09-10'],
    ['one generic event told by a single dated article is too little', ['other|disengagement|6:15'], null],
    ['nothing shared', ['meeting|sco-summit'], null],
  ])('%s', (_name, keys, expected) => {
    expect(createDateInferrer(DATED)(new Set(keys))?.published ?? null).toBe(expected);
  });
});

function told(status: EventMention['status'], start: string, end: string, precision: Precision): EventMention {
  return {
    key: 'exercise|indra',
    type: 'exercise',
    title: 'INDRA naval exercise',
    date: { start: day(start), end: day(end), precision, text: start, startOnly: false },
    status,
    placeIds: [],
    people: [],
    itemIds: [],
    source: { articleId: 'u', quote: '', start: 0, end: 0 },
    published: null,
  };
}

describe('an undated article is never dated before what it tells as over', () => {
  it.each<[string, EventMention[], string]>([
    ['a day told as over moves the day up to it', [told('occurred', '2020-09-14', '2020-09-14', 'day')], '2020-09-14'],
    ['a range told as over, to its last day', [told('occurred', '2020-09-12', '2020-09-16', 'day')], '2020-09-16'],
    ['a month told as over, to its first day', [told('occurred', '2020-10-01', '2020-10-31', 'month')], '2020-10-01'],
    ['a day told as over before the voted day leaves it', [told('occurred', '2020-09-04', '2020-09-04', 'day')], '2020-09-10'],
    ['a year told as over says too little', [told('occurred', '2021-01-01', '2021-12-31', 'year')], '2020-09-10'],
    ['a day told as ahead does not bound it', [told('planned', '2020-10-19', '2020-10-19', 'day')], '2020-09-10'],
  ])('%s', (_name, events, expected) => {
    const keys = eventKeysOf(events);
    expect(createDateInferrer(DATED)(keys)?.published).toBe(expected);
  });

  it('never matches two articles by the days they are bounded by', () => {
    const bounded = eventKeysOf([{ ...told('occurred', '2020-09-10', '2020-09-10', 'day'), key: 'meeting|sco-summit' }]);
    const dated = [{ articleId: 'x', published: day('2020-09-12'), keys: bounded }];
    expect(createDateInferrer(dated)(bounded)?.published).toBe('2020-09-12');
    expect(createDateInferrer(dated)(new Set([...bounded].filter((key) => key.startsWith('|'))))).toBeNull();
  });

  it('dates an undated report of a completed pullback no earlier than the day it completed', () => {
    const article = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
    const bundle = extractBundle(
      [
        article('a.txt', ' date 2021-02-12\nIndia and China began disengagement at Pangong Tso on Wednesday. The 9th round of Corps Commander-level talks was held on January 24.'),
        article('b.txt', ' date 2021-02-11\nIndian and Chinese troops started disengagement at Pangong Tso on Wednesday. The 9th round of Corps Commander-level talks was held on January 24.'),
        article('c.txt', 'Both armies completed the disengagement at Pangong Tso on February 19, 2021. The 9th round of Corps Commander-level talks was held on January 24.'),
      ],
      { generatedAt: '2021-01-01T00:00:00.000Z' },
    );
    const undated = bundle.articles.find((entry) => entry.id === 'c');
    expect([undated?.published, undated?.publishedFrom]).toEqual(['2021-02-19', 'inferred']);
  });
});

describe('an undated article tied to dated ones by the days it names without a year', () => {
  const dated: DatedKeys[] = [
    { articleId: 'deadline', published: day('2024-01-14'), keys: eventKeysOf([{ ...told('planned', '2024-03-15', '2024-03-15', 'day'), key: 'other|clause|maldives|ask' }]) },
    { articleId: 'agreed', published: day('2024-02-02'), keys: eventKeysOf([{ ...told('planned', '2024-05-10', '2024-05-10', 'day'), key: 'other|clause|sides|complete' }]) },
    { articleId: 'unrelated', published: day('2019-07-23'), keys: eventKeysOf([{ ...told('occurred', '2019-07-23', '2019-07-23', 'day'), key: 'exercise|joint-air-patrol' }]) },
  ];

  it.each<[string, { monthDay: string; past: boolean }[], string | null]>([
    ['two days told by one dated report (one its own day) date it', [{ monthDay: '01-14', past: false }, { monthDay: '03-15', past: false }], '2024-01-14'],
    ['a day told by the report and the day it was published on', [{ monthDay: '02-02', past: false }, { monthDay: '05-10', past: false }], '2024-02-02'],
    ['a day told as over moves it to that day, in the year nearest the voted day', [{ monthDay: '02-02', past: false }, { monthDay: '05-10', past: true }], '2024-05-10'],
    ['one shared day is too little', [{ monthDay: '03-15', past: false }], null],
  ])('%s', (_name, yearless, expected) => {
    expect(createDateInferrer(dated)(eventKeysOf([], yearless))?.published ?? null).toBe(expected);
  });

  it('dates an undated report by the days it shares with a dated one, and after the day it tells as over', () => {
    const article = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
    const bundle = extractBundle(
      [
        article('a.txt', ' date 2024-02-02\nThe core group held its second meeting in New Delhi on Friday. India will withdraw the last of its troops from the Maldives by May 10.'),
        article('b.txt', 'The core group met in New Delhi on February 2. The technicians arrived at Gan on February 26, and the last troops left the islands on May 10.'),
      ],
      { generatedAt: '2024-01-01T00:00:00.000Z' },
    );
    const undated = bundle.articles.find((entry) => entry.id === 'b');
    expect([undated?.published, undated?.publishedFrom]).toEqual(['2024-05-10', 'inferred']);
  });
});
