import { describe, expect, it } from 'vitest';
import { findParties, resolveParties, type Parties } from '../../../extractor/procurement/find-parties';

function partiesOf(sentence: string, item: string, origin: string | null, operator: string | null = null): Parties {
  const start = sentence.indexOf(item);
  return resolveParties(findParties(sentence), { origin, operator }, start, start + item.length);
}

describe('findParties and resolveParties', () => {
  it.each<[string, string, string | null, Parties]>([
    ['India bought the jets from Russia.', 'jets', null, { supplier: 'RU', recipient: 'IN' }],
    ['India and France are negotiating the purchase of 26 Rafale M jets for the Navy.', 'Rafale M', 'FR', { supplier: 'FR', recipient: 'IN' }],
    ['France and India are negotiating the purchase of 26 Rafale M jets.', 'Rafale M', 'FR', { supplier: 'FR', recipient: 'IN' }],
    ['India ordered 83 Tejas Mk1A jets from HAL.', 'Tejas Mk1A', 'IN', { supplier: 'IN', recipient: 'IN' }],
    ['The Russian-made S-400 systems were deployed.', 'S-400', 'RU', { supplier: 'RU', recipient: null }],
    ['Israel will supply Heron drones to the Indian Army.', 'Heron', 'IL', { supplier: 'IL', recipient: 'IN' }],
    ['The drones were supplied by Israel.', 'drones', null, { supplier: 'IL', recipient: null }],
    ['Singh sought timely delivery of the S-400 systems to India.', 'S-400', 'RU', { supplier: 'RU', recipient: 'IN' }],
    ['The Rafale jets for the IAF landed at Ambala.', 'Rafale', 'FR', { supplier: 'FR', recipient: 'IN' }],
    ["India's S-400 squadrons are in Punjab.", 'S-400', 'RU', { supplier: 'RU', recipient: 'IN' }],
    ["Russia's S-400 is its most advanced system.", 'S-400', 'RU', { supplier: 'RU', recipient: null }],
    ['India was supposed to get the S-400 by December 2021.', 'S-400', 'RU', { supplier: 'RU', recipient: 'IN' }],
    ['Pakistan is reported to have ordered J-35 jets.', 'J-35', 'CN', { supplier: 'CN', recipient: 'PK' }],
    ['An India-Russian Joint Venture for the production of AK203 rifles.', 'AK203', 'RU', { supplier: 'RU', recipient: 'IN' }],
    ['A Russia-India joint venture will make the rifles.', 'rifles', 'RU', { supplier: 'RU', recipient: 'IN' }],
    ['The proposal to produce AK 203 rifles in India.', 'AK 203', 'RU', { supplier: 'RU', recipient: 'IN' }],
    ['The PLA Navy operates the destroyers.', 'destroyers', 'CN', { supplier: 'CN', recipient: 'CN' }],
    ['Singh will push for Russian S-400 systems.', 'S-400', 'RU', { supplier: 'RU', recipient: null }],
    ['Egypt signed a contract for Rafale jets.', 'Rafale', 'FR', { supplier: 'FR', recipient: 'EG' }],
    ['The Chinese-built J-10CE jets arrived in Pakistan.', 'J-10CE', null, { supplier: 'CN', recipient: 'PK' }],
    ['Rajnath Singh left for Moscow on a three-day visit to Russia.', 'Singh', null, { supplier: null, recipient: null }],
    ['BrahMos missiles are produced in India.', 'BrahMos', 'IN', { supplier: 'IN', recipient: null }],
    ['India has deployed Rafale jets to counter the PLA Air Force build-up.', 'Rafale', 'FR', { supplier: 'FR', recipient: 'IN' }],
    ['Pakistan also operates five Agosta 90B boats.', 'Agosta', 'FR', { supplier: 'FR', recipient: 'PK' }],
    ['India and Russia on Monday signed a contract for AK-203 rifles.', 'AK-203', 'RU', { supplier: 'RU', recipient: 'IN' }],
  ])('%s', (sentence, item, origin, parties) => {
    expect(partiesOf(sentence, item, origin)).toEqual(parties);
  });

  it.each<[string, string, string | null, Parties]>([
    ['Spares for the Su-30MKIs of the Indian Air Force and the Scorpene submarines of the Navy are overdue.', 'Scorpene', 'FR', { supplier: 'FR', recipient: 'IN' }],
    ['The Pakistan Navy wants more frigates, and the Army wants the VT-4 tanks.', 'VT-4', 'CN', { supplier: 'CN', recipient: 'PK' }],
    ['The Kilo-class submarines of the Navy need refits.', 'Kilo-class', 'RU', { supplier: 'RU', recipient: null }],
  ])('reads a bare "the Navy" as the service of the one country whose forces the sentence names: %s', (sentence, item, origin, parties) => {
    expect(partiesOf(sentence, item, origin)).toEqual(parties);
  });

  it('gives a bare "the Navy" no country when the sentence names the forces of two', () => {
    const sentence = 'The Indian Army and the PLA Navy held talks, and the Navy wants more frigates.';
    const navy = sentence.lastIndexOf('Navy');
    expect(findParties(sentence).filter((cue) => cue.start === navy)).toEqual([]);
  });

  it.each<[string, string, Parties]>([
    ['INS Tushil, built by Russia at the Yantar yard, was commissioned.', 'INS Tushil', { supplier: 'RU', recipient: 'IN' }],
    ['INS Tamal is due next year.', 'INS Tamal', { supplier: null, recipient: 'IN' }],
  ])('takes the navy of a named ship as its recipient, not its builder: %s', (sentence, item, parties) => {
    expect(partiesOf(sentence, item, null, 'IN')).toEqual(parties);
  });
});

describe('findParties in place in its article', () => {
  const article = 'India bought the jets from Russia. The Indian Navy operates them. The U.S. Navy sailed past.';

  it.each(['India bought the jets from Russia.', 'The Indian Navy operates them.', 'The U.S. Navy sailed past.'])('finds the same cues in "%s" as in the sentence alone', (sentence) => {
    const start = article.indexOf(sentence);
    expect(findParties(sentence, { text: article, start })).toEqual(findParties(sentence));
  });
});
