import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as renderToString } from 'preact-render-to-string';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import TradeBalanceCalculator, {
  type TradeBalancePreset,
} from '../../src/islands/TradeBalanceCalculator';
import ShareableTradeBalanceCalculator from '../../src/islands/shareable/TradeBalance';

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

const text = () => document.body.textContent;
const valueOf = (element: HTMLElement) =>
  element instanceof HTMLInputElement ? element.value : null;

function setQuery(query: string) {
  window.history.replaceState(null, '', `/calculators/trade-balance/${query}`);
}

describe('TradeBalanceCalculator', () => {
  beforeEach(() => {
    setQuery('');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

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

  it('fills in the balances of the U.S. 2024 flows when the reader switches to balances', async () => {
    render(<TradeBalanceCalculator presets={presets} />);
    fireEvent.click(screen.getByLabelText('Goods and services balances'));
    await waitFor(() => {
      expect(valueOf(screen.getByLabelText('Goods balance'))).toBe('-1215.4029');
    });
    expect(valueOf(screen.getByLabelText('Services balance'))).toBe('311.8705');
    expect(text()).toContain('\u2212$903.5 billion');
  });

  it('reads a shared link and sets tampered values aside with a plain-text notice', async () => {
    setQuery('?gx=%3Cscript%3Ealert(1)%3C%2Fscript%3E&gm=1e999&sx=2000000');
    render(<ShareableTradeBalanceCalculator presets={presets} />);
    await screen.findByText(/could not be used/);
    expect(text()).toContain('goods exports');
    expect(text()).toContain('goods imports');
    expect(document.querySelector('.calculator script')).toBeNull();
    expect(valueOf(screen.getByLabelText('Goods exports'))).toBe('2079.7771');
    expect(valueOf(screen.getByLabelText('Goods imports'))).toBe('3295.18');
    expect(valueOf(screen.getByLabelText('Services exports'))).toBe('2000');
    expect(screen.getByText('Total trade balance').nextElementSibling?.textContent).toContain(
      '\u2212$56.3 billion',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => {
      expect(text()).not.toContain('could not be used');
    });
    expect(document.activeElement?.textContent).toBe('Copy link');
  });

  it('copies a link that restores the state, and Reset goes back to U.S. 2024', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareableTradeBalanceCalculator presets={presets} />);
    fireEvent.click(screen.getByRole('button', { name: 'U.S. February 2025' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(writeText).toHaveBeenCalledOnce();
    });
    expect(window.location.search).toBe('?mode=balances&gb=-147000&sb=24300');
    await screen.findByText('Link copied.');

    document.body.innerHTML = '';
    render(<ShareableTradeBalanceCalculator presets={presets} />);
    await waitFor(() => {
      expect(valueOf(screen.getByLabelText('Goods balance'))).toBe('-147');
    });
    expect(text()).toContain('\u2212$122.7 billion');

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => {
      expect(valueOf(screen.getByLabelText('Goods exports'))).toBe('2079.7771');
    });
    expect(window.location.search).toBe('');
    expect(text()).toContain('\u2212$903.5 billion');
  });

  it('without sharing (as in a lesson) has no Copy link or Reset and leaves the link alone', async () => {
    setQuery('?sx=2000000&gm=1e999');
    const plain = document.body.appendChild(document.createElement('div'));
    render(<TradeBalanceCalculator idPrefix="plain" presets={presets} />, { container: plain });
    const before = valueOf(within(plain).getByLabelText('Services exports'));
    // A shareable twin on the same page reads the link; by then the plain one would have, too.
    const shared = document.body.appendChild(document.createElement('div'));
    render(<ShareableTradeBalanceCalculator idPrefix="shared" presets={presets} />, {
      container: shared,
    });
    await waitFor(() => {
      expect(valueOf(within(shared).getByLabelText('Services exports'))).toBe('2000');
    });
    expect(within(shared).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(valueOf(within(plain).getByLabelText('Services exports'))).toBe(before);
    expect(before).not.toBe('2000');
    expect(within(plain).queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(within(plain).queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(plain.textContent).not.toContain('could not be used');
    expect(window.location.search).toBe('?sx=2000000&gm=1e999');
  });
});
