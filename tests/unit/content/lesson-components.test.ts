import { describe, expect, it } from 'vitest';
import {
  componentProblem,
  FootnoteOrder,
  printsFootnote,
  type AttributeValue,
  type KnownIds,
} from '../../../src/logic/content/lesson-components';

const known: KnownIds = {
  figures: new Set(['us-trade-balance-2024', 'us-tariff-china-2025-04']),
  terms: new Set(['trade-deficit', 'vintage']),
  charts: new Set(['annual-balance-1991-2025']),
  calculators: new Set(['trade-balance', 'tariff']),
  claims: new Set(['deficit-every-year']),
};

const attributes = (entries: Readonly<Record<string, AttributeValue>>) =>
  new Map(Object.entries(entries));

const problem = (name: string | null, entries: Readonly<Record<string, AttributeValue>>) =>
  componentProblem(name, attributes(entries), known);

describe('componentProblem', () => {
  it('accepts each component that names something that exists', () => {
    expect(problem('Figure', { id: 'us-trade-balance-2024', abs: null })).toBeUndefined();
    expect(problem('Spellings', { id: 'us-trade-balance-2024' })).toBeUndefined();
    expect(problem('Term', { id: 'trade-deficit' })).toBeUndefined();
    expect(problem('Chart', { id: 'annual-balance-1991-2025' })).toBeUndefined();
    expect(problem('Calculator', { slug: 'tariff' })).toBeUndefined();
    expect(problem('Claim', { id: 'deficit-every-year' })).toBeUndefined();
  });

  it('ignores elements that are not the lesson components', () => {
    expect(problem('Callout', { kind: 'example' })).toBeUndefined();
    expect(problem('figure', { id: 'nothing' })).toBeUndefined();
    expect(problem(null, { id: 'nothing' })).toBeUndefined();
  });

  it('names the list each kind of id must be in', () => {
    expect(problem('Figure', { id: 'us-trade-balance-1066' })).toBe(
      '<Figure id="us-trade-balance-1066"> names nothing in content/data/figures.yaml',
    );
    expect(problem('Spellings', { id: 'nope' })).toBe(
      '<Spellings id="nope"> names nothing in content/data/figures.yaml',
    );
    expect(problem('Term', { id: 'trade-defecit' })).toBe(
      '<Term id="trade-defecit"> names nothing in content/glossary.yaml',
    );
    expect(problem('Chart', { id: 'annual-balance' })).toBe(
      '<Chart id="annual-balance"> names nothing in the charts in src/lib/charts',
    );
    expect(problem('Calculator', { slug: 'budget' })).toBe(
      '<Calculator slug="budget"> names nothing in src/lib/calculators.ts',
    );
    expect(problem('Claim', { id: 'deficit-some-years' })).toBe(
      '<Claim id="deficit-some-years"> names nothing in content/data/claims.yaml',
    );
  });

  it('does not take an id of one kind for another', () => {
    expect(problem('Term', { id: 'us-trade-balance-2024' })).toBe(
      '<Term id="us-trade-balance-2024"> names nothing in content/glossary.yaml',
    );
    expect(problem('Figure', { id: 'trade-deficit' })).toMatch(/names nothing/);
  });

  it('asks for the attribute when it is missing or has no value', () => {
    expect(problem('Figure', {})).toBe('<Figure> needs id="…"');
    expect(problem('Term', { id: null })).toBe('<Term> needs id="…"');
    // A calculator is named by its slug, not an id.
    expect(problem('Calculator', { id: 'tariff' })).toBe('<Calculator> needs slug="…"');
  });

  it('asks for plain text instead of an expression, which cannot be checked', () => {
    expect(problem('Figure', { id: { expression: 'figureId' } })).toBe(
      '<Figure id={…}>: write the id as plain text in quotes, so it can be checked',
    );
    expect(problem('Calculator', { slug: { expression: '"tariff"' } })).toBe(
      '<Calculator slug={…}>: write the slug as plain text in quotes, so it can be checked',
    );
  });
});

describe('FootnoteOrder', () => {
  it('numbers figures by their first appearance, and keeps a figure’s number', () => {
    const order = new FootnoteOrder();
    expect(order.numberOf('b')).toBe(1);
    expect(order.numberOf('a')).toBe(2);
    expect(order.numberOf('b')).toBe(1);
    expect(order.numberOf('c')).toBe(3);
    expect(order.ids()).toEqual(['b', 'a', 'c']);
  });

  it('lists figures printed only for their period after the numbered ones', () => {
    const order = new FootnoteOrder();
    order.mention('latest-month');
    order.numberOf('balance');
    order.mention('release-day');
    order.numberOf('share');
    expect(order.ids()).toEqual(['balance', 'share', 'latest-month', 'release-day']);
  });

  it('lists a figure once when it is both mentioned and numbered, at its number', () => {
    const order = new FootnoteOrder();
    order.mention('balance');
    order.mention('balance');
    expect(order.numberOf('balance')).toBe(1);
    order.mention('balance');
    expect(order.ids()).toEqual(['balance']);
  });

  it('is empty for a lesson with no figures', () => {
    expect(new FootnoteOrder().ids()).toEqual([]);
  });
});

describe('printsFootnote', () => {
  it('is true for a figure shown as its value or a change', () => {
    expect(printsFootnote(undefined)).toBe(true);
    expect(printsFootnote(null)).toBe(true);
    expect(printsFootnote('value')).toBe(true);
    expect(printsFootnote('change')).toBe(true);
  });

  it('is false for a figure shown as its period or release date', () => {
    expect(printsFootnote('period')).toBe(false);
    expect(printsFootnote('released')).toBe(false);
  });
});
