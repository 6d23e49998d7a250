import { billionsOf, figure, periodOf, shown } from './data';
import { expect, test, wakeIslands } from './fixtures';
import { formatMoney } from '../../src/logic/money';

const yearButton = `U.S. ${periodOf('us-goods-exports-latest-year')}`;
const total = shown('us-trade-balance-latest-year-split');

test.describe('trade-balance calculator', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/lessons/trade-balance-basics/');
    await wakeIslands(page);
  });

  test('the latest-year preset gives the published balances', async ({ page }) => {
    const calculator = page.locator('[data-calculator="trade-balance"]');
    await calculator.getByRole('button', { name: /^U.S. February 2025/ }).click();
    await calculator.getByRole('button', { name: yearButton }).click();
    await expect(calculator.getByRole('button', { name: yearButton })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const results = calculator.locator('.calc-results');
    await expect(results).toContainText(`Goods balance${shown('us-goods-balance-latest-year')}`);
    await expect(results).toContainText(
      `Services balance${shown('us-services-balance-latest-year')}`,
    );
    await expect(results).toContainText(`Total trade balance${total}`);
    await expect(calculator).toContainText('Source: U.S. Census Bureau');
  });

  test('the February 2025 preset adds the two balances', async ({ page }) => {
    const calculator = page.locator('[data-calculator="trade-balance"]');
    await calculator.getByRole('button', { name: /^U.S. February 2025/ }).click();
    await expect(calculator.locator('.calc-total')).toContainText('\u2212$122.7 billion');
    await expect(calculator).toContainText('offsets 16.5% of the goods deficit');
  });

  for (const bad of ['abc', '', '1e400', '--5']) {
    test(`a field survives ${JSON.stringify(bad)} with a message and keeps the last result`, async ({
      page,
    }) => {
      const calculator = page.locator('[data-calculator="trade-balance"]');
      const field = calculator.getByLabel('Goods exports');
      await field.fill(bad);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      const errorId = (await field.getAttribute('aria-describedby'))
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      expect(errorId).toBeTruthy();
      await expect(page.locator(`#${errorId ?? ''}`)).not.toBeEmpty();
      await expect(calculator.locator('.calc-total')).toContainText(total);
      await expect(calculator.locator('.calc-stale')).toBeVisible();
      await expect(calculator).not.toContainText('NaN');
      await field.fill(billionsOf('us-goods-exports-latest-year'));
      await expect(field).toHaveAttribute('aria-invalid', 'false');
      await expect(calculator.locator('.calc-stale')).toHaveCount(0);
    });
  }

  test('results are announced in a polite live region', async ({ page }) => {
    const calculator = page.locator('[data-calculator="trade-balance"]');
    await calculator.getByLabel('Services exports').fill('2000');
    // The latest year's flows with services exports of $2,000 billion instead of the real ones.
    const balance =
      figure('us-trade-balance-latest-year-split').value -
      figure('us-services-exports-latest-year').value +
      2_000_000;
    await expect(calculator.locator('[aria-live="polite"]')).toContainText(
      `Total: a ${balance < 0 ? 'deficit' : 'surplus'} of ${formatMoney(Math.abs(balance))}.`,
    );
  });
});
