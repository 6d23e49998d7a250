/**
 * The page fixture every end-to-end test uses: it fails the test on any console error, uncaught
 * exception or request to another origin, so no test has to remember to check for them.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => {
        problems.consoleErrors.push(`Uncaught: ${error.message}`);
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          problems.foreignRequests.push(url);
        }
      });
      await use(problems);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
    },
    // Every test gets these checks, whether or not it names the fixture.
    { auto: true },
  ],
});

export { expect };

/**
 * Brings every island into view in turn, starts the ones that wait to be asked, and waits until
 * each has hydrated (Astro removes the island's `ssr` attribute when it has) and has fetched the
 * questions it shows, so tests never race hydration or those requests.
 */
export async function wakeIslands(
  page: Page,
  options: { startQuizzes?: boolean } = {},
): Promise<void> {
  const startQuizzes = options.startQuizzes ?? true;
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let index = 0; index < count; index += 1) {
    const island = islands.nth(index);
    // An island is `display: contents`, which has no box of its own: scroll its content instead,
    // without waiting on Playwright's visibility checks (an island may be mid-render).
    await island.evaluate((element) => {
      (element.firstElementChild ?? element).scrollIntoView({ block: 'center' });
    });
    // A `client:request` island (a lesson quiz) waits for its Start button, pressed by keyboard.
    if ((await island.getAttribute('client')) === 'request') {
      if (!startQuizzes) continue;
      await island.locator('[data-hydrate]').first().focus();
      await page.keyboard.press('Enter');
      await expect(island).not.toHaveAttribute('ssr', { timeout: 10_000 });
      // Started, the quiz moves focus to its first question (in an effect after it renders);
      // wait for exactly that, or the move would scroll the page after we scroll back up.
      await expect(island.locator('.question-prompt').first()).toBeFocused();
      continue;
    }
    await expect(island).not.toHaveAttribute('ssr', { timeout: 10_000 });
    // A quiz that woke by itself fetches its questions next; until they come it shows the static
    // ones, which match the same selectors as the live question.
    if ((await island.locator('section.quiz').count()) > 0)
      await expect(island.locator('section.quiz.is-awake')).toHaveCount(1);
    // The review fetches the banks holding due questions once it has read the saved progress.
    if ((await island.locator('.review, .review-waiting').count()) > 0) {
      await expect(island.locator('.review-count, .review-empty')).not.toHaveCount(0);
      await expect(island.locator('.review-loading')).toHaveCount(0);
    }
  }
  await page.evaluate(() => {
    window.scrollTo(0, 0);
  });
}
