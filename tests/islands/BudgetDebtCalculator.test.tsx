import { afterEach, describe, expect, it } from 'vitest';
import { render as renderToString } from 'preact-render-to-string';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import BudgetDebtCalculator, {
  type BudgetDebtPreset,
} from '../../src/islands/BudgetDebtCalculator';
import ShareableBudgetDebtCalculator from '../../src/islands/shareable/BudgetDebt';

const presets: BudgetDebtPreset[] = [
  {
    id: 'us-2025',
    label: 'U.S. debt in March 2025',
    startDebt: 36_214_310,
    years: 10,
    deficits: 1_815_377,
    interestPercent: 3,
    tradeDeficit: 903_532.4,
    firstYear: 1,
    source: 'Treasury and OMB, via FRED.',
    note: 'The 3% interest rate is an assumption, not data.',
  },
  {
    id: 'last-five',
    label: 'Five fiscal years',
    startDebt: 26_945_391,
    years: 5,
    deficits: [2_773_594, 1_374_171, 1_687_467, 1_815_377, 1_774_684],
    interestPercent: 0,
    tradeDeficit: 903_532.4,
    firstYear: 2021,
    source: 'OMB and Treasury, via FRED.',
    note: 'Interest is set to 0%.',
  },
];

const result = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';

afterEach(() => {
  history.replaceState(null, '', '/');
});

const valueOf = (element: HTMLElement) =>
  element instanceof HTMLInputElement ? element.value : null;

describe('BudgetDebtCalculator', () => {
  it('renders on the server with the debt path, the identity and the trade deficit reason', () => {
    const html = renderToString(<BudgetDebtCalculator presets={presets} />);
    expect(html).toContain('$36.2 trillion');
    expect(html).toContain('End = start + budget deficits + interest');
    expect(html).toContain('adds nothing to the national debt');
    expect(html).toContain('an assumption');
    expect(html).toContain('<table');
    expect(html).toContain('<svg');
    expect(html).not.toContain('NaN');
    expect(html).not.toContain('style=');
  });

  it('adds the five real deficits to the starting debt with no interest', async () => {
    render(<BudgetDebtCalculator presets={presets} />);
    fireEvent.click(screen.getByRole('button', { name: 'Five fiscal years' }));
    await waitFor(() => {
      expect(result('Debt at the end')).toBe('$36.4 trillion');
    });
    expect(screen.getByLabelText<HTMLInputElement>('Deficit in FY2023').value).toBe('1687.467');
    expect(screen.getByRole('table').textContent).toContain('FY2025');
    expect(document.body.textContent).toContain('$9,425.3 billion');
  });

  it('leaves the debt alone when the trade deficit changes', async () => {
    render(<BudgetDebtCalculator presets={presets} />);
    const before = result('Debt at the end');
    fireEvent.input(screen.getByLabelText('Trade deficit every year (for comparison)'), {
      target: { value: '$5 trillion' },
    });
    await waitFor(() => {
      expect(document.body.textContent).toContain('A trade deficit of $5,000 billion a year');
    });
    expect(result('Debt at the end')).toBe(before);
    expect(result('Change from the trade deficit')).toBe('$0');
  });

  it('marks a bad field, keeps the last result and refuses an impossible path with a reason', async () => {
    render(<BudgetDebtCalculator presets={presets} />);
    const before = result('Debt at the end');
    const years = screen.getByLabelText('Number of years');
    fireEvent.input(years, { target: { value: '500' } });
    await waitFor(() => {
      expect(years.getAttribute('aria-invalid')).toBe('true');
    });
    expect(document.body.textContent).toContain('Choose between 1 and 50 years.');
    expect(result('Debt at the end')).toBe(before);
    fireEvent.input(years, { target: { value: '50' } });
    fireEvent.input(screen.getByLabelText(/Interest rate/), { target: { value: '50' } });
    fireEvent.input(screen.getByLabelText('Budget deficit every year'), {
      target: { value: '1000 trillion' },
    });
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toContain('quintillion');
    });
    for (const bad of ['abc', '', '1e400', '--5', '9'.repeat(10_000)]) {
      fireEvent.input(screen.getByLabelText('Debt at the start'), { target: { value: bad } });
      await waitFor(() => {
        expect(screen.getByLabelText('Debt at the start').getAttribute('aria-invalid')).toBe(
          'true',
        );
      });
    }
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('restores a shared link and sets aside a tampered value with a notice', async () => {
    history.replaceState(null, '', '/?ds=1000000&dn=3&dd=100000&dr=%3Cb%3E5%3C%2Fb%3E');
    render(<ShareableBudgetDebtCalculator presets={presets} />);
    await waitFor(() => {
      expect(screen.getByLabelText<HTMLInputElement>('Debt at the start').value).toBe('1000');
    });
    expect(screen.getByLabelText<HTMLInputElement>('Number of years').value).toBe('3');
    expect(screen.getByLabelText<HTMLInputElement>(/Interest rate/).value).toBe('3');
    expect(screen.getByText(/interest rate/, { selector: 'li' }).textContent).toContain('default');
    expect(document.querySelector('.calculator b')).toBeNull();
    // 1,000 + 3 × 100 billion, with 3% interest on each year's opening debt.
    await waitFor(() => {
      expect(result('Debt at the end')).toBe('$1,401.8 billion');
    });
  });

  it('copies a year-by-year link that comes back the same', async () => {
    render(<ShareableBudgetDebtCalculator presets={presets} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Year by year' }));
    fireEvent.input(screen.getByLabelText('Number of years'), { target: { value: '2' } });
    await waitFor(() => {
      expect(screen.getByLabelText('Deficit in Year 2')).toBeTruthy();
    });
    fireEvent.input(screen.getByLabelText('Deficit in Year 2'), { target: { value: '-200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(location.search).toContain('dm=each');
    });
    const link = location.search;
    expect(link).toContain('dl=1815377~-200000');
  });

  it('without sharing (as in a lesson) has no Copy link or Reset and leaves the link alone', async () => {
    history.replaceState(null, '', '/?ds=1000000&dr=%3Cb%3E5%3C%2Fb%3E');
    const plain = document.body.appendChild(document.createElement('div'));
    render(<BudgetDebtCalculator idPrefix="plain" presets={presets} />, { container: plain });
    const before = valueOf(within(plain).getByLabelText('Debt at the start'));
    // A shareable twin on the same page reads the link; by then the plain one would have, too.
    const shared = document.body.appendChild(document.createElement('div'));
    render(<ShareableBudgetDebtCalculator idPrefix="shared" presets={presets} />, {
      container: shared,
    });
    await waitFor(() => {
      expect(valueOf(within(shared).getByLabelText('Debt at the start'))).toBe('1000');
    });
    expect(within(shared).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(valueOf(within(plain).getByLabelText('Debt at the start'))).toBe(before);
    expect(before).not.toBe('1000');
    expect(within(plain).queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(within(plain).queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(plain.textContent).not.toContain('could not be used');
    expect(window.location.search).toBe('?ds=1000000&dr=%3Cb%3E5%3C%2Fb%3E');
  });
});
