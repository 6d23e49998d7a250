/**
 * Journeys through the trade-balance, bilateral and change calculators on their own pages:
 * presets give the published figures, every field survives nonsense, a copied link restores the
 * state, and a tampered link falls back with a plain-text notice. Inside a lesson a calculator
 * does not share: it links to its own page instead.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { describeChange } from '../../src/logic/balance';
import { formatMoneyDetailed } from '../../src/logic/money';
import { figure, periodOf, shown } from './data';
import { expect, test, wakeIslands } from './fixtures';

const NASTY = ['abc', '', '1e400', '-0', '--5', '9'.repeat(10_000)];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function open(page: Page, slug: string, query = ''): Promise<Locator> {
  await page.goto(`/calculators/${slug}/${query}`);
  await wakeIslands(page);
  return page.locator(`[data-calculator="${slug}"]`);
}

/** Types each nasty value into a field: it is marked (or, for -0, read as zero), never NaN. */
async function survivesNonsense(calculator: Locator, field: Locator, good: string) {
  for (const value of NASTY) {
    await field.fill(value);
    if (value === '-0') {
      await expect(field).toHaveAttribute('aria-invalid', 'false');
    } else {
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      const errorId = (await field.getAttribute('aria-describedby'))
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      expect(errorId).toBeTruthy();
      await expect(calculator.locator(`[id="${errorId ?? ''}"]`)).not.toBeEmpty();
      await expect(calculator.locator('.calc-stale')).toBeVisible();
    }
    await expect(calculator.locator('.calc-results')).toBeVisible();
    await expect(calculator.locator('.calc-results svg rect').first()).toBeAttached();
    await expect(calculator).not.toContainText(/NaN|Infinity|undefined/);
  }
  await field.fill(good);
  await expect(field).toHaveAttribute('aria-invalid', 'false');
}

/** Copies the link and returns it; the address bar carries it too. */
async function copyLink(page: Page, calculator: Locator): Promise<string> {
  await calculator.getByRole('button', { name: 'Copy link' }).click();
  await expect(calculator.locator('.calc-share [role="status"]')).toContainText(
    /Link copied|select it and copy it/,
  );
  return page.url();
}

/** A tampered link: the notice names the field, the default is used, nothing is injected. */
async function fallsBack(page: Page, slug: string, key: string, field: string, label: RegExp) {
  // An injected script would open a dialog.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const bad of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '1e999']) {
    const calculator = await open(page, slug, `?${key}=${encodeURIComponent(bad)}`);
    const notice = calculator.locator('.calc-notice');
    await expect(notice).toContainText(label);
    await expect(notice).toContainText('is used instead');
    await expect(calculator.locator('script, img')).toHaveCount(0);
    const defaultValue = await calculator.getByLabel(field, { exact: true }).inputValue();
    expect(defaultValue).not.toContain('<');
    expect(defaultValue).not.toBe('');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
    await expect(calculator.getByRole('button', { name: 'Copy link' })).toBeFocused();
  }
  expect(dialogs).toEqual([]);
}

const latestTotal = shown('us-trade-balance-latest-year-split');

