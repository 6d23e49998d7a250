/**
 * Journeys through the budget-and-debt, tariff and saving-investment calculators on their
 * standalone pages: real presets, hostile input, shared links and tampered links.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { formatMoney } from '../../src/logic/money';
import { figure } from './data';
import { expect, test, wakeIslands } from './fixtures';

const page_ = (slug: string, query = '') => `/calculators/${slug}/${query}`;

const BAD_INPUTS = ['abc', '', '1e400', '-0', '--5', '9'.repeat(10_000)];

async function open(page: Page, slug: string, query = ''): Promise<Locator> {
  await page.goto(page_(slug, query));
  await wakeIslands(page);
  return page.locator(`[data-calculator="${slug}"]`);
}

/** The value shown beside a result's label. */
const result = (calculator: Locator, label: string) =>
  calculator.locator('.calc-results dt', { hasText: label }).locator('xpath=following-sibling::dd');

/** Every bad input leaves a message or a usable result, and never NaN, Infinity or a blank chart. */
async function survives(calculator: Locator, field: Locator) {
  for (const bad of BAD_INPUTS) {
    await field.fill(bad);
    const invalid = await field.getAttribute('aria-invalid');
    if (invalid === 'true') {
      const errorId = (await field.getAttribute('aria-describedby'))
        ?.split(' ')
        .find((id) => id.endsWith('-error'));
      expect(errorId, `an error id for ${JSON.stringify(bad.slice(0, 10))}`).toBeTruthy();
      await expect(calculator.locator(`[id="${errorId ?? ''}"]`)).not.toBeEmpty();
    }
    // A chart is never blank: it always has a bar, or a $0 label where every bar is zero.
    await expect(calculator.locator('.calc-results svg :is(rect, text)').first()).toBeAttached();
    await expect(calculator).not.toContainText('NaN');
    await expect(calculator).not.toContainText('Infinity');
  }
}

/** Copies the link and opens it in a fresh page; returns that page's calculator. */
async function reopenCopiedLink(page: Page, calculator: Locator, slug: string): Promise<Locator> {
  await calculator.getByRole('button', { name: 'Copy link' }).click();
  await expect(page).toHaveURL(/\?/);
  const link = new URL(page.url());
  const fresh = await page.context().newPage();
  await fresh.goto(`${link.pathname}${link.search}`);
  await wakeIslands(fresh);
  return fresh.locator(`[data-calculator="${slug}"]`);
}

