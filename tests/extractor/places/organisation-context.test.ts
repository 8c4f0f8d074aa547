import { describe, expect, it } from 'vitest';
import { isFollowedByOrganisationHead, isNamedAsBuilding } from '../../../extractor/places/organisation-context';

/** The text with the place marked by brackets, and the place's offsets. */
function marked(text: string): { plain: string; start: number; end: number } {
  const start = text.indexOf('[');
  const end = text.indexOf(']') - 1;
  return { plain: text.replace('[', '').replace(']', ''), start, end };
}

describe('isFollowedByOrganisationHead', () => {
  it.each([
    ['the [Delhi] Police said', true],
    ['the India-[Africa] Defence Dialogue', true],
    ['India-[China] Border Affairs', true],
    ['the [Karachi] Stock Exchange', true],
    ['the [Punjab] Regiment', true],
    ['the [Lahore] Declaration', true],
    ['[Cochin] Shipyard Limited', true],
    ['the [Pacific] Fleet', true],
    ['in [Delhi] on Monday', false],
    ['in [Delhi]. Police said', false],
    ['the [Delhi] police said', false],
    ['in [Ladakh] Army Commander Lt Gen Sengupta said', false],
    ['held in [Moscow] Tuesday', false],
    ['[China] Signs Agreement With Pakistan', false],
    ['Putin Meets Modi In [Delhi] For Pact', false],
    ['India, [Russia] Sign Pact On Arms', false],
    ['the [Pakistan] High Commission', true],
    ['the [Visakhapatnam] Port Trust', true],
  ])('reads "%s" as %s', (text, expected) => {
    const { plain, end } = marked(text);
    expect(isFollowedByOrganisationHead(plain, end)).toBe(expected);
  });
});

describe('isNamedAsBuilding', () => {
  it.each([
    ['the [Kremlin] press service said', false],
    ['[Kremlin] spokesman Dmitry Peskov', false],
    ['the [Kremlin] said on Monday', false],
    ['the [Pentagon] reviewed the deal', false],
    ['pro-[Kremlin] media', false],
    ['the [White House] stayed silent', false],
    ['talks in the [Kremlin] on Monday', true],
    ['a wreath near the [Kremlin] wall', true],
    ['at the [White House], Biden', true],
    ['Modi visited the [White House]', true],
    ['officials in [South Block]', true],
  ])('reads "%s" as %s', (text, expected) => {
    const { plain, start } = marked(text);
    expect(isNamedAsBuilding(plain, start)).toBe(expected);
  });
});
