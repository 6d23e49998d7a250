import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const searchPage = '/search/';
const goodsAndServices = '/lessons/goods-and-services/';
/** Words that appear only in a quiz explanation of the goods-and-services lesson. */
const quizOnlyPhrase = 'teaching happens inside the United States';

/** The search page, once its island has hydrated and shows the field. */
async function openSearch(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `${searchPage}?q=${encodeURIComponent(query)}` : searchPage);
  await expect(page.locator('astro-island')).not.toHaveAttribute('ssr', { timeout: 10_000 });
  await expect(page.getByRole('searchbox')).toBeVisible();
}

// Every test here runs under the automatic `problems` fixture (./fixtures), which fails it on any
// console error (a CSP violation included, such as WebAssembly blocked without 'wasm-unsafe-eval')
// or foreign request.

function results(page: Page) {
  return page.locator('.search-results .search-result');
}

test('"services surplus" finds the goods-and-services lesson, with marked excerpts', async ({
  page,
}) => {
  await openSearch(page);
  await page.getByRole('searchbox').fill('services surplus');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “services surplus”\.$/);
  const lessonLink = results(page).getByRole('link', { name: 'Goods and services' });
  await expect(lessonLink).toHaveAttribute('href', goodsAndServices);
  // Matches are highlighted with real <mark> elements; no markup shows as text.
  await expect(results(page).locator('mark').first()).toBeVisible();
  await expect(page.locator('.search-results')).not.toContainText('<mark>');
  // The query is kept in the address, so the page can be shared or reloaded.
  await expect(page).toHaveURL(/\?q=services\+surplus$/);
});

test('a phrase found only in a quiz explanation finds its lesson', async ({ page }) => {
  // The phrase is in the answer to a quiz question, not in the lesson's prose.
  await page.goto(goodsAndServices);
  await expect(page.locator('.prose')).not.toContainText(quizOnlyPhrase);
  await expect(
    page.locator('details.static-answer').filter({ hasText: quizOnlyPhrase }),
  ).toHaveCount(1);

  await openSearch(page);
  await page.getByRole('searchbox').fill(quizOnlyPhrase);
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', goodsAndServices);
});

test('glossary terms are results of their own, linking to their entry', async ({ page }) => {
  await openSearch(page, 'current account');
  const entry = results(page).filter({ hasText: 'Glossary' }).first().getByRole('link');
  await expect(entry).toHaveAttribute('href', /\/glossary\/#[a-z0-9-]+$/);
});

test('works by keyboard alone: Tab to the field, type, Tab to the first result, Enter', async ({
  page,
}) => {
  await openSearch(page);
  const field = page.getByRole('searchbox');
  for (let presses = 0; presses < 30; presses += 1) {
    if (await field.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(field).toBeFocused();
  await page.keyboard.type('services surplus');
  const first = results(page).first().getByRole('link');
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  expect(href).toBeTruthy();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href ?? ''}$`));
});

test('?q=tariff shows results on load', async ({ page }) => {
  await openSearch(page, 'tariff');
  await expect(page.getByRole('searchbox')).toHaveValue('tariff');
  await expect(results(page).first()).toBeVisible();
  await expect(
    results(page).getByRole('link', { name: 'Tariffs and the trade balance' }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “tariff”\.$/);
});

test('no other page loads search code; the header link opens the search page', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /\/pagefind\/|\/Search\.[\w-]+\.js/.test(url))).toEqual([]);
  // Nor does a lesson page, whose text is indexed.
  await page.goto(goodsAndServices);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((url) => /\/pagefind\/|\/Search\.[\w-]+\.js/.test(url))).toEqual([]);

  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Search' })
    .click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.getByRole('searchbox')).toBeVisible();
  await page.getByRole('searchbox').fill('tariff');
  await expect(results(page).first()).toBeVisible();
  expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('without JavaScript the page says search needs it and links to lessons and glossary', async ({
  request,
}) => {
  // Chromium with JavaScript turned off through Playwright still parses <noscript> as if scripts
  // ran, so the served HTML is checked instead: the message sits in <noscript>, and the field is
  // rendered hidden until the island hydrates, so a reader without JavaScript never meets it.
  const html = await (await request.get(searchPage)).text();
  const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
  expect(noscript).toContain('Search needs JavaScript');
  expect(noscript).toMatch(/<a href="[^"]*\/">the list of lessons<\/a>/);
  expect(noscript).toMatch(/<a href="[^"]*\/glossary\/">the glossary<\/a>/);
  expect(html).toMatch(/<div class="search" hidden/);
});
