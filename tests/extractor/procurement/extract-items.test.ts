import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../extractor/dates/find-date-mentions';
import { isIsoDay } from '../../../extractor/dates/iso-day';
import { readArticle } from '../../../extractor/input/read-article';
import { findPublicationDate } from '../../../extractor/input/publication-date';
import { extractItems, getCatalogueItem, type ItemMention } from '../../../extractor/procurement/extract-items';
import { splitSentences } from '../../../extractor/text/split-sentences';
import type { IsoDay } from '../../../schema/bundle';

function day(value: string | null): IsoDay | null {
  if (value === null) return null;
  if (!isIsoDay(value)) throw new Error(`bad test day ${value}`);
  return value;
}

function itemsOfSentence(sentence: string, published: string | null): ItemMention[] {
  return extractItems(sentence, [{ text: sentence, start: 0, end: sentence.length }], day(published));
}

function itemsOfArticle(file: string): ItemMention[] {
  const { article } = readArticle({ name: file, bytes: readFileSync(`data/articles/${file}`) });
  if (article === null) throw new Error(`cannot read ${file}`);
  const { published } = findPublicationDate(article.text, article.bodyStart);
  return extractItems(article.text, splitSentences(article.text, article.bodyStart), published);
}

/** Expected fields as plain JSON: days and precisions as written, not branded. */
type Expected = Record<string, unknown>;

const Q4_2021 = { start: '2021-10-01', end: '2021-12-31', precision: 'quarter', text: 'by the end of 2021' };

describe('extractItems on the default articles', () => {
  it.each<[string, string, Expected]>([
    ['000_06475bec42396503.txt', 'AK-203 is under negotiation as "AK 203"', { itemId: 'ak-203', name: 'AK-203', aliases: ['AK 203'], status: 'negotiating', supplier: 'RU', recipient: 'IN' }],
    ['000_06475bec42396503.txt', 'S-400 delivery is pending, due by the end of 2021', { itemId: 's-400', status: 'delivery-pending', supplier: 'RU', recipient: 'IN', expectedDelivery: Q4_2021 }],
    ['001_dfec131b4fcdb096.txt', 'AK-203 is under negotiation in the undated article', { itemId: 'ak-203', status: 'negotiating' }],
    ['001_dfec131b4fcdb096.txt', 'S-400 delivery is due by the end of 2021 in the undated article', { itemId: 's-400', status: 'delivery-pending', expectedDelivery: Q4_2021 }],
    ['003_b8affa03a4482651.txt', 'S-400 is delayed, once due by December 2021', { itemId: 's-400', status: 'delayed', recipient: 'IN', expectedDelivery: { start: '2021-12-01', end: '2021-12-31', precision: 'month', text: 'by December 2021' } }],
    ['003_b8affa03a4482651.txt', 'the S-400 deal is worth USD 5.2 billion', { itemId: 's-400', status: 'contracted', value: { amount: 5.2e9, currency: 'USD', text: 'USD 5.2 billion' } }],
    ['003_b8affa03a4482651.txt', 'Su-30MKI is seen in "Su-30MKIs"', { itemId: 'su-30mki', name: 'Su-30MKI', aliases: ['Su-30MKI'], text: 'Su-30MKIs', category: 'combat aircraft', supplier: 'RU' }],
    ['003_b8affa03a4482651.txt', 'MiG-29 is seen in "MiG-29s"', { itemId: 'mig-29', name: 'MiG-29', text: 'MiG-29s' }],
    ['003_b8affa03a4482651.txt', 'MiG-29K is seen in "MiG29Ks" and kept apart from MiG-29', { itemId: 'mig-29k', name: 'MiG-29K', aliases: ['MiG29K'], recipient: 'IN' }],
    ['003_b8affa03a4482651.txt', 'T-90 is in the list of Russian-origin equipment', { itemId: 't-90', status: 'mentioned', category: 'armour' }],
    ['003_b8affa03a4482651.txt', 'T-90 tanks are produced under licence in India', { itemId: 't-90', status: 'in-production', recipient: 'IN' }],
    ['003_b8affa03a4482651.txt', 'Kilo-class submarine is seen in "Kilo-class submarines" of the Navy, which the sentence makes the Indian Navy', { itemId: 'kilo-class-submarine', name: 'Kilo-class submarine', aliases: ['Kilo-class submarine'], category: 'submarine', supplier: 'RU', recipient: 'IN' }],
    ['003_b8affa03a4482651.txt', 'BrahMos is named as flagship cooperation', { itemId: 'brahmos', name: 'BrahMos', status: 'in-production', category: 'missile' }],
    ['003_b8affa03a4482651.txt', 'SU-30 aircraft are produced under licence in India, as their own item', { itemId: 'su-30', name: 'Su-30', aliases: ['SU-30'], status: 'in-production', recipient: 'IN' }],
    ['004_f40112cbbbfa4a4d.txt', 'AK-203 is to be produced by an India-Russian joint venture still under discussion', { itemId: 'ak-203', aliases: ['AK203'], status: 'negotiating', supplier: 'RU', recipient: 'IN' }],
  ])('%s: %s', (file, _behaviour, expected) => {
    expect(itemsOfArticle(file)).toContainEqual(expect.objectContaining(expected));
  });

  it.each([
    ['000_06475bec42396503.txt', ['ak-203', 's-400']],
    ['001_dfec131b4fcdb096.txt', ['ak-203', 's-400']],
    ['002_5a8ef84df38675f4.txt', []],
    ['003_b8affa03a4482651.txt', ['brahmos', 'kilo-class-submarine', 'mig-29', 'mig-29k', 's-400', 'su-30', 'su-30mki', 't-90']],
    ['004_f40112cbbbfa4a4d.txt', ['ak-203']],
  ])('%s mentions exactly the items %j', (file, ids) => {
    expect([...new Set(itemsOfArticle(file).map((item) => item.itemId))].sort()).toEqual(ids);
  });

  it('quotes every mention verbatim at its article offsets, inside its sentence', () => {
    const file = '003_b8affa03a4482651.txt';
    const { article } = readArticle({ name: file, bytes: readFileSync(`data/articles/${file}`) });
    if (article === null) throw new Error('unreadable');
    const sentences = splitSentences(article.text, article.bodyStart);
    for (const mention of extractItems(article.text, sentences, day('2020-06-23'))) {
      expect(article.text.slice(mention.start, mention.end)).toBe(mention.text);
      const sentence = sentences[mention.sentenceIndex];
      expect(sentence && mention.start >= sentence.start && mention.end <= sentence.end).toBe(true);
    }
  });
});

