import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render as renderToString } from 'preact-render-to-string';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import ChangeCalculator, { type ChangePreset } from '../../src/islands/ChangeCalculator';
import ShareableChangeCalculator from '../../src/islands/shareable/Change';

const presets: ChangePreset[] = [
  {
    id: 'first-published',
    label: '2023 → 2024, first published',
    earlier: -784_892,
    later: -918_416,
    earlierLabel: '2023',
    laterLabel: '2024',
    source: 'Census and BEA, 5 February 2025.',
  },
  {
    id: 'revised',
    label: '2023 → 2024, revised',
    earlier: -774_204.8,
    later: -903_532.4,
    earlierLabel: '2023',
    laterLabel: '2024',
    source: 'Census and BEA, June 2025.',
  },
];

function setQuery(query: string) {
  window.history.replaceState(null, '', `/calculators/change/${query}`);
}

const text = () => document.body.textContent;
const valueOf = (element: HTMLElement) =>
  element instanceof HTMLInputElement ? element.value : null;

describe('ChangeCalculator', () => {
  beforeEach(() => {
    setQuery('');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders on the server with the first preset in news wording', () => {
    const html = renderToString(<ChangeCalculator presets={presets} />);
    expect(html).toContain('The deficit widened by $133.5 billion (17.0%) from 2023 to 2024');
    expect(html).toContain('Source: Census and BEA');
    expect(html).toContain('<svg');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('NaN');
  });

  it('rewords the headline as the reader types', async () => {
    render(<ChangeCalculator presets={presets} />);
    fireEvent.input(screen.getByLabelText('Balance in the later period'), {
      target: { value: '($776.1 billion)' },
    });
    await waitFor(() => {
      expect(text()).toContain('The deficit narrowed by $8.8 billion (1.1%) from 2023 to 2024');
    });
    fireEvent.input(screen.getByLabelText('Balance in the later period'), {
      target: { value: '12.5' },
    });
    await waitFor(() => {
      expect(text()).toContain('turned into a surplus');
    });
    expect(text()).toContain('No percent: the balance crossed or touched zero');
  });

  it('handles a zero base without dividing by zero', async () => {
    render(<ChangeCalculator presets={presets} />);
    fireEvent.input(screen.getByLabelText('Balance in the earlier period'), {
      target: { value: '0' },
    });
    await waitFor(() => {
      expect(text()).toContain('No percent');
    });
    expect(text()).not.toMatch(/NaN|Infinity/);
  });

  it('marks a bad field and keeps the last good result', async () => {
    render(<ChangeCalculator presets={presets} />);
    const field = screen.getByLabelText('Balance in the earlier period');
    for (const bad of ['abc', '', '1e400', '--5', '9'.repeat(10_000)]) {
      fireEvent.input(field, { target: { value: bad } });
      await waitFor(() => {
        expect(field.getAttribute('aria-invalid')).toBe('true');
      });
      const errorId = field
        .getAttribute('aria-describedby')
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      expect(document.getElementById(errorId ?? '')?.textContent).not.toBe('');
      expect(text()).toContain('widened by $133.5 billion');
      expect(text()).toContain('Showing the last result that worked');
      expect(text()).not.toMatch(/NaN|Infinity/);
    }
  });

  it('reads a shared link, and sets a tampered value aside with a plain-text notice', async () => {
    setQuery('?e=-774204.8&l=%3Cscript%3Ealert(1)%3C%2Fscript%3E&el=Year%20one');
    render(<ShareableChangeCalculator presets={presets} />);
    await waitFor(() => {
      expect(text()).toContain('could not be used');
    });
    expect(text()).toContain('the later balance');
    expect(document.querySelector('script')).toBeNull();
    expect(valueOf(screen.getByLabelText('Balance in the earlier period'))).toBe('-774.2048');
    expect(valueOf(screen.getByLabelText('Balance in the later period'))).toBe('-918.416');
    expect(text()).toContain('from Year one to 2024');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => {
      expect(text()).not.toContain('could not be used');
    });
  });

  it('copies a link that restores the state, and resets to the defaults', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ShareableChangeCalculator presets={presets} />);
    fireEvent.click(screen.getByRole('button', { name: '2023 → 2024, revised' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(writeText).toHaveBeenCalledOnce();
    });
    expect(window.location.search).toBe('?e=-774204.8&l=-903532.4');
    await waitFor(() => {
      expect(text()).toContain('Link copied.');
    });

    // The copied link, opened fresh, shows the same figures.
    document.body.innerHTML = '';
    render(<ShareableChangeCalculator presets={presets} />);
    await waitFor(() => {
      expect(text()).toContain('The deficit widened by $129.3 billion (16.7%) from 2023 to 2024');
    });

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    await waitFor(() => {
      expect(text()).toContain('widened by $133.5 billion (17.0%)');
    });
    expect(window.location.search).toBe('');
  });

  it('shows the link in a field when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    render(<ShareableChangeCalculator presets={presets} />);
    fireEvent.input(screen.getByLabelText('Name of the later period'), {
      target: { value: 'Next' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => {
      expect(valueOf(screen.getByLabelText('Link to these figures'))).toContain('ll=Next');
    });
  });

  it('without sharing (as in a lesson) has no Copy link or Reset and leaves the link alone', async () => {
    setQuery('?e=-774204.8&l=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    const plain = document.body.appendChild(document.createElement('div'));
    render(<ChangeCalculator idPrefix="plain" presets={presets} />, { container: plain });
    const before = valueOf(within(plain).getByLabelText('Balance in the earlier period'));
    // A shareable twin on the same page reads the link; by then the plain one would have, too.
    const shared = document.body.appendChild(document.createElement('div'));
    render(<ShareableChangeCalculator idPrefix="shared" presets={presets} />, {
      container: shared,
    });
    await waitFor(() => {
      expect(valueOf(within(shared).getByLabelText('Balance in the earlier period'))).toBe(
        '-774.2048',
      );
    });
    expect(within(shared).getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(valueOf(within(plain).getByLabelText('Balance in the earlier period'))).toBe(before);
    expect(before).not.toBe('-774.2048');
    expect(within(plain).queryByRole('button', { name: 'Copy link' })).toBeNull();
    expect(within(plain).queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(plain.textContent).not.toContain('could not be used');
    expect(window.location.search).toBe('?e=-774204.8&l=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  });
});
