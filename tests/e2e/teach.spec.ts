/**
 * Teacher pages: every lesson's worksheet shows all its questions and none of the answers, in the
 * same order as the lesson's quiz; the answer key shows the explanations; the question banks
 * download as JSON and as GIFT with the right content types.
 */
import { correctAnswer } from '../../src/logic/quiz/correct-answer';
import { loadQuizBanks } from '../../src/lib/content/quiz-banks';
import { quizBankSchema, type Question } from '../../src/schemas/quiz';
import { expect, test } from './fixtures';

// The banks as the build reads them, figure placeholders filled in.
const banks = loadQuizBanks();

/** Text as the page shows it: white space collapsed, as innerText and textContent differ there. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What would give a question's answer away on a worksheet. */
function answerTexts(question: Question): string[] {
  const texts = [question.explanation];
  if (question.type === 'single' || question.type === 'multi')
    for (const choice of question.choices)
      if (choice.correct && choice.feedback) texts.push(choice.feedback);
  if (question.type === 'classify')
    for (const item of question.items) if (item.feedback) texts.push(item.feedback);
  if (question.type === 'numeric')
    for (const mistake of question.knownMistakes) texts.push(mistake.feedback);
  const last = question.hints.at(-1);
  if (last) texts.push(last);
  return texts.map(squash);
}

test('the teachers’ page links every lesson’s worksheet, answer key and downloads', async ({
  page,
}) => {
  await page.goto('/teach/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('For teachers');
  expect(banks.length).toBeGreaterThanOrEqual(7);
  for (const { slug } of banks) {
    for (const href of [
      `/teach/${slug}/`,
      `/teach/${slug}/answers/`,
      `/teach/${slug}.json`,
      `/teach/${slug}.gift`,
    ]) {
      await expect(page.locator(`main a[href="${href}"]`), href).toHaveCount(1);
    }
  }
  const cannot = page.locator('#gift-cannot + ul');
  await expect(cannot).toContainText('Put in order (order)');
  await expect(cannot).toContainText('Sort into groups (classify)');
  await expect(page.locator('#scoring ~ ul').first()).toContainText('never goes below zero');
});

for (const { slug, bank } of banks) {
  test.describe(slug, () => {
    test('the worksheet shows every question and no answer', async ({ page }) => {
      await page.goto(`/teach/${slug}/`);
      const questions = page.locator('.ws-question');
      await expect(questions).toHaveCount(bank.questions.length);
      for (const [index, question] of bank.questions.entries()) {
        const card = questions.nth(index);
        await expect(card).toHaveAttribute('data-question-id', question.id);
        await expect(card.locator('.ws-number')).toHaveText(`${index + 1}.`);
        await expect(card.locator('.ws-prompt')).toContainText(squash(question.prompt));
      }
      const text = squash(await page.locator('main').innerText());
      for (const question of bank.questions) {
        for (const answer of answerTexts(question)) {
          expect(text.includes(answer), `${question.id} gives away: ${answer}`).toBe(false);
        }
      }
      await expect(page.locator('main details, astro-island')).toHaveCount(0);
    });

    test('the answer key shows each answer, explanation and points rule', async ({ page }) => {
      await page.goto(`/teach/${slug}/answers/`);
      const questions = page.locator('.ws-question');
      await expect(questions).toHaveCount(bank.questions.length);
      for (const [index, question] of bank.questions.entries()) {
        const card = questions.nth(index);
        await expect(card.locator('.key-explanation')).toContainText(squash(question.explanation));
        const answer = correctAnswer(question);
        await expect(card.locator('.key-answer')).toContainText(answer.summary);
        for (const line of answer.lines)
          await expect(card.locator('.key-answer')).toContainText(line);
        await expect(card).toContainText(/Points: 1 point/);
      }
    });

    test('the bank downloads as JSON and as GIFT', async ({ request }) => {
      const json = await request.get(`/teach/${slug}.json`);
      expect(json.status()).toBe(200);
      expect.soft(json.headers()['content-type']).toBe('application/json; charset=utf-8');
      const body: unknown = await json.json();
      const parsed = quizBankSchema.safeParse(body);
      expect(parsed.success, 'the JSON is a valid bank').toBe(true);
      expect(parsed.data?.questions.map((question) => question.id)).toEqual(
        bank.questions.map((question) => question.id),
      );

      const gift = await request.get(`/teach/${slug}.gift`);
      expect(gift.status()).toBe(200);
      expect.soft(gift.headers()['content-type']).toBe('text/plain; charset=utf-8');
      const text = await gift.text();
      for (const question of bank.questions) {
        expect(
          text.includes(`::${question.id}::`) || text.includes(`Not exported: "${question.id}"`),
          question.id,
        ).toBe(true);
      }
      for (const question of bank.questions.filter((q) => q.type === 'order'))
        expect(text).toContain(`// Not exported: "${question.id}" (order).`);
    });
  });

  test.describe(`${slug} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('the worksheet lists choices in the same order as the lesson’s quiz', async ({ page }) => {
      await page.goto(`/lessons/${slug}/`);
      const onScreen = new Map<string, string[]>();
      for (const question of bank.questions) {
        const card = page.locator('article.question', {
          has: page.locator(`[id="q-${question.id}-prompt"]`),
        });
        await expect(card, question.id).toHaveCount(1);
        onScreen.set(
          question.id,
          (await card.locator('.static-choices li').allTextContents()).map(squash),
        );
      }
      await page.goto(`/teach/${slug}/`);
      let compared = 0;
      for (const question of bank.questions) {
        const printed = (
          await page
            .locator(`[data-question-id="${question.id}"] .ws-choice-text`)
            .allTextContents()
        ).map(squash);
        expect(printed, question.id).toEqual(onScreen.get(question.id));
        if (printed.length > 0) compared += 1;
      }
      expect(compared).toBe(
        bank.questions.filter((question) => question.type !== 'numeric').length,
      );
    });
  });
}