describe('extractItems on sentences from other outlets', () => {
  it.each<[string, string, Expected[]]>([
    ['2020-07-30', 'India took delivery of the first squadron of Rafale jets at Ambala on July 29.', [{ itemId: 'rafale', status: 'delivered', supplier: 'FR', recipient: 'IN' }]],
    ['2020-09-11', 'The Indian Air Force inducted five Rafale fighter jets into its 17 Squadron on September 10, 2020.', [{ itemId: 'rafale', status: 'delivered', recipient: 'IN' }]],
    ['2022-12-16', 'The last of the 36 Rafale jets ordered in 2016 arrived in India on Thursday.', [{ itemId: 'rafale', status: 'delivered', recipient: 'IN', expectedDelivery: null }]],
    ['2023-05-01', 'France will deliver three more Rafale jets to India by January 2024.', [{ itemId: 'rafale', status: 'delivery-pending', supplier: 'FR', recipient: 'IN', expectedDelivery: { start: '2024-01-01', end: '2024-01-31', precision: 'month', text: 'by January 2024' } }]],
    ['2021-03-25', 'The Defence Ministry signed a contract worth Rs 5,375 crore with Bharat Dynamics for Akash missile systems for the Army.', [{ itemId: 'akash', status: 'contracted', supplier: 'IN', value: { amount: 5.375e10, currency: 'INR', text: 'Rs 5,375 crore' } }]],
    ['2016-09-24', 'India signed a €7.87 billion deal with France for 36 Rafale fighter jets.', [{ itemId: 'rafale', status: 'contracted', recipient: 'IN', value: { amount: 7.87e9, currency: 'EUR', text: '€7.87 billion' } }]],
    ['2021-02-04', 'The contract for 83 Tejas Mk1A jets, worth ₹ 48,000 crore, was signed with HAL.', [{ itemId: 'tejas-mk1a', name: 'Tejas Mk1A', status: 'contracted', value: { amount: 4.8e11, currency: 'INR', text: '₹ 48,000 crore' } }]],
    ['2022-01-10', 'The first batch of S-400 systems arrived in India in December 2021 and has been deployed in Punjab.', [{ itemId: 's-400', status: 'delivered', recipient: 'IN', expectedDelivery: null }]],
    ['2022-04-20', 'Russia has completed delivery of the second S-400 regiment to India, officials said.', [{ itemId: 's-400', status: 'delivered', supplier: 'RU', recipient: 'IN' }]],
    ['2023-03-20', 'Delivery of the remaining two S-400 squadrons has been delayed due to the war in Ukraine.', [{ itemId: 's-400', status: 'delayed' }]],
    ['2024-10-16', 'The first MQ-9B drones are expected to arrive by 2029.', [{ itemId: 'mq-9b', status: 'delivery-pending', category: 'drone', expectedDelivery: { start: '2029-01-01', end: '2029-12-31', precision: 'year', text: 'by 2029' } }]],
    ['2024-10-16', 'India signed a $3.5 billion deal with the US for 31 MQ-9B drones.', [{ itemId: 'mq-9b', status: 'contracted', supplier: 'US', recipient: 'IN', value: { amount: 3.5e9, currency: 'USD', text: '$3.5 billion' } }]],
    ['2022-03-12', 'Pakistan has inducted the Chinese-made J-10C fighter jets into its air force.', [{ itemId: 'j-10c', status: 'delivered', supplier: 'CN', recipient: 'PK' }]],
    ['2023-06-01', 'The PLA Navy already operates eight Type 055 destroyers.', [{ itemId: 'type-055', status: 'mentioned', category: 'surface ship', recipient: 'CN' }]],
    ['2021-09-23', 'The Army will receive 118 Arjun Mk1A tanks under a Rs 7,523 crore order placed with the Heavy Vehicles Factory.', [{ itemId: 'arjun-mk1a', status: 'delivery-pending', value: { amount: 7.523e10, currency: 'INR', text: 'Rs 7,523 crore' } }]],
    ['2021-06-01', "Israel's Rafael will supply Spike anti-tank guided missiles to the Indian Army.", [{ itemId: 'spike', status: 'delivery-pending', supplier: 'IL', recipient: 'IN' }]],
    ['2020-08-01', 'Heron drones leased from Israel were deployed along the LAC in eastern Ladakh.', [{ itemId: 'heron', status: 'delivered', supplier: 'IL' }]],
    ['2021-04-01', 'The Akash surface-to-air missile system was test-fired from Chandipur.', [{ itemId: 'akash', status: 'mentioned', category: 'air defence' }]],
    ['2021-04-30', 'India and the US signed a deal for six additional P-8I maritime patrol aircraft.', [{ itemId: 'p-8i', status: 'contracted', supplier: 'US' }]],
    ['2020-07-11', 'Boeing delivered the last of 22 Apache attack helicopters to the IAF.', [{ itemId: 'ah-64e-apache', name: 'AH-64E Apache', aliases: ['Apache'], status: 'delivered', recipient: 'IN' }]],
    ['2019-03-26', 'The Chinook heavy-lift helicopters were inducted at Chandigarh in March 2019.', [{ itemId: 'chinook', status: 'delivered', supplier: 'US' }]],
    ['2021-01-01', 'India and Russia are negotiating the price of 200 Ka-226T helicopters.', [{ itemId: 'ka-226t', status: 'negotiating', category: 'helicopter' }]],
    ['2022-09-03', 'The Indian Navy commissioned INS Vikrant, its first indigenous aircraft carrier, on September 2, 2022.', [{ itemId: 'ins-vikrant', status: 'delivered', supplier: 'IN', recipient: 'IN' }]],
    ['2013-11-17', 'INS Vikramaditya, the former Admiral Gorshkov, was handed over to India on Saturday.', [{ itemId: 'ins-vikramaditya', aliases: ['INS Vikramaditya'], status: 'delivered', recipient: 'IN' }, { itemId: 'ins-vikramaditya', aliases: ['former Admiral Gorshkov'] }]],
    ['2025-01-10', 'The sixth Scorpene submarine, Vagsheer, was delivered to the Navy on January 9.', [{ itemId: 'scorpene-class-submarine', name: 'Scorpene-class submarine', status: 'delivered', supplier: 'FR' }, { name: 'Vagsheer', category: 'submarine', status: 'delivered' }]],
    ['2024-01-01', 'Mazagon Dock is building three more Scorpene-class submarines under a Rs 36,000 crore deal.', [{ itemId: 'scorpene-class-submarine', status: 'contracted', value: { amount: 3.6e11, currency: 'INR', text: 'Rs 36,000 crore' } }]],
    ['2024-01-01', 'Russia will supply two more Talwar-class frigates, built at the Yantar shipyard, by 2026.', [{ itemId: 'talwar-class-frigate', status: 'delivery-pending', supplier: 'RU', expectedDelivery: expect.objectContaining({ start: '2026-01-01', precision: 'year', text: 'by 2026' }) }]],
    ['2024-01-01', 'Pakistan is reported to have ordered 40 J-35 stealth fighters from China.', [{ itemId: 'j-35', status: 'contracted', supplier: 'CN', recipient: 'PK' }]],
    ['2020-09-01', 'The Chinese J-20 stealth fighter has been deployed at Shigatse, satellite images show.', [{ itemId: 'j-20', status: 'delivered', supplier: 'CN' }]],
    ['2020-09-01', 'The Su-35 deal with Egypt was cancelled under the threat of US sanctions.', [{ itemId: 'su-35', status: 'mentioned' }]],
    ['2023-05-01', 'China will deliver the first of eight Hangor-class submarines to Pakistan in 2024 under a $5 billion deal.', [{ itemId: 'hangor-class-submarine', status: 'delivery-pending', supplier: 'CN', recipient: 'PK', value: { amount: 5e9, currency: 'USD', text: '$5 billion' }, expectedDelivery: expect.objectContaining({ text: 'in 2024', precision: 'year' }) }]],
    ['2022-02-10', 'Indonesia signed a contract for 42 Rafale jets worth $8.1 billion.', [{ itemId: 'rafale', status: 'contracted', supplier: 'FR', recipient: 'ID', value: { amount: 8.1e9, currency: 'USD', text: '$8.1 billion' } }]],
    ['2021-05-04', 'Egypt ordered 30 more Rafale jets in a deal worth 3.75 billion euros.', [{ itemId: 'rafale', status: 'contracted', recipient: 'EG', value: { amount: 3.75e9, currency: 'EUR', text: '3.75 billion euros' } }]],
    ['2021-10-28', 'India successfully test-fired the Agni-V intercontinental ballistic missile from Abdul Kalam Island.', [{ itemId: 'agni-v', status: 'mentioned', supplier: 'IN' }]],
    ['2020-12-30', 'HAL will manufacture 12 Su-30MKI jets at Nashik under an order worth Rs 10,000 crore.', [{ itemId: 'su-30mki', status: 'contracted', value: { amount: 1e11, currency: 'INR', text: 'Rs 10,000 crore' } }]],
    ['2022-01-29', 'The BrahMos supersonic cruise missile will be exported to the Philippines under a $375 million deal.', [{ itemId: 'brahmos', status: 'contracted', supplier: 'IN', recipient: 'PH', value: { amount: 3.75e8, currency: 'USD', text: '$375 million' } }]],
    ['2023-07-14', 'Talks on the purchase of 26 Rafale-M jets for INS Vikrant are at an advanced stage.', [{ itemId: 'rafale-m', status: 'negotiating' }, { itemId: 'ins-vikrant', status: 'negotiating' }]],
    ['2015-12-25', 'Russia and India agreed to set up a joint venture to produce Kamov Ka-226T helicopters.', [{ itemId: 'ka-226t', aliases: ['Kamov Ka-226T'], status: 'agreed' }]],
    ['2020-07-02', 'A proposal to buy 12 more Su-30MKI aircraft is pending before the Defence Acquisition Council.', [{ itemId: 'su-30mki', status: 'negotiating' }]],
    ['2021-01-14', 'The Defence Acquisition Council cleared the purchase of 83 Tejas Mk1A jets.', [{ itemId: 'tejas-mk1a', status: 'negotiating' }]],
    ['2020-08-31', 'Pinaka rocket launchers worth Rs 2,580 crore were ordered from Tata and L&T.', [{ itemId: 'pinaka', status: 'contracted', category: 'artillery', value: { amount: 2.58e10, currency: 'INR', text: 'Rs 2,580 crore' } }]],
    ['2019-12-01', 'Russia has test-fired the Zircon hypersonic missile from a frigate in the White Sea.', [{ itemId: 'zircon', status: 'mentioned', supplier: 'RU' }]],
    ['2021-01-01', 'Russia will sell 5 billion roubles worth of Pantsir systems to the UAE.', [{ itemId: 'pantsir', supplier: 'RU', recipient: 'AE', value: { amount: 5e9, currency: 'RUB', text: '5 billion roubles' } }]],
    ['2021-01-01', "The S-400 Triumf, also known as Triumf missile system, is Russia's most advanced air defence system.", [{ itemId: 's-400', aliases: ['S-400 Triumf'], recipient: null }, { itemId: 's-400', aliases: ['Triumf'] }]],
    ['2021-01-01', 'The Sukhoi-30MKI and SU 30 MKI spellings name one jet.', [{ itemId: 'su-30mki', aliases: ['Sukhoi-30MKI'] }, { itemId: 'su-30mki', aliases: ['SU 30 MKI'] }]],
    ['2021-01-01', 'The US has approved the sale of MH-60R Seahawk helicopters worth US$ 2.6 bn to India.', [{ itemId: 'mh-60r', status: 'negotiating', supplier: 'US', recipient: 'IN', value: { amount: 2.6e9, currency: 'USD', text: 'US$ 2.6 bn' } }]],
    ['2021-01-01', 'A Rs 2,000 cr order for HAMMER precision-guided munitions was placed with Safran.', [{ itemId: 'hammer', status: 'contracted', category: 'munition', value: { amount: 2e10, currency: 'INR', text: 'Rs 2,000 cr' } }]],
    ['2021-01-01', 'The IAF received M777 ultra-light howitzers and Excalibur rounds from the US.', [{ itemId: 'm777', status: 'delivered', supplier: 'US', recipient: 'IN' }, { itemId: 'excalibur', status: 'delivered' }]],
    ['2024-01-15', 'The Pakistan Navy received its fourth Type 054A/P frigate, PNS Taimur, in 2022, and the first Hangor-class submarine is expected by 2025.', [{ itemId: 'type-054a-p', name: 'Type 054A/P', status: 'delivered', recipient: 'PK', expectedDelivery: null }, { itemId: 'pns-taimur', name: 'PNS Taimur', category: 'surface ship' }, { itemId: 'hangor-class-submarine', status: 'delivery-pending', expectedDelivery: expect.objectContaining({ start: '2025-01-01', text: 'by 2025' }) }]],
    ['2021-11-15', 'Russia has started supplying S-400 Triumf air defence systems to India, Dmitry Shugaev said on Sunday.', [{ itemId: 's-400', status: 'delivered', supplier: 'RU', recipient: 'IN' }]],
    ['2021-11-15', 'Russia and India are also close to a deal for 21 MiG-29 and 12 Su-30MKI jets.', [{ itemId: 'mig-29', status: 'negotiating' }, { itemId: 'su-30mki', status: 'negotiating' }]],
    ['2021-11-15', 'The AK-203 contract for over 6 lakh rifles worth Rs 5,000 crore is expected to be signed during the visit.', [{ itemId: 'ak-203', status: 'negotiating', value: { amount: 5e10, currency: 'INR', text: 'Rs 5,000 crore' } }]],
    ['2023-06-22', 'GE signed an agreement with HAL to jointly produce F414 engines in India for the Tejas Mk2.', [{ itemId: 'f414', status: 'agreed', supplier: 'US', recipient: 'IN', category: 'engine' }, { itemId: 'tejas-mk2', name: 'Tejas Mk2' }]],
    ['2023-06-22', 'The visit paves the way for India to buy 31 MQ-9B SeaGuardian drones worth about $3 billion.', [{ itemId: 'mq-9b', status: 'negotiating', recipient: 'IN', value: { amount: 3e9, currency: 'USD', text: '$3 billion' } }]],
    ['2020-06-23', 'Singh will push for Russian S-400 systems to be delivered on time.', [{ itemId: 's-400', supplier: 'RU', recipient: null }]],
    ['2024-06-01', 'The MQ-9B Predator drones will be built by General Atomics.', [{ itemId: 'mq-9b', aliases: ['MQ-9B Predator'] }]],
    ['2024-06-01', 'Predator drones bought from the US will be based at Sarsawa.', [{ itemId: 'mq-9b', aliases: ['Predator'], supplier: 'US' }]],
    ['2023-04-01', 'The LCA jets and ALH helicopters were on display at Aero India.', [{ itemId: 'tejas', aliases: ['LCA'] }, { itemId: 'dhruv', aliases: ['ALH'] }]],
    ['2023-04-01', 'The Agni-4 missile was launched from Odisha.', [{ itemId: 'agni-iv', name: 'Agni-IV', aliases: ['Agni-4'] }]],
    ['2019-02-27', 'The IAF used SPICE 2000 bombs at Balakot.', [{ itemId: 'spice', category: 'munition', recipient: 'IN' }]],
    ['2024-08-01', 'Drishti-10 drones made by Adani and Elbit were inducted by the Navy.', [{ itemId: 'hermes-900', name: 'Hermes 900', status: 'delivered' }]],
    ['2021-08-03', 'The Indian Navy will receive two Admiral Grigorovich-class frigates built in Russia.', [{ itemId: 'admiral-grigorovich-class-frigate', name: 'Admiral Grigorovich-class frigate', supplier: 'RU', recipient: 'IN' }]],
    ['2021-08-03', 'Two Grigorovich class frigates are being fitted out at Yantar.', [{ itemId: 'admiral-grigorovich-class-frigate', aliases: ['Grigorovich class frigate'] }]],
    ['2018-10-20', 'India signed a contract with Russia for four Project 11356 frigates, two to be built at Goa Shipyard.', [{ itemId: 'admiral-grigorovich-class-frigate', status: 'contracted' }]],
    ['2021-08-03', 'Russian Mi-8AMTSh helicopters flew in support of the troops.', [{ itemId: 'mi-8amtsh', name: 'Mi-8AMTSh', category: 'helicopter', supplier: 'RU' }]],
    ['2021-08-03', 'The IAF flew its Mi-17V5 and Mi-17 V5 helicopters, Russia its Mi-171Sh.', [{ itemId: 'mi-17v5', aliases: ['Mi-17V5'] }, { itemId: 'mi-17v5', aliases: ['Mi-17 V5'] }, { itemId: 'mi-171sh', name: 'Mi-171Sh' }]],
    ['2022-12-13', 'The Army deployed AH-64E Apache helicopters; the Apache AH-64E is one item.', [{ itemId: 'ah-64e-apache', name: 'AH-64E Apache', aliases: ['AH-64E Apache'] }, { itemId: 'ah-64e-apache', aliases: ['Apache AH-64E'] }]],
    ['2019-03-26', 'The IAF inducted Chinook CH-47F and Globemaster C-17 aircraft.', [{ itemId: 'chinook', aliases: ['Chinook CH-47F'] }, { itemId: 'c-17', aliases: ['Globemaster C-17'] }]],
    ['2021-07-20', 'The Project 75(I) tender and the P-75(India) bids are for six submarines, not Project 75.', [{ itemId: 'project-75i', text: 'Project 75(I)' }, { itemId: 'project-75i', text: 'P-75(India)' }, { itemId: 'scorpene-class-submarine', text: 'Project 75' }]],
    ['2020-11-18', 'The USS Nimitz strike group carried F/A-18 Super Hornets and E-2C Hawkeye aircraft.', [{ itemId: 'uss-nimitz', recipient: 'US' }, { itemId: 'fa-18' }, { itemId: 'e-2c', name: 'E-2C Hawkeye' }]],
    ['2022-01-10', 'The S-400 will operate alongside the indigenous Akash and the Israeli-origin Spyder and MR-SAM systems.', [{ itemId: 's-400' }, { itemId: 'akash' }, { itemId: 'spyder' }, { itemId: 'barak-8', aliases: ['MR-SAM'] }]],
    ['2021-12-21', 'Pakistan launched the Babur Weapon System-1(B), after testing a Babur 1A variant in February.', [{ itemId: 'babur-1b', name: 'Babur-1B', text: 'Babur Weapon System-1(B)' }, { itemId: 'babur-1a', name: 'Babur-1A' }]],
    ['2020-11-03', 'The destroyer USS John S. McCain sailed with HMAS Ballarat.', [{ itemId: 'uss-john-s-mccain', name: 'USS John S. McCain', supplier: null, recipient: 'US' }, { itemId: 'hmas-ballarat', recipient: 'AU' }]],
    ['2022-06-01', 'Rafale M jets flew shore-based trials at INS Hansa in Goa.', [{ itemId: 'rafale-m' }]],
    ['2023-03-14', 'Australia will buy Virginia-class submarines, and Ukraine fired Neptune missiles at the P-8I Neptune lookalike.', [{ itemId: 'virginia-class-submarine' }, { itemId: 'r-360-neptune' }, { itemId: 'p-8i' }]],
    ['2023-03-01', 'China fitted WS-10B engines to the J-20, and the US moved its Typhon missile system to Luzon.', [{ itemId: 'ws-10', category: 'engine' }, { itemId: 'j-20' }, { itemId: 'typhon' }]],
    ['2024-04-27', 'PNS/M Hangor, the first of eight boats, was launched in Wuhan.', [{ itemId: 'hangor-class-submarine', text: 'Hangor' }]],
    ['2022-12-16', "The Agni-V lacks the accuracy of China's DF-41 missiles, and India's publicity shows anxiety.", [{ itemId: 'agni-v', supplier: 'IN', recipient: null }, { itemId: 'df-41', supplier: 'CN', recipient: null }]],
    ['2022-03-12', 'The J-10C will complement the JF-17 Thunder Block III against the Rafale jets India has bought from France.', [{ itemId: 'j-10c', recipient: null }, { itemId: 'jf-17-block-iii', recipient: null }, { itemId: 'rafale', supplier: 'FR', recipient: 'IN' }]],
    ['2024-10-15', 'The leased MQ-9A drones watch Chinese ships in the Indian Ocean.', [{ itemId: 'mq-9a', supplier: 'US' }]],
    ['2021-08-03', 'INS Tabar, a Talwar-class frigate, took part in the Russian Navy Day parade.', [{ itemId: 'ins-tabar', recipient: 'IN' }, { itemId: 'talwar-class-frigate', recipient: null }]],
    ['2020-06-23', 'Spares are needed for the Su-30MKIs of the Air Force and the MiG29Ks of the Indian Navy, and the T-90 tanks.', [{ itemId: 'su-30mki' }, { itemId: 'mig-29k', recipient: 'IN' }, { itemId: 't-90' }]],
    ['2023-02-13', 'The Sikorsky S-70 airframe is sold abroad.', [{ itemId: 's-70', name: 'S-70' }]],
    ['2023-02-13', "HAL Dhruv and General Atomics' Predator were on show.", [{ itemId: 'dhruv' }, { itemId: 'mq-9b', aliases: ['Predator'] }]],
    ['2024-04-27', 'Pakistan will get eight Hangor submarines; PNS Hangor, a submarine, was launched first.', [{ itemId: 'hangor-class-submarine', aliases: ['Hangor'] }, { itemId: 'pns-hangor' }]],
    ['2021-07-25', 'INS Talwar, a frigate, and US Stryker vehicles took part.', [{ itemId: 'ins-talwar' }, { itemId: 'stryker' }]],
    ['2023-11-30', 'The Army will get Nag Mk2 anti-tank missiles and the Coast Guard will get Dornier aircraft.', [{ itemId: 'nag-mk2', name: 'Nag Mk2' }, { itemId: 'dornier-228', aliases: ['Dornier'] }]],
    ['2024-07-05', "Taiwan's air force scrambled F-16V jets as it tracked 24 PLA aircraft.", [{ itemId: 'f-16-block-70', supplier: 'US', recipient: 'TW' }]],
    ['2024-07-05', "The destroyer USS Ralph Johnson sailed with Japan's JS Izumo.", [{ itemId: 'uss-ralph-johnson', recipient: 'US' }, { itemId: 'js-izumo', recipient: 'JP' }]],
    ['2024-07-05', 'The amphibious assault ship Hainan sailed through the Taiwan Strait.', [{ itemId: 'hainan', name: 'Hainan', category: 'surface ship' }]],
    ['2024-10-15', 'The navy has operated two MQ-9A SeaGuardian drones leased from General Atomics.', [{ itemId: 'mq-9a', text: 'MQ-9A SeaGuardian' }]],
    ['2023-02-24', 'Among the ships are the Turkish frigate TCG Kemalreis and the Russian frigate Admiral Grigorovich, with ships from Sri Lanka.', [{ itemId: 'tcg-kemalreis', supplier: null, recipient: 'TR' }, { itemId: 'admiral-grigorovich' }]],
    ['2022-08-16', 'The Chinese tracking vessel Yuan Wang 5 docked at Hambantota, as the submarine Changzheng-2 had in Colombo.', [{ itemId: 'yuan-wang-5', supplier: 'CN' }, { itemId: 'changzheng-2', category: 'submarine' }]],
    ['2023-02-13', 'The Surya Kiran team flew Hawk trainers beside the HLFT-42 mock-up.', [{ itemId: 'hawk' }, { itemId: 'hlft-42' }]],
    ['2024-04-27', 'The submarines, based on the Type 039B Yuan-class design, will carry the Babur-3 cruise missile.', [{ itemId: 'type-039b', text: 'Type 039B Yuan-class' }, { itemId: 'babur-3', name: 'Babur-3', supplier: 'PK' }]],
    ['2023-01-01', 'Pakistan operates five Agosta 90B boats and inducted four Type 054A/P frigates from China.', [{ itemId: 'agosta-90b', supplier: 'FR', recipient: 'PK' }, { itemId: 'type-054a-p', supplier: 'CN', recipient: 'PK' }]],
    ['2024-12-10', 'INS Tushil, built by Russia at the Yantar yard, joined the Indian Navy.', [{ itemId: 'ins-tushil', supplier: 'RU', recipient: 'IN' }]],
    ['2020-06-23', 'BrahMos missiles are produced in India.', [{ itemId: 'brahmos', supplier: 'IN', recipient: null }]],
    ['2023-02-01', 'The IAF named its S-400 squadrons Sudarshan Chakra.', [{ itemId: 's-400' }, { itemId: 's-400', aliases: ['Sudarshan Chakra'] }]],
    ['2023-02-01', 'Naval LCA prototypes and the Kalvari submarines were on show.', [{ itemId: 'lca-navy' }, { itemId: 'scorpene-class-submarine', aliases: ['Kalvari'] }]],
    ['2024-05-01', 'China flew H-6K bombers, Y-9 transports and KJ-500 radar planes past Taiwan.', [{ itemId: 'h-6k' }, { itemId: 'y-9' }, { itemId: 'kj-500' }]],
    ['2021-01-01', 'Russia signed a deal with India for S-400 systems worth $5.43 billion, while the US offered the THAAD system.', [{ itemId: 's-400', supplier: 'RU', value: { amount: 5.43e9, currency: 'USD', text: '$5.43 billion' } }, { itemId: 'thaad', supplier: 'US', value: null }]],
  ])('[%s] %s', (published, sentence, expected) => {
    const items = itemsOfSentence(sentence, published);
    expect(items).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(items[index]).toMatchObject(fields));
  });
});

