import { describe, expect, it } from 'vitest';
import { findNamedShips } from '../../../extractor/procurement/find-named-ships';

describe('findNamedShips', () => {
  it.each([
    ['Prime Minister Modi on Friday commissioned INS Vikrant at Kochi.', 'INS Vikrant', 'IN'],
    ['The Type 054A/P frigate PNS Tughril was commissioned in Shanghai.', 'PNS Tughril', 'PK'],
    ['The carrier USS Ronald Reagan sailed from Yokosuka.', 'USS Ronald Reagan', 'US'],
    ['INS Chennai Joins Exercise In Bay Of Bengal', 'INS Chennai', 'IN'],
    ['The coast guard ship ICGS Samarth reached Male on Friday.', 'ICGS Samarth', 'IN'],
    ['The French frigate FS Surcouf sailed with the Indian fleet.', 'FS Surcouf', 'FR'],
    ['HMAS Ballarat joined the drills off Guam.', 'HMAS Ballarat', 'AU'],
    ['The destroyer USS John S. McCain joined the exercise.', 'USS John S. McCain', 'US'],
    ['USS Theodore Roosevelt Carrier Strike Group Enters South China Sea', 'USS Theodore Roosevelt', 'US'],
    ['PNS Shah Jahan Commissioned In Karachi', 'PNS Shah Jahan', 'PK'],
  ])('finds the ship in "%s", operated by its navy', (text, name, operator) => {
    const [ship, ...rest] = findNamedShips(text);
    expect(rest).toHaveLength(0);
    expect(ship).toMatchObject({ name, origin: null, operator, category: 'surface ship' });
    expect(text.slice(ship?.start, ship?.end)).toBe(name);
  });

  it.each([
    ['The remaining two ships, Tippu Sultan and Shah Jahan, are due next year.', ['Tippu Sultan', 'Shah Jahan']],
    ['Russia built two frigates, Tushil and Tamal, for India.', ['Tushil', 'Tamal']],
    ['PNS Tughril leads the four ships, Tughril, Taimur, Tippu Sultan and Shah Jahan.', ['PNS Tughril', 'PNS Tughril', 'Taimur', 'Tippu Sultan', 'Shah Jahan']],
    ['Two frigates, Triput and Tavasya, are being built.', ['Triput', 'Tavasya']],
    ['The drill was held with the Indian Coast Guard ships Samarth and Abhinav and a Dornier.', ['Samarth', 'Abhinav']],
    ['The fourth frigate, Tamal, will sail from Kaliningrad; its sister ship Tushil left in December.', ['Tamal', 'Tushil']],
    ['Vagsheer, the sixth Scorpene-class submarine, was commissioned; Tamal, a stealth frigate, followed.', ['Vagsheer', 'Tamal']],
    ["The Northern Fleet's Admiral Kasatonov frigate and the Varyag missile cruiser sailed.", ['Admiral Kasatonov', 'Varyag']],
    ['The Project 11356 frigates Tushil and Tamal are under construction at Yantar.', ['Tushil', 'Tamal']],
    ['Two Krivak-class frigates Triput and Tavasya followed; the destroyers Kolkata and Chennai escorted them.', ['Triput', 'Tavasya', 'Kolkata', 'Chennai']],
  ])('finds the ships listed by name after their type in "%s"', (text, names) => {
    expect(findNamedShips(text).map((ship) => ship.name).sort()).toEqual([...names].sort());
  });

  it.each([
    'Ships, officials said, will sail on Monday.',
    'The exercise drew warships, India and Australia said.',
    'Submarines, Frigates and Destroyers is a book.',
    'The submarine, China said, was on a routine patrol.',
    'Naval Group, the designer of the submarine, bid again.',
    'The Eastern Fleet frigate and the Indian Navy destroyer sailed with the Chinese submarine.',
    'He boarded the Black Sea Fleet cruiser in the Kolkata destroyer dock.',
    'Visakhapatnam, the home of the submarine arm, hosted the review.',
    'Rajnath Singh, the defence minister, visited the carrier.',
    'Rajnath Singh, the minister aboard the carrier, spoke.',
    'Officials from Moscow, the seller of the frigate, attended.',
    'A second frigate, Indian officials said, would follow.',
    'Houthi militants seized the car carrier Galaxy Leader in November.',
    'The ships India and Japan sent arrived on Monday.',
    'Pirates took the bulk carrier Ruen towards Somalia.',
  ])('finds no listed ship in "%s"', (text) => {
    expect(findNamedShips(text)).toEqual([]);
  });

  it('finds a Pakistani submarine by its "PNS/M" prefix, as a submarine', () => {
    const text = 'PNS/M Shushuk, the second of the boats, was launched at Wuchang.';
    expect(findNamedShips(text)).toEqual([expect.objectContaining({ name: 'PNS/M Shushuk', text: 'PNS/M Shushuk', operator: 'PK', category: 'submarine' })]);
  });

  it.each([
    ['Among the ships was the Chinese destroyer Nanning.', 'Nanning', 'CN', 'surface ship'],
    ['The large anti-submarine ship Admiral Panteleyev arrived in Chennai.', 'Admiral Panteleyev', null, 'surface ship'],
    ['The Russian frigate Admiral Grigorovich joined later.', 'Admiral Grigorovich', 'RU', 'surface ship'],
    ["The Indian Navy's frigate Tabar took part in the parade.", 'INS Tabar', 'IN', 'surface ship'],
    ['The Yasen-class submarine Kazan sailed.', 'Kazan', null, 'submarine'],
    ['The Chinese carrier Shandong sailed.', 'Shandong', 'CN', 'aircraft carrier'],
  ])('finds the ship named by its type in "%s", with the navy before the type', (text, name, operator, category) => {
    const [ship, ...rest] = findNamedShips(text);
    expect(rest).toHaveLength(0);
    expect(ship).toMatchObject({ name, operator, category });
  });

  it('names a ship seen with and without its prefix once: "INS Tushil" and "the frigate Tushil"', () => {
    const names = findNamedShips('INS Tushil was commissioned. The frigate Tushil then sailed.').map((ship) => ship.name);
    expect(names).toEqual(['INS Tushil', 'INS Tushil']);
  });

  it.each([
    ['The INS (Indian Naval Ship) prefix is used for all vessels.'],
    ['The carrier Strike Group sailed On Monday.'],
    ['CNS Admiral R Hari Kumar met RSS Sarsanghchalak Mohan Bhagwat.'],
    ['He was booked under BNS Section 103.'],
    ['Delhi Police arrested two men.'],
    ['The insurance sector grew.'],
    ['The P-8I jets flew from INS Rajali and landed at INS Hansa, both air stations.'],
  ])(
    'finds no ship in "%s"',
    (text) => {
      expect(findNamedShips(text)).toEqual([]);
    },
  );
});
