/**
 * Money amounts in a sentence: "USD 5.2 billion", "$5.43 billion", "US$ 1 bn",
 * "Rs 5,000 crore", "₹ 40,000 crore", "€7.87 billion", "5 billion roubles".
 * Amounts are returned in units of the currency (Rs 5,000 crore = 5e10 INR).
 */
import type { Money } from '../../schema/bundle';

export interface MoneyMention extends Money {
  start: number;
  end: number;
}

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['trillion', 1e12],
  ['tn', 1e12],
  ['lakh crore', 1e12],
  ['billion', 1e9],
  ['bn', 1e9],
  ['million', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['m', 1e6],
  ['crore', 1e7],
  ['crores', 1e7],
  ['cr', 1e7],
  ['lakh', 1e5],
  ['lakhs', 1e5],
]);

const CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/^(?:us\s?\$|usd|\$|us dollars?|dollars?)$/i, 'USD'],
  [/^(?:rs\.?|inr|₹|rupees?)$/i, 'INR'],
  [/^(?:€|eur|euros?)$/i, 'EUR'],
  [/^(?:£|gbp|pounds?)$/i, 'GBP'],
  [/^(?:rub|roubles?|rubles?)$/i, 'RUB'],
  [/^(?:cny|rmb|yuan)$/i, 'CNY'],
];

const UNIT = String.raw`lakh crore|trillion|billion|million|crores?|lakhs?|bn|mn|mln|tn|cr|m`;
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
// "Rs 10,730-crore deal": the unit may hang on the number by a hyphen when the amount is used as an adjective.
const SYMBOL_FIRST = String.raw`(US\s?\$|USD|\$|Rs\.?|INR|₹|€|EUR|£|GBP|RUB|CNY|RMB)\s?(${NUMBER})(?:[\s-]?(${UNIT})\b)?`;
const WORD_LAST = String.raw`(${NUMBER})(?:[\s-]?(${UNIT}))?\s(US dollars|dollars|euros?|rupees|roubles|rubles|pounds|yuan|USD|EUR|INR|RUB)\b`;
const MONEY = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SYMBOL_FIRST}|${WORD_LAST})`, 'giu');

function currencyOf(symbol: string): string | null {
  return CURRENCIES.find(([pattern]) => pattern.test(symbol.trim()))?.[1] ?? null;
}

function amountOf(number: string, unit: string | undefined): number {
  const value = Number(number.replace(/,/g, ''));
  const multiplier = unit === undefined ? 1 : (MULTIPLIERS.get(unit.toLowerCase()) ?? 1);
  // 5.43 * 1e9 is 5430000000.000001 in binary floating point; twelve digits are plenty for a deal value.
  return Number((value * multiplier).toPrecision(12));
}

/** A cheap test that skips the full pattern for the many sentences that name no currency. */
const CURRENCY_CUE = /[$€£₹]|\b(?:USD|Rs|INR|EUR|GBP|RUB|CNY|RMB|rupees|dollars|euros?|roubles|rubles|pounds|yuan)\b/i;

/** Every money amount in `sentence`, with offsets relative to it. */
export function findMoney(sentence: string): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  if (!CURRENCY_CUE.test(sentence)) return mentions;
  for (const match of sentence.matchAll(MONEY)) {
    const [text, symbol, symbolNumber, symbolUnit, wordNumber, wordUnit, word] = match;
    const currency = currencyOf(symbol ?? word ?? '');
    const number = symbolNumber ?? wordNumber;
    if (currency === null || number === undefined) continue;
    const amount = amountOf(number, symbolUnit ?? wordUnit);
    if (!Number.isFinite(amount)) continue;
    const trimmed = text.replace(/[\s,.]+$/, '');
    mentions.push({ amount, currency, text: trimmed, start: match.index, end: match.index + trimmed.length });
  }
  return mentions;
}