describe('extractItems on systems reported in the region 2017-2024', () => {
  it.each<[string, string[]]>([
    ['Coastal units of the Pacific Fleet fired Bal and Bastion missile systems at sea targets.', ['Bal', 'Bastion']],
    ['The Pakistan Air Force flies the Mirage 5 and the J-10CE, its newest fighter.', ['Mirage 5', 'J-10CE']],
    ['The YY-20A tanker refuelled two J-20 fighters over Zhuhai.', ['YY-20A', 'J-20']],
    ['The FH-97A loyal wingman was shown beside the CH-6.', ['FH-97A', 'CH-6']],
    ['The Army flies the Rudra, the weaponised version of the Dhruv.', ['Rudra', 'Dhruv']],
    ['The Ababeel, Pakistan’s first multiple-warhead missile, was tested in 2017.', ['Ababeel']],
    ['The gunship carries Hydra 70 rockets and Hellfire missiles.', ['Hydra 70', 'Hellfire']],
    ['The Rafale comes with the Meteor beyond visual range air-to-air missile.', ['Rafale', 'Meteor']],
    ['The frigate PNS Tughril is the first of four Type 054A/P ships; its HQ-16FE and CM-302 missiles are Chinese.', ['PNS Tughril', 'Type 054A/P', 'HQ-16FE', 'CM-302']],
    ['The Navy is building Jinnah-class frigates and operates two Yarmook-class ships.', ['Jinnah-class frigate', 'Yarmook-class offshore patrol vessel']],
    ['Pakistan began receiving ATR-72 maritime patrol aircraft to replace its P-3C Orions.', ['ATR-72', 'P-3C Orion']],
    ['The frigate Admiral Gorshkov test-fired a Zircon hypersonic missile in the White Sea.', ['Admiral Gorshkov', 'Zircon']],
    ['South Korea rolled out the KF-21 Boramae and exports the K2 Black Panther tank.', ['KF-21 Boramae', 'K2 Black Panther']],
    ['DRDO tested the LRLACM and the NASM-SR from Chandipur.', ['LRLACM', 'NASM-SR']],
    ['The Army bought AN/TPQ-37 radars and the IAF the Swordfish radar.', ['AN/TPQ-37', 'Swordfish']],
    ['Russia fired Tu-22M3M bombers and the T-72B3M tanks rolled past.', ['Tu-22M3M', 'T-72B3M']],
    ['The IAF retired its last MiG-21 Bison squadron at Nal; a Tejas Mk1 took its place.', ['MiG-21 Bison', 'Tejas']],
    ['Manila flies FA-50PH jets, and Malaysia chose the FA-50 too.', ['FA-50PH', 'FA-50']],
    ['Airbus A330 Multi Role Tanker Transport (MRTT) aircraft refuelled the jets.', ['A330 MRTT', 'A330 MRTT']],
    ['The Tejas Mk1A carries the EL/M-2052 radar and the ELL-8222 jammer pod.', ['Tejas Mk1A', 'EL/M-2052', 'ELL-8222']],
    ['Rostec showed the MC-21-310 airliner with PD-14 engines and the Orion-E drone.', ['MC-21', 'PD-14', 'Orion-E']],
    ['The IAF upgraded its Mirage 2000H jets, and Russia flew Tu-95MS bombers with A-50U radar planes.', ['Mirage 2000H', 'Tu-95MS', 'A-50U']],
    ['The Army fields the M777A2 howitzer; China flies the J-10CE and the Su-30MKK.', ['M777A2', 'J-10CE', 'Su-30MKK']],
    ['US Marines flew MV-22B tilt-rotors in; the CH-47F and the AH-64E followed.', ['MV-22B', 'Chinook', 'AH-64E Apache']],
    ['Russia offered S-400s and Su-30 jets.', ['S-400', 'Su-30']],
    ['India test-fired a Prithvi-II missile; the Prithvi II was first tested in 1996.', ['Prithvi-II', 'Prithvi-II']],
    ['The IAF deployed the Sudarshan Chakra air defence squadrons in Punjab.', ['S-400']],
    ['The MH-60R carries APKWS rockets; the destroyer has Phalanx CIWS, SeaRAM and ESSM launchers.', ['MH-60R', 'APKWS', 'Phalanx CIWS', 'SeaRAM', 'ESSM']],
    ['Pakistan flies CH-4B drones and the Army ordered T-90SK command tanks.', ['CH-4B', 'T-90SK']],
    ['Pakistan test-fired the Fatah-II rocket system, a longer-range Fatah 1 successor.', ['Fatah-II', 'Fatah-I']],
    ['HAL will deliver the first LCH next year and is designing the MWF.', ['Prachand', 'Tejas Mk2']],
    ['INS Tushil carries the HUMSA-NG sonar and a Fregat-M2EM radar, like the Teg-class frigates.', ['INS Tushil', 'HUMSA-NG', 'Fregat-M2EM', 'Teg-class frigate']],
    ['PNS/M Hangor and PNS/M Shushuk were launched at Wuchang.', ['Hangor-class submarine', 'PNS/M Shushuk']],
    ['The Army inducted Heron Mark 2 drones; the Heron Mk 2 and the Pinaka Mark II rockets went to Ladakh.', ['Heron Mk II', 'Heron Mk II', 'Pinaka Mk-II']],
    ['DRDO tested the Nag Mark 2 anti-tank missile.', ['Nag Mk2']],
    ['Bangladesh bought two Ming-class submarines from China, and Myanmar got UMS Minye Theinkhathu from India.', ['Type 035', 'UMS Minye Theinkhathu']],
    ['At Talisman Sabre, HIMARS fired a Precision Strike Missile and NMESIS a Naval Strike Missile as MV-22 Ospreys landed.', ['HIMARS', 'PrSM', 'NMESIS', 'Naval Strike Missile', 'MV-22 Osprey']],
    ['The E-7 Wedgetail and the MQ-28 Ghost Bat flew while Boxer vehicles and AS9 Huntsman guns rolled.', ['E-7 Wedgetail', 'MQ-28 Ghost Bat', 'Boxer', 'AS9 Huntsman']],
    ['INS Arihant, the first Arihant-class submarine, fired a K-15; the Arihant class will grow.', ['INS Arihant', 'Arihant-class submarine', 'K-15 Sagarika', 'Arihant-class submarine']],
    ['PNS Alamgir, an Oliver Hazard Perry-class frigate, joined the Tariq-class and Sword-class frigates.', ['PNS Alamgir', 'Oliver Hazard Perry-class frigate', 'Tariq-class frigate', 'Zulfiquar-class frigate']],
    ['The America-class ship and the Ropucha-class landing ships sailed with a Veer-class corvette.', ['America-class amphibious assault ship', 'Ropucha-class landing ship', 'Veer-class corvette']],
  ])('%s', (sentence, names) => {
    expect(itemsOfSentence(sentence, '2023-01-01').map((item) => item.name)).toEqual(names);
  });

  it.each([
    'China and Pakistan held the Sea Guardians-2020 naval exercise in the Arabian Sea.',
    'The climbers reached the summit of K2 on Friday.',
    'Egyptian President Abdel Fattah el-Sisi met the delegation.',
    'Many H-1B holders wait years for a green card.',
    "The Defence Minister reviewed the 'Sudarshan Chakra' corps exercise.",
  ])('finds no item in "%s"', (sentence) => {
    expect(itemsOfSentence(sentence, '2023-01-01')).toEqual([]);
  });
});

