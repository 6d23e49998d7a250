import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as renderToString } from 'preact-render-to-string';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import BilateralCalculator, { type BilateralPreset } from '../../src/islands/BilateralCalculator';
import ShareableBilateralCalculator from '../../src/islands/shareable/Bilateral';
import { countryTotals, toyWorld } from '../../src/logic/calculators/bilateral';

const presets: BilateralPreset[] = [
  {
    id: 'us-2024',
    label: 'U.S. 2024, top partners',
    partners: [
      { name: 'China', exports: 143_271.7, imports: 440_319.4 },
      { name: 'Mexico', exports: 334_492.1, imports: 503_110.1 },
      { name: 'Netherlands', exports: 88_053.2, imports: 33_982.7 },
    ],
    total: -1_215_402.9,
    source: 'Census (partners) and Census and BEA (total).',
  },
  {
    id: 'toy',
    label: 'A three-country toy world',
    partners: [
      { name: 'China', exports: 0, imports: 100_000 },
      { name: 'Brazil', exports: 100_000, imports: 0 },
    ],
    total: 0,
    source: 'An invented example.',
    world: countryTotals(toyWorld()),
  },
];

const text = () => document.body.textContent;
const valueOf = (element: HTMLElement) =>
  element instanceof HTMLInputElement ? element.value : null;

function setQuery(query: string) {
  window.history.replaceState(null, '', `/calculators/bilateral/${query}`);
}

