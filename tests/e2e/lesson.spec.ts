import { shown } from './data';
import { expect, test, wakeIslands } from './fixtures';

const lesson = '/lessons/trade-balance-basics/';

test('the home page leads to the first lesson', async ({ page, problems }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/trade deficits, explained/i);
  await page.getByRole('link', { name: 'Trade balance basics' }).click();
  await expect(page).toHaveURL(new RegExp(`${lesson}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trade balance basics');
  expect(problems.consoleErrors).toEqual([]);
});

test('the lesson shows its sourced figures and lists their sources', async ({ page }) => {
  await page.goto(lesson);
  const prose = page.locator('.prose');
  // The newest month, the first-published 2024 figure and its revision, from the data.
  await expect(prose).toContainText(shown('us-trade-balance-latest-month'));
  await expect(prose).toContainText('$918.4 billion');
  await expect(prose).toContainText('the deficit widened by $133.5 billion');
  await expect(prose).toContainText(shown('us-trade-balance-2024-aug-2026', { abs: true }));
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(
    await page
      .locator('.prose .figure-ref')
      .evaluateAll((refs) => new Set(refs.map((ref) => ref.textContent)).size),
  );
  await expect(sources).toContainText('U.S. Census Bureau and U.S. Bureau of Economic Analysis');
  // A footnote takes the reader to its source.
  await page.locator('.prose .figure-ref a').first().click();
  await expect(page.locator('#source-us-deficit-years')).toBeInViewport();
});

test('a glossary term shows its definition on keyboard focus and links to the glossary', async ({
  page,
}) => {
  await page.goto(lesson);
  const term = page.locator('.term').filter({ hasText: 'trade balance' }).first();
  const link = term.getByRole('link');
  await link.focus();
  await expect(term.getByRole('tooltip')).toBeVisible();
  await expect(link).toHaveAccessibleDescription(/exports.*minus.*imports/i);
  await link.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#trade-balance$/);
});

test('the lesson reads fully without JavaScript, answers hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lesson);
  await expect(page.locator('.prose')).toContainText('Common misconceptions');
  await expect(page.locator('.prose')).toContainText('$918.4 billion');
  const questions = page.locator('.quiz .question');
  expect(await questions.count()).toBeGreaterThanOrEqual(5);
  const answers = page.locator('.quiz details.static-answer');
  await expect(answers).toHaveCount(await questions.count());
  for (const details of await answers.all()) {
    await expect(details).not.toHaveAttribute('open');
    await expect(details.locator('.answer-panel')).toBeHidden();
  }
  // Opening one shows its answer and explanation.
  await answers.first().locator('summary').click();
  await expect(answers.first().locator('.answer-panel')).toBeVisible();
  // The calculator's first render is there too, with its preset result.
  await expect(page.locator('[data-calculator="trade-balance"]')).toContainText(
    shown('us-trade-balance-latest-year-split'),
  );
  await context.close();
});

test('a quiz question can be answered with the keyboard alone, and the result is announced', async ({
  page,
}) => {
  await page.goto(lesson);
  await wakeIslands(page);
  const first = page.locator('.quiz .question').first();
  const deficit = first.getByRole('radio', { name: 'A trade deficit' });
  await deficit.focus();
  // Arrow keys move within a radio group; find the deficit choice by keyboard and check it.
  await page.keyboard.press('Space');
  await expect(deficit).toBeChecked();
  await page.keyboard.press('Enter');
  const live = page.locator('.quiz [aria-live="polite"]');
  await expect(live).toContainText('Correct.');
  await expect(first.locator('.question-feedback')).toContainText('You earned 1 point out of 1');
  // Tab reaches "Next question", and Enter moves on with focus on the next prompt.
  await first.getByRole('button', { name: 'Next question' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz .question-prompt')).toBeFocused();
  await expect(page.locator('.quiz .question-number')).toHaveText(/^Question 2 of \d+$/);
});