describe('extractItems on names that are also ordinary words', () => {
  it.each([
    ['Reliance director Akash Ambani met the minister.'],
    ['The missile test was carried out under the aegis of DRDO.'],
    ['Typhoon Haikui forced the drills to be called off.'],
    ['She applied for a B-2 visa and an E-2 visa.'],
  ])('finds no item in "%s"', (sentence) => {
    expect(itemsOfSentence(sentence, '2023-01-01')).toEqual([]);
  });
});

describe('extractItems on names that are also ordinary words, told as the weapon', () => {
  it.each([
    ['an apposition that names the weapon in more than four words', "France's Charles de Gaulle, the only other catapult carrier in service outside the US, was commissioned in 2001.", ['charles-de-gaulle']],
    ['a name the article showed to be the weapon, told again with "the"', 'China commissioned the carrier Shandong in 2019. The Shandong carried out its first open-sea training in 2020.', ['shandong', 'shandong']],
    ['the province, told without "the", stays out', 'The Liaoning aircraft carrier is based at Qingdao in Shandong province.', ['liaoning']],
    ['the airport stays out', 'The delegation flew into Charles de Gaulle airport on Monday.', []],
  ])('%s', (_case, text, itemIds) => {
    expect(itemsOfSentence(text, '2023-01-01').map((item) => item.itemId)).toEqual(itemIds);
  });
});

