import { describe, expect, it } from 'vitest';
import type { Score, SetEvaluation } from '../../scripts/evaluate-extractor';
import { formatEvaluation, listsFindings } from '../../scripts/evaluate-extractor';

const PERFECT: Score = { truePositives: 1, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, f1: 1 };

const EVALUATION_WITH_A_MISS: SetEvaluation = {
  articles: 1,
  places: PERFECT,
  items: PERFECT,
  eventDates: { right: 1, total: 1, accuracy: 1 },
  eventStatus: { right: 1, total: 1 },
  publication: { right: 1, total: 1 },
  merges: { merged: 0, total: 0, disputesFlagged: 0, disputesExpected: 0 },
  placeMisses: [{ file: 'a.txt', message: 'Hambantota' }],
  placeFalsePositives: [],
  itemMisses: [],
  itemFalsePositives: [],
  eventMisses: [],
  eventFalsePositives: [],
  publicationMisses: [],
  mergeMisses: [],
};

describe('listsFindings', () => {
  it.each([
    ['dev', false, true],
    ['dev2', false, true],
    ['dev3', false, true],
    ['dev4', false, true],
    ['dev5', false, true],
    ['holdout', false, false],
    ['blind', false, false],
    ['blind2', false, false],
    ['blind3', false, false],
    ['blind', true, true],
    ['dev', true, true],
  ])('set %s with details requested %s lists findings: %s', (setName, detailsRequested, expected) => {
    expect(listsFindings(setName, detailsRequested)).toBe(expected);
  });
});

describe('formatEvaluation', () => {
  it.each([
    ['dev', undefined, true],
    ['dev2', undefined, true],
    ['blind', undefined, false],
    ['blind', true, true],
    ['dev', false, false],
  ])('for set %s with findings %s shows the miss list: %s', (setName, withFindings, shown) => {
    const report = formatEvaluation(setName, EVALUATION_WITH_A_MISS, withFindings);
    expect(report).toContain('places  P 100.0%');
    expect(report.includes('Hambantota')).toBe(shown);
  });
});
