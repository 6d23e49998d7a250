/**
 * The ways a reader may type one amount, for a lesson's "you can write amounts the way the news
 * does" line: "2,197.5", "$2,197.5 billion", "2197.5B", "2.1975 trillion", "2,197,500 million".
 * Each spelling is of the amount rounded to $0.1 billion, and each reads back through the money
 * parser to that same amount (the tests check it), so the line can never teach a wrong form.
 */
import { roundTo } from './money';

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Spellings of an amount of at least $1 billion, given in millions; its sign is dropped. */
export function moneySpellings(millions: number): string[] {
  const billions = roundTo(Math.abs(millions) / 1000, 1);
  const [whole = '0', tenth = '0'] = billions.toFixed(1).split('.');
  const plain = `${whole}.${tenth}`;
  const trillions = roundTo(billions / 1000, 4).toString();
  const inMillions = group(String(roundTo(billions * 1000, 0)));
  return [
    `${group(whole)}.${tenth}`,
    `$${group(whole)}.${tenth} billion`,
    `${plain}B`,
    `${trillions} trillion`,
    `${inMillions} million`,
  ];
}