describe('extractItems on designations outside the catalogue', () => {
  it.each<[string, Expected]>([
    ['Moscow has offered to supply Su-57E fighters to India.', { itemId: 'su-57e', name: 'Su-57E', category: 'combat aircraft', status: 'negotiating', supplier: 'RU', recipient: 'IN' }],
    ['Russia has deployed Tu-22M3 long-range bombers to Crimea.', { itemId: 'tu-22m3', name: 'Tu-22M3', status: 'delivered' }],
    ['The Army has inducted the first batch of upgraded T-90S tanks.', { itemId: 't-90s', name: 'T-90S', category: 'armour', supplier: 'RU', status: 'delivered' }],
    ['Pakistan has received the first batch of Chinese-built J-10CE fighters.', { itemId: 'j-10ce', name: 'J-10CE', supplier: 'CN', recipient: 'PK', status: 'delivered' }],
    ['The IAF is evaluating the Su-35S as a stopgap.', { itemId: 'su-35s', name: 'Su-35S', status: 'negotiating', recipient: 'IN' }],
    ['The Navy operates ageing Il-38SD maritime patrol aircraft.', { itemId: 'il-38sd', name: 'Il-38SD', category: 'other' }],
    ['Russia has started building the BMP-3 infantry fighting vehicles for export.', { itemId: 'bmp-3', name: 'BMP-3', category: 'armour' }],
    ['The PLA fielded HQ-16 medium-range air defence batteries near the LAC.', { itemId: 'hq-16', name: 'HQ-16', category: 'air defence', supplier: 'CN', recipient: 'CN' }],
    ['China commissioned a new Type 076 amphibious assault ship.', { itemId: 'type-076', name: 'Type 076', category: 'surface ship', status: 'delivered' }],
    ['The Z-20 helicopters were seen at Hotan airbase.', { itemId: 'z-20', name: 'Z-20', category: 'helicopter' }],
    ['India plans to lease two Mi-26 heavy-lift choppers.', { itemId: 'mi-26', category: 'helicopter' }],
    ['The KC-390 transport aircraft is on offer to the IAF.', { itemId: 'kc-390', name: 'KC-390', category: 'transport aircraft', status: 'negotiating' }],
    ['The PLA fielded PLZ-05 self-propelled howitzers in Tibet.', { itemId: 'plz-05', name: 'PLZ-05', category: 'artillery', supplier: 'CN' }],
    ['China showed its ZBD-04A infantry fighting vehicles.', { itemId: 'zbd-04a', name: 'ZBD-04A', category: 'armour' }],
    ['The Boeing F/A-18 Super Hornet was tested on the ski-jump in Goa.', { itemId: 'fa-18', name: 'F/A-18', text: 'F/A-18 Super Hornet' }],
  ])('%s', (sentence, expected) => {
    const items = itemsOfSentence(sentence, '2022-06-01');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject(expected);
  });
});

