import { describe, expect, it } from 'vitest';
import { toDesignationKey, toItemId } from '../../../extractor/procurement/designation-key';

describe('toDesignationKey', () => {
  it.each([
    ['AK-203', 'AK 203'],
    ['AK-203', 'AK203'],
    ['Su-30MKI', 'Su-30MKIs'],
    ['Su-30MKI', 'SU 30 MKI'],
    ['MiG-29K', 'MiG29Ks'],
    ['S-400', 'S-400s'],
    ['T-90', 't90'],
    ['Kilo-class submarine', 'Kilo class submarine'],
  ])('folds "%s" and "%s" together', (a, b) => {
    expect(toDesignationKey(a)).toBe(toDesignationKey(b));
  });

  it.each([
    ['MiG-29', 'MiG-29K'],
    ['Su-30', 'Su-30MKI'],
    ['T-90', 'T-90S'],
    ['J-10', 'J-10C'],
    ['Igla', 'Igla-S'],
    ['Tejas', 'Tejas Mk1A'],
  ])('keeps variants "%s" and "%s" apart', (a, b) => {
    expect(toDesignationKey(a)).not.toBe(toDesignationKey(b));
  });
});

describe('toItemId', () => {
  it.each([
    ['Tu-22M3', 'tu-22m3'],
    ['Type 055', 'type-055'],
    ["David's Sling", 'david-s-sling'],
    ['Scorpène-class submarine', 'scorpene-class-submarine'],
    ['F/A-18', 'f-a-18'],
  ])('makes "%s" the id "%s"', (name, id) => {
    expect(toItemId(name)).toBe(id);
  });
});
