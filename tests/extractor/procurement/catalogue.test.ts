import { describe, expect, it } from 'vitest';
import { CATALOGUE, findCatalogueId } from '../../../extractor/procurement/catalogue';
import { toDesignationKey } from '../../../extractor/procurement/designation-key';

const CATEGORIES = [
  'air defence', 'small arms', 'combat aircraft', 'transport aircraft', 'helicopter', 'armour', 'artillery',
  'submarine', 'surface ship', 'aircraft carrier', 'missile', 'drone', 'radar', 'munition', 'engine', 'other',
];

describe('CATALOGUE', () => {
  it('lists at least 120 systems', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(120);
  });

  it('has unique slug ids, known categories and two-letter origins', () => {
    expect(new Set(CATALOGUE.map((item) => item.id)).size).toBe(CATALOGUE.length);
    for (const item of CATALOGUE) {
      expect(item.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(CATEGORIES).toContain(item.category);
      expect(item.origin).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('never gives one spelling to two systems', () => {
    const owners = new Map<string, string>();
    for (const item of CATALOGUE) {
      for (const spelling of new Set([item.name, ...item.aliases, ...item.cuedAliases].map(toDesignationKey))) {
        expect(owners.get(spelling) ?? item.id, `${spelling} of ${item.id}`).toBe(item.id);
        owners.set(spelling, item.id);
      }
    }
  });

  it.each(['s-400', 'su-30mki', 'mig-29', 'mig-29k', 't-90', 'kilo-class-submarine', 'brahmos', 'rafale', 'ak-203', 'scorpene-class-submarine', 'ins-vikramaditya', 'ka-226t', 'mi-17', 'igla-s', 'pantsir', 'tejas', 'ah-64e-apache', 'chinook', 'p-8i', 'mq-9b', 'hammer', 'meteor', 'barak-8', 'spike', 'heron', 'j-20', 'j-10c', 'jf-17', 'wing-loong', 'hq-9', 'type-054a', 'talwar-class-frigate', 'su-57', 'tu-160', 'iskander', 'kalibr', 'zircon', 'kinzhal', 'akula-class-submarine', 'excalibur', 'm777', 'k9-vajra', 'pinaka', 'akash', 'astra', 'agni-v', 'prithvi', 'nirbhay', 'nasams', 'thaad', 'patriot', 'f-16', 'f-35'])(
    'includes %s',
    (id) => {
      expect(CATALOGUE.map((item) => item.id)).toContain(id);
    },
  );
});

describe('findCatalogueId', () => {
  it.each([
    ['S-400 Triumf', 's-400'],
    ['Triumf', 's-400'],
    ['Sukhoi-30', 'su-30'],
    ['SU-30', 'su-30'],
    ['Su-30MKIs', 'su-30mki'],
    ['Kalashnikov AK-203', 'ak-203'],
    ['AK203', 'ak-203'],
    ['MiG29Ks', 'mig-29k'],
    ['MiG-29s', 'mig-29'],
    ['Project 1135.6', 'talwar-class-frigate'],
    ['MRSAM', 'barak-8'],
  ])('folds "%s" into %s', (spelling, id) => {
    expect(findCatalogueId(spelling)).toBe(id);
  });

  it.each([
    ['Project 11356', 'admiral-grigorovich-class-frigate'],
    ['Grigorovich class', 'admiral-grigorovich-class-frigate'],
    ['Apache AH-64E', 'ah-64e-apache'],
    ['AH-64E Apache', 'ah-64e-apache'],
    ['Mi-8AMTSh', 'mi-8amtsh'],
    ['Mi-17V5', 'mi-17v5'],
    ['Mi-17 V5', 'mi-17v5'],
    ['Mi-171Sh', 'mi-171sh'],
    ['Su-30SM', 'su-30sm'],
    ['Black Hawk UH-60', 'uh-60-black-hawk'],
    ['Chinook CH-47F', 'chinook'],
    ['Reaper MQ-9', 'mq-9-reaper'],
    ['Vajra K9', 'k9-vajra'],
    ['Song-class', 'type-039'],
    ['Type 039B', 'type-039b'],
    ['SSC-8', '9m729'],
    ['HMMWV', 'humvee'],
    ['Rustom-1', 'rustom-i'],
    ['Rustom-II', 'tapas'],
    ['Tornado-G', 'tornado-g'],
    ['Tornado-S', 'tornado-s'],
    ['Multi-Role Fighter Aircraft', 'mrfa'],
    ['B-52H', 'b-52h'],
    ['B-52', 'b-52'],
    ['KC-46A', 'kc-46a'],
    ['E-7A', 'e-7a-wedgetail'],
    ['Wedgetail', 'e-7-wedgetail'],
    ['FM-90', 'fm-90'],
    ['HQ-7', 'hq-7'],
    ['P282', 'p282'],
    ['CAMM-ER', 'camm-er'],
    ['C-17 Globemaster', 'c-17'],
    ['JF-17 Block 2', 'jf-17-block-ii'],
    ['Krivak-class', 'krivak-class-frigate'],
    ['Talwar-class', 'talwar-class-frigate'],
    ['Sukhoi T-50', 'su-57'],
    ['Forpost-R', 'forpost-r'],
    ['Super Rapid', 'srgm'],
    ['Project 18', 'project-18-destroyer'],
    ['AS550', 'as550-fennec'],
    ['Alouette-III', 'alouette-iii'],
    ['Utility Helicopters-Maritime', 'uh-m'],
    ['Long Range Stand Off Weapon', 'lrsow'],
    ['NPO Saturn 36MT', '36mt'],
  ])('folds the spelling "%s" into its own row %s', (spelling, id) => {
    expect(findCatalogueId(spelling)).toBe(id);
  });

  it.each(['Su-30MKK', 'MiG-29SMT', 'T-90SM', 'J-10CE', 'Rafale F4', 'Mi-8AMTSh-V'])('does not fold the variant "%s" into a catalogued item', (spelling) => {
    expect(findCatalogueId(spelling)).toBeNull();
  });
});
