/**
 * Every lesson, read as a reader without JavaScript would: complete text, objectives,
 * misconceptions, sourced figures and their sources, and charts that say in words what they show.
 */
import { loadLessonFiles } from '../../src/lib/content/lesson-files';
import { expect, test } from './fixtures';

const slugs = loadLessonFiles().map((lesson) => lesson.slug);

test.use({ javaScriptEnabled: false });

for (const slug of slugs) {
  test(`${slug} reads completely without JavaScript`, async ({ page }) => {
    await page.goto(`/lessons/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.lesson-meta')).toContainText(/\d+ min read/);
    expect(await page.locator('.objectives li').count()).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Common misconceptions' })).toBeVisible();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|undefined|\[object Object\]|Infinity/);
    // No component tag leaked into the page as text.
    expect(text).not.toMatch(/<(Figure|Term|Callout|Calculator|Chart)\b/);

    // Every footnoted figure has its numbered source, and each source links out to its
    // publisher, unless it is a claim of the article the course starts from, which says so.
    const refs = await page
      .locator('.prose .figure-ref a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(refs.length).toBeGreaterThan(0);
    for (const href of new Set(refs)) {
      await expect(page.locator(href)).toHaveCount(1);
      const outside = await page.locator(`${href} a[href^="https://"]`).count();
      if (outside === 0) {
        await expect(page.locator(href)).toContainText('The news article this course starts from');
      } else {
        expect(outside, href).toBe(1);
      }
    }

    // The quiz questions are there, answers behind closed <details>.
    const questions = await page.locator('.quiz .question').count();
    expect(questions).toBeGreaterThanOrEqual(8);
    await expect(page.locator('.quiz details[open]')).toHaveCount(0);

    // Pager: previous/next or back to the list.
    await expect(
      page.getByRole('navigation', { name: 'Previous and next lessons' }).getByRole('link'),
    ).toHaveCount(2);
  });
}

test('every chart has a title, a summary in words, an image description and its data as a table', async ({
  page,
}) => {
  let charts = 0;
  for (const slug of slugs) {
    await page.goto(`/lessons/${slug}/`);
    for (const chart of await page.locator('figure.chart').all()) {
      charts += 1;
      await expect(chart.locator('.chart-title')).not.toBeEmpty();
      await expect(chart.locator('.chart-summary')).not.toBeEmpty();
      const images = await chart.locator('img').all();
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        const alt = (await image.getAttribute('alt')) ?? '';
        expect(alt.length).toBeGreaterThan(20);
        // Lazy: it loads once near the viewport, and then it must really draw.
        await image.scrollIntoViewIfNeeded();
        await expect
          .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
          .toBeGreaterThan(0);
      }
      expect(await chart.locator('details table tbody tr').count()).toBeGreaterThan(3);
      await expect(chart.locator('.chart-source a')).not.toHaveCount(0);
      expect(await chart.innerHTML()).not.toContain('style=');
    }
  }
  expect(charts).toBeGreaterThanOrEqual(4);
});
