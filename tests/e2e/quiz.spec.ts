/**
 * Quiz journeys: a whole lesson quiz by keyboard alone, money typed the ways people type it,
 * damaged saved progress, export and import, and axe in every state a question can be in.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { loadQuizBanks } from '../../src/lib/content/quiz-banks';
import { fullMarks } from '../../src/logic/quiz/full-marks';
import type { Question } from '../../src/schemas/quiz';
import { expect, test, wakeIslands } from './fixtures';

const lesson = '/lessons/trade-balance-basics/';
// The banks as the build reads them, figure placeholders filled in.
const banks = loadQuizBanks();
const found = banks.find((entry) => entry.slug === 'trade-balance-basics');
if (!found) throw new Error('no bank for trade-balance-basics');
const bank = found.bank;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('.quiz')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Answers the visible question correctly with the keyboard only (focus moves, keys press). */
async function answerByKeyboard(page: Page, card: Locator, question: Question): Promise<void> {
  switch (question.type) {
    case 'single':
    case 'multi':
      for (const choice of question.choices.filter((c) => c.correct)) {
        await card.getByLabel(choice.text, { exact: true }).focus();
        await page.keyboard.press('Space');
      }
      break;
    case 'numeric':
      await card.getByLabel('Your answer').focus();
      // Typed with an explicit unit, so the answer does not depend on the question's default unit.
      await page.keyboard.type(
        question.answerKind === 'percent' ? `${question.answer}%` : `${question.answer} million`,
      );
      break;
    case 'classify':
      for (const item of question.items) {
        await card.getByLabel(item.text, { exact: true }).focus();
        const steps = question.buckets.findIndex((bucket) => bucket.id === item.bucket) + 1;
        for (let i = 0; i < steps; i += 1) await page.keyboard.press('ArrowDown');
      }
      break;
    case 'order':
      for (let target = 0; target < question.items.length; target += 1) {
        const item = question.items[target];
        if (!item) continue;
        const texts = await card.locator('.order-text').allTextContents();
        for (let at = texts.indexOf(item.text); at > target; at -= 1) {
          await card.getByRole('button', { name: `Move “${item.text}” up` }).focus();
          await page.keyboard.press('Enter');
        }
      }
      break;
  }
}

test('a whole lesson quiz can be done with the keyboard alone', async ({ page }) => {
  await page.goto(lesson);
  await wakeIslands(page);
  for (const [index, question] of bank.questions.entries()) {
    const card = page.locator('.quiz .question');
    await expect(card.locator('.question-number')).toHaveText(
      `Question ${index + 1} of ${bank.questions.length}`,
    );
    await answerByKeyboard(page, card, question);
    await card.getByRole('button', { name: 'Check' }).focus();
    await page.keyboard.press('Enter');
    await expect(card.locator('.question-feedback'), question.id).toContainText('Correct.');
    if (index < bank.questions.length - 1) {
      await card.getByRole('button', { name: 'Next question' }).focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('.quiz .question-prompt')).toBeFocused();
    }
  }
  const possible = bank.questions.reduce((sum, question) => sum + fullMarks(question), 0);
  await expect(page.locator('.quiz-summary')).toContainText(
    `All done: ${possible} points out of ${possible}`,
  );
});

test('money typed as the news writes it is understood, and a flipped sign gets its own feedback', async ({
  page,
}) => {
  await page.goto(lesson);
  await wakeIslands(page);
  const quiz = page.locator('.quiz');
  const position = bank.questions.findIndex((q) => q.id === 'tbb-2024-deficit');
  for (let i = 0; i < position; i += 1) await quiz.getByRole('button', { name: 'Skip' }).click();
  const field = quiz.getByLabel('Your answer');
  for (const typed of ['$918.4 billion', '918.4B']) {
    await field.fill(typed);
    await quiz.getByRole('button', { name: 'Check' }).click();
    await expect(quiz.locator('.question-feedback')).toContainText('Correct.');
    await page.reload();
    await wakeIslands(page);
    for (let i = 0; i < position; i += 1) await quiz.getByRole('button', { name: 'Skip' }).click();
  }
  await field.fill('-918.4');
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.locator('.question-feedback')).toContainText('Not quite.');
  await expect(quiz.locator('.question-feedback')).toContainText('a size is a positive number');
  await expect(quiz.locator('[aria-live="polite"]')).toContainText('a size is a positive number');
  // Nonsense is not scored: it gets a message and the answer can still be corrected.
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await field.fill('nine hundred');
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(quiz.locator('.question-error')).toContainText(/digits/);
});

test('damaged saved progress is set aside with a notice, and the quiz still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('tde-progress', '{"version": 1, "questions": {"x": oops');
      sessionStorage.setItem('seeded', 'yes');
    }
  });
  await page.goto(lesson);
  await wakeIslands(page);
  const quiz = page.locator('.quiz');
  await quiz.getByLabel('A trade deficit', { exact: true }).check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.locator('.question-feedback')).toContainText('Correct.');
  await expect(quiz.locator('.notice')).toContainText(
    /kept a copy|set aside|couldn't read|could not read/i,
  );
  const stored = await page.evaluate(() => ({
    backup: localStorage.getItem('tde-progress-backup'),
    progress: localStorage.getItem('tde-progress'),
  }));
  expect(stored.backup).toContain('oops');
  expect(stored.progress).toContain('tbb-define-deficit');
});

