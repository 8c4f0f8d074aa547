import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../extractor/procurement/find-money';

describe('findMoney', () => {
  it.each<[string, number, string, string]>([
    ['the USD 5.2 billion deal for S-400 missile defence systems', 5.2e9, 'USD', 'USD 5.2 billion'],
    ['a deal worth $5.43 billion', 5.43e9, 'USD', '$5.43 billion'],
    ['valued at US$ 1 bn', 1e9, 'USD', 'US$ 1 bn'],
    ['a contract worth Rs 5,000 crore', 5e10, 'INR', 'Rs 5,000 crore'],
    ['orders worth ₹ 40,000 crore', 4e11, 'INR', '₹ 40,000 crore'],
    ['an order of Rs 2,000 cr for munitions', 2e10, 'INR', 'Rs 2,000 cr'],
    ['Rs. 750 crore was sanctioned', 7.5e9, 'INR', 'Rs. 750 crore'],
    ['a ₹1.3 lakh crore budget', 1.3e12, 'INR', '₹1.3 lakh crore'],
    ['INR 450 million', 4.5e8, 'INR', 'INR 450 million'],
    ['the €7.87 billion Rafale deal', 7.87e9, 'EUR', '€7.87 billion'],
    ['EUR 7.87bn for 36 jets', 7.87e9, 'EUR', 'EUR 7.87bn'],
    ['a 3.75 billion euros contract', 3.75e9, 'EUR', '3.75 billion euros'],
    ['5 billion roubles for Pantsir systems', 5e9, 'RUB', '5 billion roubles'],
    ['RUB 12 billion', 1.2e10, 'RUB', 'RUB 12 billion'],
    ['£1.2bn for Hawk trainers', 1.2e9, 'GBP', '£1.2bn'],
    ['a $375 million deal', 3.75e8, 'USD', '$375 million'],
    ['about 2 billion dollars', 2e9, 'USD', '2 billion dollars'],
    ['Rs 500 crore rupees', 5e9, 'INR', 'Rs 500 crore'],
    ['under a Rs 10,730-crore deal', 1.073e11, 'INR', 'Rs 10,730-crore'],
    ['a $300-million contract', 3e8, 'USD', '$300-million'],
  ])('reads "%s" as %d %s', (sentence, amount, currency, text) => {
    const [money] = findMoney(sentence);
    expect(money).toMatchObject({ amount, currency, text });
    expect(money && sentence.slice(money.start, money.end)).toBe(text);
  });

  it.each([
    'the 75th anniversary of victory in the World War II',
    'four billion years ago',
    '1,200 new cases on Monday',
    'The bonds are rated A-1 by CRISIL',
    'years 2020 and 2021',
  ])('finds no money in "%s"', (sentence) => {
    expect(findMoney(sentence)).toEqual([]);
  });

  it('finds every amount of a sentence in order', () => {
    expect(findMoney('The $2.5 billion first phase and the Rs 10,000 crore second phase').map((money) => money.text)).toEqual([
      '$2.5 billion',
      'Rs 10,000 crore',
    ]);
  });
});