describe('extractItems leaves out what is not a weapon system', () => {
  it.each([
    'India reported 1,200 new COVID-19 cases on Monday.',
    'The G-20 summit will be held in New Delhi.',
    'The G20 leaders agreed on a joint declaration on climate finance.',
    'The P5 nations hold veto power at the UN Security Council.',
    'She applied for an F-1 visa to study in the US.',
    'Many H-1B visa holders work in the technology sector.',
    'H1 results beat estimates, the company said.',
    'The bonds are rated A-1 by CRISIL.',
    'Call 011-23012345 or write to the office at PIN 110011.',
    'The 2+2 dialogue between India and the US was held in Delhi.',
    'The I-Day celebrations were held at the Red Fort.',
    'The abrogation of Article 370 was upheld by the court.',
    'Farmers received the PM-KISAN instalment of Rs 2,000.',
    'The CSTO members met in Moscow to discuss the talks.',
    'He bought a Xiaomi Mi 11X phone last week.',
    'India won the T20 World Cup in Barbados.',
    'An 18-year-old was arrested near the border.',
    'Type 2 diabetes cases rose in 2021.',
    'A spike in COVID-19 cases forced a lockdown.',
    'Prithvi Shaw scored a century for Delhi.',
    'The Tejas Express runs between Mumbai and Ahmedabad.',
    'Heron Kuznetsov said the talks went well.',
    'Akash Ambani announced a new telecom plan.',
    'The zircon crystals found in the rock date back four billion years.',
    'The Patriot Act was passed in 2001.',
    'Rajnath Singh will visit Moscow in 2021 for the SCO meeting.',
    'Tapas and wine were served at the reception.',
    'The Black Sea fleet was in port.',
    'Smart cities and a smart grid were on the agenda.',
    'Sagarika Ghose moderated the panel.',
    'Communal clashes broke out in Nuh district of Haryana.',
  ])('%s', (sentence) => {
    expect(itemsOfSentence(sentence, '2021-01-01')).toEqual([]);
  });
});