test('a future-version value is set aside too, and a full storage falls back to memory', async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem('tde-progress', JSON.stringify({ version: 99, questions: {} }));
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.goto(lesson);
  await wakeIslands(page);
  const quiz = page.locator('.quiz');
  await quiz.getByLabel('A trade deficit', { exact: true }).check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.locator('.question-feedback')).toContainText('Correct.');
  await expect(quiz.locator('.notice')).toBeVisible();
});

test('progress exported to a file restores on a fresh profile', async ({ page, browser }) => {
  await page.goto(lesson);
  await wakeIslands(page);
  const quiz = page.locator('.quiz');
  await quiz.getByLabel('A trade balance', { exact: false }).first().isVisible();
  await quiz.getByLabel('A trade surplus', { exact: true }).check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.locator('.question-feedback')).toContainText('Not quite.');
  await page.goto('/review/');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save progress to a file' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(
    /^trade-deficits-explained-progress-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const file = await download.path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/review/');
  await other.locator('input[type="file"]').setInputFiles(file);
  await expect(other.locator('.file-message')).toContainText('Loaded your answers to 1 question.');
  const saved = await other.evaluate(() => localStorage.getItem('tde-progress'));
  expect(saved).toContain('tbb-define-deficit');

  // A file that is not ours is refused and changes nothing.
  await other.locator('input[type="file"]').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(other.locator('.file-message')).toContainText('Nothing was changed.');
  expect(await other.evaluate(() => localStorage.getItem('tde-progress'))).toBe(saved);
  await fresh.close();
});

test('a missed question comes back for review the next day', async ({ page }) => {
  await page.goto(lesson);
  await wakeIslands(page);
  const quiz = page.locator('.quiz');
  await quiz.getByLabel('A trade surplus', { exact: true }).check();
  await quiz.getByRole('button', { name: 'Check' }).click();
  await expect(quiz.locator('.question-feedback')).toContainText('Not quite.');
  await page.goto('/review/');
  await expect(page.locator('.review-empty')).toContainText('1 question is waiting');
  await page.clock.install({ time: Date.now() + 2 * 24 * 60 * 60 * 1000 });
  await page.reload();
  await expect(page.locator('.review-count')).toContainText('1 question is due for review.');
  await page.getByLabel('A trade deficit', { exact: true }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.question-feedback')).toContainText('Correct.');
});

test('without JavaScript the cumulative quiz shows every question with its answer hidden', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/');
  const questions = page.locator('.quiz .question');
  expect(await questions.count()).toBeGreaterThanOrEqual(15);
  for (const answer of await page.locator('.quiz .answer-panel').all())
    await expect(answer).toBeHidden();
  await context.close();
});

test('the cumulative quiz ends with a summary by lesson and links to revisit', async ({ page }) => {
  const questions = new Map<string, Question>();
  for (const { bank: each } of banks) {
    for (const question of each.questions) questions.set(question.id, question);
  }
  await page.goto('/quiz/');
  await wakeIslands(page);
  const quiz = page.locator('.quiz');
  const count = Number(
    /of (\d+)/.exec((await quiz.locator('.question-number').textContent()) ?? '')?.[1],
  );
  expect(count).toBeGreaterThanOrEqual(15);
  for (let i = 0; i < count; i += 1) {
    const card = quiz.locator('.question');
    const id = ((await card.getAttribute('id')) ?? '').replace(/^q-/, '');
    const question = questions.get(id);
    expect(question, id).toBeDefined();
    if (!question) return;
    await answerByKeyboard(page, card, question);
    await card.getByRole('button', { name: 'Check' }).click();
    await expect(card.locator('.question-feedback')).toBeVisible();
    if (i < count - 1) {
      await card.getByRole('button', { name: 'Next question' }).click();
      await expect(quiz.locator('.question-prompt')).toBeFocused();
      // The quiz moves focus to the next prompt; answering before it has would race it.
      await expect(quiz.locator('.question-prompt')).toBeFocused();
    }
  }
  const summary = quiz.locator('.quiz-summary');
  await expect(summary).toContainText('All done');
  await expect(summary).toContainText('Full marks in every lesson.');
  const rows = summary.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', /\/lessons\/[a-z-]+\/$/);
});

test('axe finds nothing in any state of any question type', async ({ page }) => {
  // About twenty axe scans, one per state of each question: on a busy two-core machine that is
  // more than the usual minute.
  test.setTimeout(180_000);
  await page.goto(lesson);
  await wakeIslands(page);
  const quiz = page.locator('.quiz');
  expect(await axeViolations(page)).toEqual([]);
  for (const [index, question] of bank.questions.entries()) {
    const card = quiz.locator('.question');
    // As it first appears: an incomplete answer gets a message, an order question is scored wrong.
    await card.getByRole('button', { name: 'Check' }).click();
    await expect(card.locator('.question-error, .question-feedback').first()).toBeVisible();
    expect(await axeViolations(page), `${question.id} first check`).toEqual([]);
    const retry = card.getByRole('button', { name: 'Try again' });
    if (await retry.count()) await retry.click();
    await answerByKeyboard(page, card, question);
    await card.getByRole('button', { name: 'Check' }).click();
    await expect(card.locator('.question-feedback')).toBeVisible();
    expect(await axeViolations(page), `${question.id} answered`).toEqual([]);
    const show = card.getByRole('button', { name: 'Show answer' });
    if (await show.count()) {
      await show.click();
      expect(await axeViolations(page), `${question.id} answer shown`).toEqual([]);
    }
    if (index < bank.questions.length - 1) {
      await card.getByRole('button', { name: 'Next question' }).click();
      await expect(quiz.locator('.question-prompt')).toBeFocused();
    }
  }
});
