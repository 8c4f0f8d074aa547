import { describe, expect, it } from 'vitest';
import { isFollowedByOrganisationHead, speaksForGovernment } from '../../../extractor/places/organisation-context';

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
  ])('reads "%s" as %s', (text, expected) => {
    const { plain, end } = marked(text);
    expect(isFollowedByOrganisationHead(plain, end)).toBe(expected);
  });
});

describe('speaksForGovernment', () => {
  it.each([
    ['the [Kremlin] press service said', true],
    ['[Kremlin] spokesman Dmitry Peskov', true],
    ['[Kremlin] aide Yury Ushakov', true],
    ['the [Kremlin] said on Monday', true],
    ["the [Kremlin]'s position", true],
    ['[Pentagon] officials', true],
    ['[Kremlin]-backed media', true],
    ['pro-[Kremlin] media', true],
    ['talks in the [Kremlin] on Monday', false],
    ['a wreath near the [Kremlin] wall', false],
    ['at the [White House], Biden', false],
  ])('reads "%s" as %s', (text, expected) => {
    const { plain, start, end } = marked(text);
    expect(speaksForGovernment(plain, start, end)).toBe(expected);
  });
});
