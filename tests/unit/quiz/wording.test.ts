import { describe, expect, it } from 'vitest';
import { quoted } from '../../../src/logic/quiz/wording';

describe('quoted', () => {
  it('wraps an option in curly quotes without its closing full stop', () => {
    expect(quoted('A German tourist pays for a hotel in New York.')).toBe(
      '“A German tourist pays for a hotel in New York”',
    );
    expect(quoted('China')).toBe('“China”');
  });

  it('keeps a question mark, which changes the meaning', () => {
    expect(quoted('Who pays the tariff?')).toBe('“Who pays the tariff?”');
  });
});