test.describe('trade-balance calculator page', () => {
  test('presets give the published balances', async ({ page }) => {
    const calculator = await open(page, 'trade-balance');
    await expect(calculator.locator('.calc-total')).toContainText(latestTotal);
    await calculator.getByRole('button', { name: /^U.S. February 2025/ }).click();
    await expect(calculator.locator('.calc-total')).toContainText('\u2212$122.7 billion');
    await expect(calculator.locator('.calc-source')).toContainText('February 2025');
  });

  test('every field survives nonsense', async ({ page }) => {
    const calculator = await open(page, 'trade-balance');
    for (const label of ['Goods exports', 'Goods imports', 'Services exports', 'Services imports'])
      await survivesNonsense(calculator, calculator.getByLabel(label, { exact: true }), '100');
    await calculator.getByLabel('Goods and services balances').check();
    for (const label of ['Goods balance', 'Services balance'])
      await survivesNonsense(calculator, calculator.getByLabel(label, { exact: true }), '-100');
  });

  test('a copied link restores the state, and Reset clears it', async ({ page, context }) => {
    const calculator = await open(page, 'trade-balance');
    await calculator.getByLabel('Services exports', { exact: true }).fill('$2 trillion');
    const link = await copyLink(page, calculator);
    expect(new URL(link).search).toBe('?sx=2000000');

    const again = await context.newPage();
    await again.goto(link);
    await wakeIslands(again);
    const restored = again.locator('[data-calculator="trade-balance"]');
    await expect(restored.getByLabel('Services exports', { exact: true })).toHaveValue('2000');
    // The latest year's flows with services exports of $2 trillion instead of the real ones.
    const balance =
      figure('us-trade-balance-latest-year-split').value -
      figure('us-services-exports-latest-year').value +
      2_000_000;
    await expect(restored.locator('.calc-total')).toContainText(formatMoneyDetailed(balance));

    await restored.getByRole('button', { name: 'Reset' }).click();
    await expect(restored.locator('.calc-total')).toContainText(latestTotal);
    expect(new URL(again.url()).search).toBe('');
  });

  test('a tampered link falls back with a notice', async ({ page }) => {
    await fallsBack(page, 'trade-balance', 'gx', 'Goods exports', /goods exports/);
  });
});

