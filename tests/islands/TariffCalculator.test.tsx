import { afterEach, describe, expect, it } from 'vitest';
import { render as renderToString } from 'preact-render-to-string';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { TARIFF_MODEL_LEAVES_OUT } from '../../src/logic/calculators/tariff';
import TariffCalculator, { type TariffRatePreset } from '../../src/islands/TariffCalculator';
import ShareableTariffCalculator from '../../src/islands/shareable/Tariff';

const presets: TariffRatePreset[] = [
  { id: '25', label: '25%: Mexico and Canada', ratePercent: 25, source: 'The White House, 2025.' },
  { id: '145', label: '145%: China', ratePercent: 145, source: 'The White House, 2025.' },
];

const result = (label: string) => screen.getByText(label).nextElementSibling?.textContent ?? '';

afterEach(() => {
  history.replaceState(null, '', '/');
});

const valueOf = (element: HTMLElement) =>
  element instanceof HTMLInputElement ? element.value : null;

describe('TariffCalculator', () => {
  it('renders on the server: 25% on $100 fully passed on is $125', () => {
    const html = renderToString(
      <TariffCalculator presets={presets} leavesOut={TARIFF_MODEL_LEAVES_OUT} />,
    );
    expect(html).toContain('Import price per unit');
    expect(html).toContain('$125');
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('substitution');
    expect(html).not.toContain('NaN');
    expect(html).not.toContain('style=');
  });

  it('works out the 145% preset, a partial pass-through and the revenue', async () => {
    render(<TariffCalculator presets={presets} leavesOut={TARIFF_MODEL_LEAVES_OUT} />);
    fireEvent.click(screen.getByRole('button', { name: /145%/ }));
    fireEvent.input(screen.getByLabelText('Share of the tariff passed on to buyers, %'), {
      target: { value: '40%' },
    });
    fireEvent.input(screen.getByLabelText('Units imported'), { target: { value: '2.5 million' } });
    await waitFor(() => {
      expect(result('Tariff per unit')).toBe('$145');
    });
    expect(result('Price to the buyer')).toContain('$158');
    expect(result('Absorbed by the importer, per unit')).toBe('$87');
    expect(result('Tariff revenue on 2,500,000 units')).toBe('$362.5 million');
  });

  it('shows a message beside a bad field and keeps the last good result', async () => {
    render(<TariffCalculator presets={presets} leavesOut={TARIFF_MODEL_LEAVES_OUT} />);
    const field = screen.getByLabelText('Import price per unit');
    for (const bad of ['abc', '', '1e400', '-0', '--5', '9'.repeat(10_000)]) {
      fireEvent.input(field, { target: { value: bad } });
      if (bad === '-0') {
        await waitFor(() => {
          expect(result('Price to the buyer')).toContain('$0');
        });
        continue;
      }
      await waitFor(() => {
        expect(field.getAttribute('aria-invalid')).toBe('true');
      });
      const errorId = field.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
      expect(document.getElementById(errorId)?.textContent).not.toBe('');
    }
    expect(document.body.textContent).not.toContain('NaN');
    expect(document.body.textContent).not.toContain('Infinity');
    expect(screen.getByText(/Showing the last result that worked/)).toBeTruthy();
  });

  it('restores a shared link and sets aside a tampered value with a notice', async () => {
    history.replaceState(null, '', '/?tp=2000&tr=10&ts=50&tv=%3Cimg%20src%3Dx%3E');
    render(<ShareableTariffCalculator presets={presets} leavesOut={TARIFF_MODEL_LEAVES_OUT} />);
    await waitFor(() => {
      expect(result('Price to the buyer')).toContain('$21');
    });
    expect(screen.getByLabelText<HTMLInputElement>('Import price per unit').value).toBe('20');
    expect(screen.getByLabelText<HTMLInputElement>('Units imported').value).toBe('1,000');
    expect(screen.getByText(/number of units/).textContent).toContain('default');
    expect(document.querySelector('.calculator img')).toBeNull();
  });

  it('copies a link that round-trips and resets to the start', async () => {
    render(<ShareableTariffCalculator presets={presets} leavesOut={TARIFF_MODEL_LEAVES_OUT} />);
    fireEvent.input(screen.getByLabelText('Tariff rate, %'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(location.search).toBe('?tr=10');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => {
      expect(screen.getByLabelText<HTMLInputElement>('Tariff rate, %').value).toBe('25');
    });
    expect(location.search).toBe('');
  });

  it('without sharing (as in a lesson) has no Copy link or Reset and leaves the link alone', async () => {
    history.replaceState(null, '', '/?tp=2000&tv=%3Cimg%20src%3Dx%3E');
    const plain = document.body.appendChild(document.createElement('div'));
    render(
      <TariffCalculator idPrefix="plain" presets={presets} leavesOut={TARIFF_MODEL_LEAVES_OUT} />,
      { container: plain },
    );
    const before = valueOf(within(plain).getByLabelText('Import price per unit'));
    // A shareable twin on the same page reads the link; by then the plain one would have, too.
    const shared = document.body.appendChild(document.createElement('div'));
    render(
      <ShareableTariffCalculator
        idPrefix="shared"
        presets={presets}
        leavesOut={TARIFF_MODEL_LEAVES_OUT}
      />,
      { container: shared },
    );
    await waitFor(() => {
      expect(valueOf(within(shared).getByLabelText('Import price per unit'))).toBe('20');
    });
    expect(within(shared).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(valueOf(within(plain).getByLabelText('Import price per unit'))).toBe(before);
    expect(before).not.toBe('20');
    expect(within(plain).queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(within(plain).queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(plain.textContent).not.toContain('could not be used');
    expect(window.location.search).toBe('?tp=2000&tv=%3Cimg%20src%3Dx%3E');
  });
});