async function tampered(page: Page, slug: string, query: string): Promise<Locator> {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  const calculator = await open(page, slug, query);
  const notice = calculator.locator('.calc-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('is used instead');
  await expect(page.locator('.calculator script, .calculator img, .calculator b')).toHaveCount(0);
  return calculator;
}

test.describe('budget-and-debt calculator', () => {
  test('the real-data preset starts from the newest debt figure', async ({ page }) => {
    const calculator = await open(page, 'budget-and-debt');
    await expect(result(calculator, 'Debt at the start')).toHaveText(
      formatMoney(figure('us-public-debt-latest').value),
    );
    await expect(calculator).toContainText('assumption');
    await expect(calculator).toContainText('Debt: U.S. Department of the Treasury');
    await expect(calculator.locator('table')).toContainText('Year 10');
  });

  test('the last five fiscal years add up as they happened', async ({ page }) => {
    const calculator = await open(page, 'budget-and-debt');
    await calculator.getByRole('button', { name: /five fiscal years/ }).click();
    await expect(calculator.getByLabel('Deficit in FY2025')).toHaveValue('1774.684');
    await expect(result(calculator, 'Debt at the end')).toHaveText('$36.4 trillion');
    await expect(calculator.locator('.calc-identity')).toContainText('$9,425.3 billion');
  });

  test('the trade deficit changes nothing', async ({ page }) => {
    const calculator = await open(page, 'budget-and-debt');
    const end = await result(calculator, 'Debt at the end').textContent();
    await calculator.getByLabel('Trade deficit every year (for comparison)').fill('$5 trillion');
    await expect(calculator.locator('.calc-trade')).toContainText('$5,000 billion');
    await expect(result(calculator, 'Debt at the end')).toHaveText(end ?? '');
    await expect(calculator.locator('[aria-live="polite"]').last()).toContainText(
      'The trade deficit changes it by $0.',
    );
  });

  for (const label of [
    'Debt at the start',
    'Number of years',
    'Interest rate on the debt, % a year (an assumption)',
    'Budget deficit every year',
    'Trade deficit every year (for comparison)',
    'Deficit in Year 2',
  ]) {
    test(`"${label}" survives hostile input`, async ({ page }) => {
      const calculator = await open(page, 'budget-and-debt');
      if (label.startsWith('Deficit in')) {
        await calculator.getByRole('radio', { name: 'Year by year' }).check();
      }
      await survives(calculator, calculator.getByLabel(label, { exact: true }));
    });
  }

  test('a shared link restores a year-by-year path', async ({ page }) => {
    const calculator = await open(page, 'budget-and-debt');
    await calculator.getByLabel('Number of years').fill('3');
    await calculator.getByRole('radio', { name: 'Year by year' }).check();
    await calculator.getByLabel('Deficit in Year 3').fill('-250');
    await calculator.getByLabel(/Interest rate/).fill('4.5%');
    const end = await result(calculator, 'Debt at the end').textContent();
    const restored = await reopenCopiedLink(page, calculator, 'budget-and-debt');
    await expect(restored.getByLabel('Deficit in Year 3')).toHaveValue('-250');
    await expect(restored.getByLabel(/Interest rate/)).toHaveValue('4.5');
    await expect(result(restored, 'Debt at the end')).toHaveText(end ?? '');
  });

  test('a tampered link falls back with a notice', async ({ page }) => {
    const calculator = await tampered(
      page,
      'budget-and-debt',
      '?dn=%3Cscript%3Ealert(1)%3C%2Fscript%3E&dr=999&ds=%3Cb%3E1%3C%2Fb%3E&dl=1~x~%3Cimg%3E',
    );
    await expect(calculator.getByLabel('Number of years')).toHaveValue('10');
    await expect(result(calculator, 'Debt at the start')).toHaveText(
      formatMoney(figure('us-public-debt-latest').value),
    );
  });
});

test.describe('tariff calculator', () => {
  test('25% on a $100 price fully passed on gives $125', async ({ page }) => {
    const calculator = await open(page, 'tariff');
    await calculator.getByRole('button', { name: /^145%/ }).click();
    await calculator.getByRole('button', { name: /^25%/ }).click();
    await expect(calculator.getByLabel('Import price per unit')).toHaveValue('100');
    await expect(result(calculator, 'Price to the buyer')).toContainText('$125');
    await expect(calculator).toContainText('Source: The news article this course starts from');
    await expect(calculator.locator('.calc-note')).toContainText('retaliation');
  });

  test('145% with half passed on splits the tariff', async ({ page }) => {
    const calculator = await open(page, 'tariff');
    await calculator.getByRole('button', { name: /^145%/ }).click();
    await calculator.getByLabel('Share of the tariff passed on to buyers, %').fill('50');
    await expect(result(calculator, 'Price to the buyer')).toContainText('$172.50');
    await expect(result(calculator, 'Absorbed by the importer, per unit')).toHaveText('$72.50');
    await expect(result(calculator, 'Tariff revenue on 1,000 units')).toHaveText('$145,000');
  });

  for (const label of [
    'Import price per unit',
    'Tariff rate, %',
    'Share of the tariff passed on to buyers, %',
    'Units imported',
  ]) {
    test(`"${label}" survives hostile input`, async ({ page }) => {
      const calculator = await open(page, 'tariff');
      await survives(calculator, calculator.getByLabel(label, { exact: true }));
    });
  }

  test('a shared link restores the state', async ({ page }) => {
    const calculator = await open(page, 'tariff');
    await calculator.getByLabel('Import price per unit').fill('$19.99');
    await calculator.getByLabel('Tariff rate, %').fill('10%');
    await calculator.getByLabel('Units imported').fill('2.5 million');
    const restored = await reopenCopiedLink(page, calculator, 'tariff');
    await expect(restored.getByLabel('Import price per unit')).toHaveValue('19.99');
    await expect(result(restored, 'Price to the buyer')).toContainText('$21.99');
    await expect(result(restored, 'Tariff revenue on 2,500,000 units')).toHaveText('$5 million');
  });

  test('a tampered link falls back with a notice', async ({ page }) => {
    const calculator = await tampered(
      page,
      'tariff',
      '?tr=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&ts=250&tv=-5',
    );
    await expect(calculator.getByLabel('Tariff rate, %')).toHaveValue('25');
    await expect(result(calculator, 'Price to the buyer')).toContainText('$125');
  });
});

test.describe('saving-investment calculator', () => {
  test('the made-up examples are labelled and add up', async ({ page }) => {
    const calculator = await open(page, 'saving-investment');
    await expect(calculator).toContainText('not any real country');
    await expect(result(calculator, 'Net exports')).toHaveText('$180 billion');
    await calculator.getByRole('button', { name: 'A country with a big budget deficit' }).click();
    await expect(result(calculator, 'Net exports')).toHaveText('\u2212$400 billion');
    await expect(calculator.locator('.calc-identity')).toContainText(
      '\u2212$400 billion = $900 billion + ($700 billion \u2212 $1,000 billion) \u2212 $1,000 billion',
    );
    await expect(calculator).toContainText('does not say which one moves the others');
  });

  for (const label of [
    'Private saving (households and businesses)',
    'Investment (buildings, equipment, homes)',
    'Tax revenue (T)',
    'Government spending (G)',
  ]) {
    test(`"${label}" survives hostile input`, async ({ page }) => {
      const calculator = await open(page, 'saving-investment');
      await survives(calculator, calculator.getByLabel(label, { exact: true }));
    });
  }

  test('a shared link restores the state', async ({ page }) => {
    const calculator = await open(page, 'saving-investment');
    await calculator.getByLabel('Government spending (G)').fill('$1.1 trillion');
    await calculator.getByLabel('Private saving (households and businesses)').fill('-50');
    const restored = await reopenCopiedLink(page, calculator, 'saving-investment');
    await expect(restored.getByLabel('Government spending (G)')).toHaveValue('1100');
    await expect(result(restored, 'Net exports')).toHaveText('\u2212$1,450 billion');
  });

  test('a tampered link falls back with a notice', async ({ page }) => {
    const calculator = await tampered(
      page,
      'saving-investment',
      '?st=-5&sg=%3Cscript%3Ealert(1)%3C%2Fscript%3E&sp=1e400',
    );
    await expect(result(calculator, 'Net exports')).toHaveText('$180 billion');
  });
});

test.describe('all three calculators', () => {
  const cases = [
    { slug: 'budget-and-debt', query: '?dr=999', field: 'Debt at the start' },
    { slug: 'tariff', query: '?ts=250', field: 'Import price per unit' },
    { slug: 'saving-investment', query: '?st=-5', field: 'Tax revenue (T)' },
  ];
  for (const { slug, query, field } of cases) {
    test(`${slug} passes axe with a link notice and a field error showing`, async ({ page }) => {
      const calculator = await open(page, slug, query);
      await expect(calculator.locator('.calc-notice')).toBeVisible();
      await calculator.getByLabel(field, { exact: true }).fill('abc');
      await expect(calculator.locator('.calc-stale')).toBeVisible();
      if (slug === 'budget-and-debt') {
        await calculator.getByRole('radio', { name: 'Year by year' }).check();
      }
      const results = await new AxeBuilder({ page })
        .include(`[data-calculator="${slug}"]`)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }

  test('the tariff calculator works with the keyboard alone', async ({ page }) => {
    const calculator = await open(page, 'tariff');
    await calculator.getByRole('button', { name: /^145%/ }).focus();
    await page.keyboard.press('Enter');
    await expect(calculator.getByLabel('Tariff rate, %')).toHaveValue('145');
    await page.keyboard.press('Tab');
    await expect(calculator.getByLabel('Import price per unit')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('$200');
    await expect(result(calculator, 'Price to the buyer')).toContainText('$490');
    await calculator.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/tp=20000/);
    await page.keyboard.press('Tab');
    await expect(calculator.getByRole('button', { name: 'Reset' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(result(calculator, 'Price to the buyer')).toContainText('$125');
  });

  test('the budget calculator switches to year by year with the arrow keys', async ({ page }) => {
    const calculator = await open(page, 'budget-and-debt');
    await calculator.getByRole('radio', { name: 'The same every year' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(calculator.getByRole('radio', { name: 'Year by year' })).toBeChecked();
    await expect(calculator.getByLabel('Deficit in Year 10')).toBeVisible();
  });
});