test.describe('a calculator in a lesson', () => {
  test('links to its own page instead of sharing, and ignores the lesson’s query', async ({
    page,
  }) => {
    // On the calculator's page this link would show a services surplus of $2 trillion.
    await page.goto('/lessons/trade-balance-basics/?sx=2000000');
    await wakeIslands(page);
    const calculator = page.locator('[data-calculator="trade-balance"]');
    await expect(calculator.locator('.calc-total')).toContainText(latestTotal);
    await expect(calculator.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await expect(calculator.getByRole('button', { name: 'Reset' })).toHaveCount(0);
    await expect(calculator.locator('.calc-notice')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('?sx=2000000');

    const own = page.getByRole('link', { name: 'Open this calculator on its own page' });
    await expect(own).toHaveCount(1);
    await expect(own).toHaveAttribute('href', /\/calculators\/trade-balance\/$/);
    await own.click();
    await expect(page).toHaveURL(/\/calculators\/trade-balance\/$/);
    await wakeIslands(page);
    await expect(
      page.locator('[data-calculator="trade-balance"]').getByRole('button', { name: 'Copy link' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Open this calculator on its own page' }),
    ).toHaveCount(0);
  });
});

test.describe('bilateral calculator page', () => {
  test('the 2024 preset gives the published partner balances and names its sources', async ({
    page,
  }) => {
    const calculator = await open(page, 'bilateral');
    const china = calculator.locator('tbody tr').filter({
      has: page.getByLabel('Imports from China'),
    });
    await expect(china).toContainText('\u2212$297 billion');
    await expect(calculator.locator('.calc-total')).toContainText('\u2212$1,215.4 billion');
    await expect(calculator.locator('.calc-source')).toContainText('Census basis');
    await expect(calculator.locator('.calc-source')).toContainText('balance-of-payments basis');
    await expect(calculator.locator('.calc-chart svg')).toHaveAttribute('aria-describedby', /.+/);
  });

  test('the toy world shows every pair unbalanced and every total zero', async ({ page }) => {
    const calculator = await open(page, 'bilateral');
    await calculator.getByRole('button', { name: 'A three-country toy world' }).click();
    const world = calculator.getByRole('table', { name: 'Each country in the toy world' });
    await expect(world.locator('tbody tr')).toHaveCount(3);
    for (const cell of await world.locator('tbody tr td:last-child').all())
      await expect(cell).toHaveText('$0');
    await expect(calculator.locator('.calc-results')).toContainText(
      'Trade with everyone else comes to balanced trade',
    );
  });

  test('sorts by keyboard with aria-sort on the header', async ({ page }) => {
    const calculator = await open(page, 'bilateral');
    const balance = calculator.getByRole('button', { name: /^Balance/ });
    await balance.focus();
    await page.keyboard.press('Enter');
    await expect(
      calculator.locator('th', { has: page.getByRole('button', { name: /^Balance/ }) }),
    ).toHaveAttribute('aria-sort', 'ascending');
    await expect(calculator.getByLabel('Name of partner 1', { exact: true })).toHaveValue('China');
    await page.keyboard.press('Enter');
    await expect(
      calculator.locator('th', { has: page.getByRole('button', { name: /^Balance/ }) }),
    ).toHaveAttribute('aria-sort', 'descending');
  });

  test('every field survives nonsense', async ({ page }) => {
    const calculator = await open(page, 'bilateral');
    await survivesNonsense(calculator, calculator.getByLabel('Exports to China'), '143.2717');
    await survivesNonsense(calculator, calculator.getByLabel('Imports from Mexico'), '503.1101');
    await survivesNonsense(
      calculator,
      calculator.getByLabel('Balance with the whole world', { exact: true }),
      '-1215.4029',
    );
    const name = calculator.getByLabel('Name of partner 1', { exact: true });
    await name.fill('<b>bold</b>');
    await expect(calculator.locator('tbody b')).toHaveCount(0);
    await name.fill('');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await name.fill('China');
    await expect(calculator).not.toContainText(/NaN|Infinity/);
  });

  test('a copied link restores the table', async ({ page, context }) => {
    const calculator = await open(page, 'bilateral');
    await calculator.getByRole('button', { name: 'Remove Hong Kong' }).click();
    await calculator.getByRole('button', { name: 'Add a partner' }).click();
    await expect(calculator.getByLabel('Name of partner 10')).toBeFocused();
    await page.keyboard.type('Brazil');
    await calculator.getByLabel('Exports to Brazil').fill('49.0129');
    await calculator.getByLabel('Imports from Brazil').fill('42.3139');
    const link = await copyLink(page, calculator);

    const again = await context.newPage();
    await again.goto(link);
    await wakeIslands(again);
    const restored = again.locator('[data-calculator="bilateral"]');
    await expect(restored.getByLabel('Name of partner 10')).toHaveValue('Brazil');
    await expect(restored.getByLabel('Exports to Brazil')).toHaveValue('49.0129');
    await expect(restored.getByRole('button', { name: 'Remove Hong Kong' })).toHaveCount(0);
    await expect(restored.locator('.calc-notice')).toHaveCount(0);
  });

  test('a tampered link falls back with a notice', async ({ page }) => {
    await fallsBack(page, 'bilateral', 't', 'Balance with the whole world', /the total balance/);
  });
});

test.describe('change calculator page', () => {
  test('presets give the published changes in news wording', async ({ page }) => {
    const calculator = await open(page, 'change');
    const headline = calculator.locator('.calc-headline');
    // The first preset is the latest month against the month before, from the newest data.
    const change = describeChange(
      figure('us-trade-balance-month-before-latest').value,
      figure('us-trade-balance-latest-month').value,
    );
    await expect(headline).toHaveText(
      `${change.sentence.replace(/^t/, 'T')} (${(change.percent ?? 0).toFixed(1)}%) from ${periodOf('us-trade-balance-month-before-latest')} to ${periodOf('us-trade-balance-latest-month')}.`,
    );
    await calculator.getByRole('button', { name: '2023 → 2024, first published' }).click();
    await expect(headline).toHaveText(
      'The deficit widened by $133.5 billion (17.0%) from 2023 to 2024.',
    );
    await calculator.getByRole('button', { name: '2023 → 2024, revised June 2025' }).click();
    await expect(headline).toHaveText(
      'The deficit widened by $129.3 billion (16.7%) from 2023 to 2024.',
    );
    await calculator.getByRole('button', { name: 'Goods, January → February 2025' }).click();
    await expect(headline).toContainText('The deficit narrowed by $8.8 billion');
    await expect(calculator.locator('.calc-source')).toContainText('worked back');
  });

  test('every field survives nonsense, and labels are only text', async ({ page }) => {
    const calculator = await open(page, 'change');
    await calculator.getByRole('button', { name: '2023 → 2024, first published' }).click();
    await survivesNonsense(
      calculator,
      calculator.getByLabel('Balance in the earlier period'),
      '-784.892',
    );
    await survivesNonsense(
      calculator,
      calculator.getByLabel('Balance in the later period'),
      '-918.416',
    );
    const label = calculator.getByLabel('Name of the later period');
    await label.fill('<img src=x onerror=alert(1)>');
    await expect(calculator.locator('img')).toHaveCount(0);
    await label.fill('');
    await expect(calculator.locator('.calc-headline')).toHaveText(
      'The deficit widened by $133.5 billion (17.0%) since 2023.',
    );
  });

  test('a zero base or a sign change gives no percent, with the reason', async ({ page }) => {
    const calculator = await open(page, 'change');
    await calculator.getByLabel('Balance in the earlier period').fill('0');
    await expect(calculator.locator('.calc-results')).toContainText('No percent');
    await calculator.getByLabel('Balance in the earlier period').fill('50');
    await expect(calculator.locator('.calc-headline')).toContainText('turned into a deficit');
    await expect(calculator).not.toContainText(/NaN|Infinity/);
  });

  test('a copied link restores the state', async ({ page, context }) => {
    const calculator = await open(page, 'change');
    await calculator.getByRole('button', { name: '2023 → 2024, first published' }).click();
    await calculator.getByLabel('Name of the earlier period').fill('Last year');
    await calculator.getByLabel('Balance in the later period').fill('($700 billion)');
    const link = await copyLink(page, calculator);

    const again = await context.newPage();
    await again.goto(link);
    await wakeIslands(again);
    await expect(again.locator('[data-calculator="change"] .calc-headline')).toHaveText(
      'The deficit narrowed by $84.9 billion (10.8%) from Last year to 2024.',
    );
  });

  test('a tampered link falls back with a notice', async ({ page }) => {
    await fallsBack(page, 'change', 'e', 'Balance in the earlier period', /the earlier balance/);
  });
});

test('the server-rendered calculators carry no style attributes', async ({ request }) => {
  for (const slug of ['trade-balance', 'bilateral', 'change']) {
    const html = await (await request.get(`/calculators/${slug}/`)).text();
    const island = html.slice(html.indexOf(`data-calculator="${slug}"`));
    expect(island.length).toBeGreaterThan(100);
    expect(island).not.toMatch(/\sstyle=/);
  }
});

test.describe('accessibility in the states a sweep does not see', () => {
  for (const size of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 900 },
  ]) {
    test(`notices, errors and the toy world pass axe at ${size.name} width`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      const states: [string, string, (calculator: Locator) => Promise<void>][] = [
        ['trade-balance', '?gx=abc', (c) => c.getByLabel('Goods imports').fill('abc')],
        [
          'bilateral',
          '?t=%3Cb%3E',
          (c) => c.getByRole('button', { name: 'A three-country toy world' }).click(),
        ],
        ['change', '?e=1e999', (c) => c.getByLabel('Balance in the later period').fill('--5')],
      ];
      for (const [slug, query, act] of states) {
        const calculator = await open(page, slug, query);
        await expect(calculator.locator('.calc-notice')).toBeVisible();
        await act(calculator);
        const results = await new AxeBuilder({ page })
          .include(`[data-calculator="${slug}"]`)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${slug} ${v.id}: ${v.help}`)).toEqual([]);
        await page.screenshot({
          path: `test-results/calculators-a-${slug}-${size.name}.png`,
          fullPage: true,
        });
      }
    });
  }
});
