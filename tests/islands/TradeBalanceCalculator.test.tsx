import { describe, expect, it } from 'vitest';
import { render as renderToString } from 'preact-render-to-string';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import TradeBalanceCalculator, {
  type TradeBalancePreset,
} from '../../src/islands/TradeBalanceCalculator';

const presets: TradeBalancePreset[] = [
  {
    id: 'us-2024',
    label: 'U.S. 2024',
    mode: 'flows',
    values: { gx: 2_079_777.1, gm: 3_295_180, sx: 1_152_747, sm: 840_876.5 },
    source: 'Census and BEA, annual series.',
  },
  {
    id: 'us-2025-02',
    label: 'U.S. February 2025',
    mode: 'balances',
    values: { gb: -147_000, sb: 24_300 },
    source: 'Census and BEA, April 3, 2025.',
  },
];

describe('TradeBalanceCalculator', () => {
  it('renders on the server with the first preset worked out', () => {
    const html = renderToString(<TradeBalanceCalculator presets={presets} />);
    expect(html).toContain('Goods exports');
    expect(html).toContain('\u2212$903.5 billion');
    expect(html).toContain('aria-live="polite"');
    expect(html).not.toContain('NaN');
  });

  it('recomputes as the reader types, in any money format', async () => {
    render(<TradeBalanceCalculator presets={presets} />);
    fireEvent.input(screen.getByLabelText('Services exports'), {
      target: { value: '$2 trillion' },
    });
    await waitFor(() => {
      expect(screen.getByText('Total trade balance').nextElementSibling?.textContent).toContain(
        '\u2212$56.3 billion',
      );
    });
  });

  it('shows a message beside a bad field and keeps the last good result', async () => {
    render(<TradeBalanceCalculator presets={presets} />);
    const field = screen.getByLabelText('Goods imports');
    fireEvent.input(field, { target: { value: 'abc' } });
    await waitFor(() => {
      expect(field.getAttribute('aria-invalid')).toBe('true');
    });
    const errorId =
      field
        .getAttribute('aria-describedby')
        ?.split(' ')
        .find((id) => id.endsWith('-error')) ?? '';
    expect(document.getElementById(errorId)?.textContent).toMatch(/digits/);
    expect(screen.getByText(/Showing the last result that worked/)).toBeTruthy();
    expect(document.body.textContent).toContain('\u2212$903.5 billion');
  });

  it('refuses negative exports but accepts a negative balance', async () => {
    render(<TradeBalanceCalculator presets={presets} />);
    fireEvent.input(screen.getByLabelText('Goods exports'), { target: { value: '-5' } });
    await waitFor(() => {
      expect(screen.getByText('This amount cannot be negative.')).toBeTruthy();
    });
    fireEvent.click(screen.getByRole('button', { name: 'U.S. February 2025' }));
    await waitFor(() => {
      expect(screen.getByLabelText('Goods balance')).toBeTruthy();
    });
    expect(document.body.textContent).toContain('\u2212$122.7 billion');
    expect(document.body.textContent).toContain('offsets 16.5%');
  });
});
