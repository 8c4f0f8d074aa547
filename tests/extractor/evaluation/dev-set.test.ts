/**
 * Regression floors on the dev set of unseen domain articles. Each floor sits
 * a little under what the extractor measured when it was set (see the comment
 * on each row), so a drop is caught while small wobbles are not. Raise a floor
 * when the extractor improves; never evaluate the holdout set here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SetEvaluation } from '../../../scripts/evaluate-extractor';
import { DOMAIN_ARTICLES_DIR, evaluateFolder, formatEvaluation } from '../../../scripts/evaluate-extractor';

const evaluation = evaluateFolder(join(DOMAIN_ARTICLES_DIR, 'dev'));

const FLOORS: [metric: string, floor: number, measure: (result: SetEvaluation) => number][] = [
  // measured 0.889 (P 0.939, R 0.844)
  ['place F1', 0.85, (result) => result.places.f1],
  ['place precision', 0.9, (result) => result.places.precision],
  ['place recall', 0.8, (result) => result.places.recall],
  // measured 0.975
  ['item F1', 0.95, (result) => result.items.f1],
  // measured 0.959 (47 of 49 dated events)
  ['event-date accuracy', 0.9, (result) => result.eventDates.accuracy],
  // measured 8 of 8
  ['publication dates right', 7, (result) => result.publication.right],
  // measured 7 of 9 since a group counts only when the event citing its articles is of its type and near its dates, and
  // months that merely touch no longer merge (the May 2020 standoff had been merged with the June 2020 Galwan clash)
  ['event groups merged across articles', 7, (result) => result.merges.merged],
];

describe('extractor on the dev set of unseen domain articles', () => {
  it.each(FLOORS)('keeps %s at or above %s', (_metric, floor, measure) => {
    expect(measure(evaluation), formatEvaluation('dev', evaluation)).toBeGreaterThanOrEqual(floor);
  });
});

/** Event dates on the other tuning sets, whose phrasings the dev set lacks. */
const EVENT_DATE_FLOORS: [set: string, floor: number][] = [
  // measured 0.937 (74 of 79)
  ['dev2', 0.9],
  // measured 1.0 (75 of 75)
  ['dev3', 0.96],
  // measured 0.964 (80 of 83)
  ['dev4', 0.93],
  // measured 0.932 (109 of 117)
  ['dev5', 0.9],
  // measured 0.880 (110 of 125); 0.536 when first seen
  ['dev6', 0.85],
  // measured 0.835 (106 of 127); 0.693 when first seen whole
  ['dev7', 0.8],
  // measured 0.769 (93 of 121); 0.694 when first seen
  ['dev8', 0.73],
];

describe('event dates on the other tuning sets', () => {
  it.each(EVENT_DATE_FLOORS)('keeps %s at or above %s', (set, floor) => {
    const result = evaluateFolder(join(DOMAIN_ARTICLES_DIR, set));
    expect(result.eventDates.accuracy, formatEvaluation(set, result)).toBeGreaterThanOrEqual(floor);
  });
});