describe('BilateralCalculator', () => {
  beforeEach(() => {
    setQuery('');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders on the server: balances, their sum, the rest of the world and a chart', () => {
    const html = renderToString(<BilateralCalculator presets={presets} />);
    expect(html).toContain('\u2212$297 billion'); // China
    expect(html).toContain('\u2212$411.6 billion'); // sum: -297047.7 - 168618 + 54070.5
    expect(html).toContain('\u2212$803.8 billion'); // rest of world: -1215402.9 + 411595.2
    expect(html).toContain('aria-sort="none"');
    expect(html).toContain('<svg');
    expect(html).toContain('The largest deficit is with China');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('NaN');
  });

  it('recomputes as the reader edits a row, in any money format', async () => {
    render(<BilateralCalculator presets={presets} />);
    fireEvent.input(screen.getByLabelText('Imports from China'), {
      target: { value: '$143,271.7 million' },
    });
    await waitFor(() => {
      expect(text()).toContain(
        'Trade with the 3 partners listed adds up to a deficit of $114.5 billion.',
      );
    });
  });

  it('marks a bad cell and keeps the last good result', async () => {
    render(<BilateralCalculator presets={presets} />);
    const cell = screen.getByLabelText('Exports to Mexico');
    for (const bad of ['abc', '', '1e400', '-5', '--5', '9'.repeat(10_000)]) {
      fireEvent.input(cell, { target: { value: bad } });
      await waitFor(() => {
        expect(cell.getAttribute('aria-invalid')).toBe('true');
      });
      const errorId = cell.getAttribute('aria-describedby') ?? '';
      expect(document.getElementById(errorId)?.textContent).not.toBe('');
      expect(text()).toContain('Showing the last result that worked');
      expect(text()).toContain('\u2212$803.8 billion');
      expect(text()).not.toMatch(/NaN|Infinity/);
    }
    fireEvent.input(screen.getByLabelText('Name of partner 1'), { target: { value: '  ' } });
    await waitFor(() => {
      expect(text()).toContain('Give each partner a name.');
    });
  });

  it('adds and removes rows, up to sixty', async () => {
    render(<BilateralCalculator presets={presets} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Netherlands' }));
    await waitFor(() => {
      expect(text()).toContain('the 2 partners listed');
    });
    const add = screen.getByRole('button', { name: 'Add a partner' });
    fireEvent.click(add);
    await waitFor(() => {
      expect(document.activeElement?.getAttribute('aria-label')).toBe('Name of partner 3');
    });
    fireEvent.input(screen.getByLabelText('Name of partner 3'), { target: { value: 'Canada' } });
    fireEvent.input(screen.getByLabelText('Imports from Canada'), { target: { value: '411.8' } });
    await waitFor(() => {
      expect(text()).toContain('the 3 partners listed adds up to a deficit of $877.5 billion');
    });
    for (let rows = 3; rows < 60; rows += 1) fireEvent.click(add);
    await waitFor(() => {
      expect(add.hasAttribute('disabled')).toBe(true);
    });
    expect(text()).toContain('The table holds at most 60 partners.');
  });

  it('sorts by a column with the header button and says so with aria-sort', async () => {
    render(<BilateralCalculator presets={presets} />);
    const header = screen.getByRole('button', { name: /^Balance/ });
    fireEvent.click(header);
    await waitFor(() => {
      expect(header.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    });
    const names = () =>
      screen.getAllByRole('textbox', { name: /^Name of partner/ }).map((input) => valueOf(input));
    expect(names()).toEqual(['China', 'Mexico', 'Netherlands']);
    fireEvent.click(header);
    await waitFor(() => {
      expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    });
    expect(names()).toEqual(['Netherlands', 'Mexico', 'China']);
    fireEvent.click(screen.getByRole('button', { name: /^Partner/ }));
    await waitFor(() => {
      expect(names()).toEqual(['China', 'Mexico', 'Netherlands']);
    });
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('none');
  });

  it('shows the toy world: every pair unbalanced, every country balanced', async () => {
    render(<BilateralCalculator presets={presets} />);
    fireEvent.click(screen.getByRole('button', { name: 'A three-country toy world' }));
    const table = await screen.findByRole('table', { name: 'Each country in the toy world' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.lastElementChild?.textContent).toBe('$0');
    expect(text()).toContain('\u2212$100 billion with China');
    expect(text()).toContain('not a scorecard');
  });

  it('round-trips through a link, and sets a tampered value aside as plain text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareableBilateralCalculator presets={presets} />);
    fireEvent.input(screen.getByLabelText('Name of partner 3'), { target: { value: 'Canada' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(writeText).toHaveBeenCalledOnce();
    });
    const copied = window.location.search;
    expect(copied).toContain('Canada');
    document.body.innerHTML = '';

    setQuery(`${copied}&t=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    render(<ShareableBilateralCalculator presets={presets} />);
    await waitFor(() => {
      expect(valueOf(screen.getByLabelText('Name of partner 3'))).toBe('Canada');
    });
    await screen.findByText(/could not be used/);
    expect(text()).toContain('the total balance');
    expect(document.querySelector('.calc-notice img')).toBeNull();
    expect(valueOf(screen.getByLabelText('Balance with the whole world'))).toBe('-1215.4029');
  });

  it('keeps a name with an apostrophe through a link (as a typographic one)', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.resolve() },
      configurable: true,
    });
    render(<ShareableBilateralCalculator presets={presets} />);
    fireEvent.input(screen.getByLabelText('Name of partner 3'), {
      target: { value: "Côte d'Ivoire" },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await screen.findByText('Link copied.');
    const copied = window.location.search;
    document.body.innerHTML = '';
    setQuery(copied);
    render(<ShareableBilateralCalculator presets={presets} />);
    await waitFor(() => {
      expect(valueOf(screen.getByLabelText('Name of partner 3'))).toBe('Côte d’Ivoire');
    });
    expect(text()).not.toContain('could not be used');
  });

  it('without sharing (as in a lesson) has no Copy link or Reset and leaves the link alone', async () => {
    setQuery('?t=-1000000');
    const plain = document.body.appendChild(document.createElement('div'));
    render(<BilateralCalculator idPrefix="plain" presets={presets} />, { container: plain });
    const before = valueOf(within(plain).getByLabelText('Balance with the whole world'));
    // A shareable twin on the same page reads the link; by then the plain one would have, too.
    const shared = document.body.appendChild(document.createElement('div'));
    render(<ShareableBilateralCalculator idPrefix="shared" presets={presets} />, {
      container: shared,
    });
    await waitFor(() => {
      expect(valueOf(within(shared).getByLabelText('Balance with the whole world'))).toBe('-1000');
    });
    expect(within(shared).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(valueOf(within(plain).getByLabelText('Balance with the whole world'))).toBe(before);
    expect(before).not.toBe('-1000');
    expect(within(plain).queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(within(plain).queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(plain.textContent).not.toContain('could not be used');
    expect(window.location.search).toBe('?t=-1000000');
  });
});
