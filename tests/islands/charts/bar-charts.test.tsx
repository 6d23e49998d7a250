import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import BalanceBars from '../../../src/islands/BalanceBars';
import DebtChart from '../../../src/islands/budget/DebtChart';
import SavingBars from '../../../src/islands/saving/SavingBars';
import PriceSplit from '../../../src/islands/tariff/PriceSplit';

const number = (element: Element, attribute: string) => Number(element.getAttribute(attribute));

describe('the four calculator charts', () => {
  it.each([
    [
      'balance-bars',
      'Goods and services',
      <BalanceBars
        title="Goods and services"
        description="A sentence."
        bars={[{ label: 'Goods', value: -5 }]}
      />,
    ],
    [
      'saving-bars',
      'Saving, investment and the gap between them',
      <SavingBars nationalSaving={3} investment={4} netExports={-1} description="A sentence." />,
    ],
    [
      'price-split',
      'Where the price and the tariff go, per unit',
      <PriceSplit price={100} passedOn={10} absorbed={15} description="A sentence." />,
    ],
    [
      'debt-chart',
      'The debt, year by year',
      <DebtChart columns={[{ label: 'Year 0', debt: 10 }]} description="A sentence." />,
    ],
  ])('%s is one image named by its sentence, under its caption', (name, caption, chart) => {
    const { container } = render(chart);
    const figure = container.querySelector('figure');
    expect(figure?.className).toBe(name);
    expect(figure?.querySelector('figcaption')?.textContent).toBe(caption);
    const image = screen.getByRole('img', { name: 'A sentence.' });
    expect(image.getAttribute('viewBox')).toMatch(/^0 0 420 \d+$/);
    expect(image.getAttribute('focusable')).toBe('false');
  });
});

describe('BalanceBars', () => {
  it('draws a deficit left of zero and a surplus right of it, each with its value', () => {
    const { container } = render(
      <BalanceBars
        title="Balances"
        description="A sentence."
        bars={[
          { label: 'Goods', value: -100 },
          { label: 'Services', value: 10 },
        ]}
      />,
    );
    const zero = number(container.querySelector('.zero-line') ?? container, 'x1');
    const deficit = container.querySelector('.bar-deficit rect') ?? container;
    const surplus = container.querySelector('.bar-surplus rect') ?? container;
    expect(number(deficit, 'x') + number(deficit, 'width')).toBeCloseTo(zero);
    expect(number(surplus, 'x')).toBe(zero);
    expect(container.querySelector('.bar-deficit .bar-label')?.textContent).toBe('Goods');
    // The long bar holds its value; the short one has it outside, in the text colour.
    expect(container.querySelector('.bar-deficit .bar-value')?.classList.contains('inside')).toBe(
      true,
    );
    expect(container.querySelector('.bar-surplus .bar-value')?.classList.contains('inside')).toBe(
      false,
    );
  });
});

describe('PriceSplit', () => {
  it('stacks the tariff passed on after the price, and writes $0 for an empty row', () => {
    const { container } = render(
      <PriceSplit price={100} passedOn={0} absorbed={0} description="A sentence." />,
    );
    const price = container.querySelector('.split-price') ?? container;
    expect(number(price, 'x')).toBe(92);
    expect(container.querySelectorAll('.split-passed, .split-absorbed')).toHaveLength(0);
    expect(container.querySelector('.bar-value')?.textContent).toBe('$0');
  });
});

describe('DebtChart', () => {
  it('tops each year after the first with what it added or took away', () => {
    const { container } = render(
      <DebtChart
        description="A sentence."
        columns={[
          { label: 'Year 0', debt: 100 },
          { label: 'Year 1', debt: 150, before: 100 },
          { label: 'Year 2', debt: 120, before: 150 },
        ]}
      />,
    );
    expect(container.querySelectorAll('.debt-stock')).toHaveLength(3);
    expect(container.querySelectorAll('.debt-flow')).toHaveLength(2);
    expect(container.querySelectorAll('.debt-flow.down')).toHaveLength(1);
    const axis = Array.from(container.querySelectorAll('.debt-axis'), (text) => text.textContent);
    expect(axis.slice(0, 2)).toEqual(['Year 0', 'Year 2']);
  });
});
