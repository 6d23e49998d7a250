import { afterEach, describe, expect, it } from 'vitest';
import { render as renderToString } from 'preact-render-to-string';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import SavingInvestmentCalculator from '../../src/islands/SavingInvestmentCalculator';
import ShareableSavingInvestmentCalculator from '../../src/islands/shareable/SavingInvestment';

const result = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? '';

afterEach(() => {
  history.replaceState(null, '', '/');
});

const valueOf = (element: HTMLElement) =>
  element instanceof HTMLInputElement ? element.value : null;

describe('SavingInvestmentCalculator', () => {
  it('renders on the server with the identity, a made-up label and the not-a-cause line', () => {
    const html = renderToString(<SavingInvestmentCalculator />);
    expect(html).toContain('Made-up examples');
    expect(html).toContain('not any real country');
    expect(html).toContain('Net exports = private saving + (T − G) − investment');
    expect(html).toContain('does not say which one moves the others');
    expect(html).toContain('$180 billion');
    expect(html).not.toContain('NaN');
    expect(html).not.toContain('style=');
  });

  it('the big-deficit example borrows from abroad', async () => {
    render(<SavingInvestmentCalculator />);
    fireEvent.click(screen.getByRole('button', { name: 'A country with a big budget deficit' }));
    await waitFor(() => {
      expect(result('Net exports')).toBe('\u2212$400 billion');
    });
    expect(result('Public saving (T − G)')).toBe('\u2212$300 billion');
    expect(result('National saving')).toBe('$600 billion');
    expect(document.body.textContent).toContain('budget deficit of $300 billion');
  });

  it('recomputes in any money format and refuses negative taxes with a reason', async () => {
    render(<SavingInvestmentCalculator />);
    fireEvent.input(screen.getByLabelText('Investment (buildings, equipment, homes)'), {
      target: { value: '$1.2 trillion' },
    });
    await waitFor(() => {
      expect(result('Net exports')).toBe('\u2212$220 billion');
    });
    const taxes = screen.getByLabelText('Tax revenue (T)');
    fireEvent.input(taxes, { target: { value: '-5' } });
    await waitFor(() => {
      expect(taxes.getAttribute('aria-invalid')).toBe('true');
    });
    expect(document.body.textContent).toContain('cannot be negative');
    expect(result('Net exports')).toBe('\u2212$220 billion');
    for (const bad of ['abc', '', '1e400', '--5', '9'.repeat(10_000)]) {
      fireEvent.input(taxes, { target: { value: bad } });
      await waitFor(() => {
        expect(taxes.getAttribute('aria-invalid')).toBe('true');
      });
    }
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('restores a shared link and sets aside a tampered value with a notice', async () => {
    history.replaceState(null, '', '/?sp=500000&si=600000&st=%22%3E%3Cscript%3Ex%3C%2Fscript%3E');
    render(<ShareableSavingInvestmentCalculator />);
    await waitFor(() => {
      expect(result('Net exports')).toBe('\u2212$120 billion');
    });
    expect(screen.getByText(/tax revenue/, { selector: 'li' }).textContent).toContain('default');
    expect(document.querySelector('.calculator script')).toBeNull();
    expect(
      screen
        .getByRole('button', { name: 'A country that saves more than it invests' })
        .getAttribute('aria-pressed'),
    ).toBe('false');
  });

  it('without sharing (as in a lesson) has no Copy link or Reset and leaves the link alone', async () => {
    history.replaceState(null, '', '/?sp=500000&st=%3Cscript%3E');
    const plain = document.body.appendChild(document.createElement('div'));
    render(<SavingInvestmentCalculator idPrefix="plain" />, { container: plain });
    const before = valueOf(
      within(plain).getByLabelText('Private saving (households and businesses)'),
    );
    // A shareable twin on the same page reads the link; by then the plain one would have, too.
    const shared = document.body.appendChild(document.createElement('div'));
    render(<ShareableSavingInvestmentCalculator idPrefix="shared" />, { container: shared });
    await waitFor(() => {
      expect(
        valueOf(within(shared).getByLabelText('Private saving (households and businesses)')),
      ).toBe('500');
    });
    expect(within(shared).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(
      valueOf(within(plain).getByLabelText('Private saving (households and businesses)')),
    ).toBe(before);
    expect(before).not.toBe('500');
    expect(within(plain).queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(within(plain).queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(plain.textContent).not.toContain('could not be used');
    expect(window.location.search).toBe('?sp=500000&st=%3Cscript%3E');
  });
});