describe('extractItems with a date finder of its own', () => {
  const sentence = 'France will deliver three more Rafale jets to India by January 2024.';

  it('reads delivery dates with the finder it is given, and only in sentences about a deadline', () => {
    const asked: string[] = [];
    const findDates = (text: string, published: IsoDay | null) => {
      asked.push(text);
      return findDateMentions(text, published);
    };
    const published = day('2023-05-01');
    const withFinder = extractItems(sentence, [{ text: sentence, start: 0, end: sentence.length }], published, findDates);
    expect(withFinder).toEqual(itemsOfSentence(sentence, '2023-05-01'));
    expect(asked).toEqual([sentence]);
    extractItems('India flies Rafale jets.', [{ text: 'India flies Rafale jets.', start: 0, end: 24 }], published, findDates);
    expect(asked).toEqual([sentence]);
  });
});

describe('getCatalogueItem', () => {
  it.each([
    ['s-400', 'S-400', 'air defence', 'RU'],
    ['mig-29k', 'MiG-29K', 'combat aircraft', 'RU'],
    ['kilo-class-submarine', 'Kilo-class submarine', 'submarine', 'RU'],
    ['rafale', 'Rafale', 'combat aircraft', 'FR'],
  ])('returns %s as %s (%s, %s)', (id, name, category, origin) => {
    expect(getCatalogueItem(id)).toMatchObject({ id, name, category, origin });
  });

  it('returns undefined for a designation outside the catalogue', () => {
    expect(getCatalogueItem('tu-22m3x')).toBeUndefined();
  });
});
