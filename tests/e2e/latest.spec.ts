/**
 * /latest/ as a reader meets it: it reads with JavaScript off, its numbers are the ones this test
 * works out from the newest CSV itself (not through the site's code), its headings come in order,
 * its links lead somewhere real, and axe finds nothing at a phone's and a desktop's width. The
 * home page's one line says the same month and links here.
 */
import AxeBuilder from '@axe-core/playwright';
import { loadSeriesList, loadTable } from '../../src/lib/data/series-files';
import { MONTH_NAMES } from '../../src/logic/data/period';
import { observations } from '../../src/logic/data/table';
import { expect, test } from './fixtures';

const MINUS = '\u2212';

/** The newest file holding BOPGSTB, read by the site's own series loaders. */
function newestMonthly() {
  const holding = loadSeriesList()
    .filter((entry) => entry.columns.some((column) => column.fred === 'BOPGSTB'))
    .sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''));
  const entry = holding.at(-1);
  if (!entry) throw new Error('no file holds BOPGSTB');
  const table = loadTable(entry.id);
  /** One FRED series' values in file order, every month present. */
  const values = (fred: string) =>
    observations(table, entry.columns.find((c) => c.fred === fred)?.name ?? '').map((row) => {
      if (row.value === null)
        throw new Error(`${entry.file}: ${fred} ${row.period.key} is missing`);
      return { period: row.period, value: row.value };
    });
  const exports = values('BOPTEXP');
  const imports = values('BOPTIMP');
  const rows = values('BOPGSTB').map(({ period, value }, index) => ({
    year: period.year,
    month: period.part,
    balance: value,
    exports: exports[index]?.value ?? Number.NaN,
    imports: imports[index]?.value ?? Number.NaN,
  }));
  return { entry, rows };
}

/** "$73.3 billion" from −73,261 (millions); one decimal always, so "$388.0 billion" sits by "$314.7 billion". */
const billions = (millions: number) => `$${(Math.abs(millions) / 1000).toFixed(1)} billion`;
const signed = (millions: number) => `${millions < 0 ? MINUS : '+'}${billions(millions)}`;

const { entry, rows } = newestMonthly();
const latest = rows.at(-1);
const before = rows.at(-2);
if (!latest || !before) throw new Error('the newest file has fewer than two months');
const month = `${MONTH_NAMES[latest.month - 1] ?? ''} ${String(latest.year)}`;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/latest/ reads in full, with no script on the page', async ({ page }) => {
    const response = await page.goto('/latest/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('main h1')).toHaveText('The latest trade report, explained');
    await expect(page.locator('script')).toHaveCount(0);
    await expect(page.locator('main')).toContainText(`${month}, in the ${entry.release} data`);
    await expect(page.locator('figure.chart img')).toHaveCount(1);
  });
});

test('the numbers on /latest/ are the ones the newest CSV gives', async ({ page }) => {
  await page.goto('/latest/');
  const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  // The month: exports − imports = balance.
  expect(text).toContain(
    `In ${month} the United States exported ${billions(latest.exports)} of goods and services and imported ${billions(latest.imports)}.`,
  );
  expect(text).toContain(
    `${billions(latest.exports)} − ${billions(latest.imports)} = ${signed(latest.balance)}`,
  );
  // The change from the month before, in lesson 7's words.
  const difference = latest.balance - before.balance;
  const words =
    latest.balance < 0 && before.balance < 0
      ? `the deficit ${difference > 0 ? 'narrowed' : 'widened'} by ${billions(difference)}`
      : '';
  expect(words, 'this check is written for two deficit months').not.toBe('');
  expect(text).toContain(words);
  // The year so far against the same months a year earlier.
  const sum = (year: number) =>
    rows
      .filter((row) => row.year === year && row.month <= latest.month)
      .reduce((total, row) => total + row.balance, 0);
  expect(text).toContain(`a deficit of ${billions(sum(latest.year))}`);
  expect(text).toContain(`a deficit of ${billions(sum(latest.year - 1))}`);
  // The chart's table: the last 24 months, the latest one last.
  const table = page.locator('#chart-latest-24-months table');
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(24, rows.length));
  await expect(table.locator('tbody tr').last()).toContainText(
    signed(latest.balance).replace('+', ''),
  );
  // The source line names the newest file.
  await expect(page.locator(`main a[href$="/data/#${entry.id}"]`).first()).toBeVisible();
});

test('/latest/ has its headings in order and every link in it resolves', async ({
  page,
  request,
}) => {
  await page.goto('/latest/');
  const headings = await page.locator('main :is(h1, h2)').allInnerTexts();
  expect(headings).toEqual([
    'The latest trade report, explained',
    'The month: balance = exports − imports',
    'The change from the month before',
    'The year so far',
    `The last ${String(Math.min(24, rows.length))} months`,
    'The balance as a share of GDP',
    'What this release revised',
    'What these words mean',
    'Sources',
  ]);
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) =>
      links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).href),
    );
  expect(hrefs.length).toBeGreaterThan(10);
  const origin = new URL(page.url()).origin;
  for (const href of [...new Set(hrefs)]) {
    const target = new URL(href);
    if (target.origin !== origin) {
      expect(target.protocol, href).toBe('https:');
      continue;
    }
    const response = await request.get(target.pathname);
    expect(response.status(), href).toBe(200);
    if (target.hash) {
      const html = await response.text();
      expect(html, `${href}: the anchor exists`).toContain(
        `id="${decodeURIComponent(target.hash.slice(1))}"`,
      );
    }
  }
});

for (const width of [390, 1280]) {
  test(`/latest/ passes axe at ${String(width)} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/latest/');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

test('the home page says the latest month in one line and links to /latest/', async ({ page }) => {
  await page.goto('/');
  const line = page.locator('.latest-line');
  await expect(line).toContainText(
    `Latest report: In ${month} the U.S. trade deficit was ${billions(latest.balance)}`,
  );
  await expect(line).toContainText(`(${entry.release} data)`);
  await line.getByRole('link', { name: 'What it means' }).click();
  await expect(page).toHaveURL(/\/latest\/$/);
});
