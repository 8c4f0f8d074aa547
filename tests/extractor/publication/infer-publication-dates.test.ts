import { describe, expect, it } from 'vitest';
import { isIsoDay } from '../../../extractor/dates/iso-day';
import { createDateInferrer, type DatedKeys } from '../../../extractor/publication/infer-publication-dates';
import type { IsoDay } from '../../../schema/bundle';

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
