/**
 * Warships named in the text ("INS Vikrant", "PNS Tughril", "USS Ronald
 * Reagan"): platforms analysts track like any system, though no catalogue can
 * list every hull. The navy prefix tells whose ship it is.
 */
import type { DesignationMention } from './find-designations';

const NAVY_OF_PREFIX: Readonly<Record<string, string>> = {
  INS: 'IN',
  PNS: 'PK',
  USS: 'US',
  USNS: 'US',
  HMS: 'GB',
  HMAS: 'AU',
  JS: 'JP',
  RSS: 'SG',
  KRI: 'ID',
  BNS: 'BD',
  SLNS: 'LK',
  ROKS: 'KR',
  TCG: 'TR',
};

const NAMED_SHIP = /\b(INS|PNS|USNS|USS|HMAS|HMS|JS|RSS|KRI|BNS|SLNS|ROKS|TCG)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b/g;
/** Capitalised words that start the next phrase in headlines rather than continue a ship's name. */
const NOT_PART_OF_NAME = /\s(The|A|An|On|In|At|To|For|And|Or|But|Is|Was|Will|Has|Had|Joins|Commissioned|Arrives|Sails|Docks)$/;

export function findNamedShips(text: string): DesignationMention[] {
  const ships: DesignationMention[] = [];
  for (const match of text.matchAll(NAMED_SHIP)) {
    const [, prefix = '', rawName = ''] = match;
    const name = rawName.replace(NOT_PART_OF_NAME, '');
    const whole = `${prefix} ${name}`;
    ships.push({
      name: whole,
      text: text.slice(match.index, match.index + match[0].length - (rawName.length - name.length)),
      start: match.index,
      end: match.index + match[0].length - (rawName.length - name.length),
      category: 'surface ship',
      origin: NAVY_OF_PREFIX[prefix] ?? null,
    });
  }
  return ships;
}
