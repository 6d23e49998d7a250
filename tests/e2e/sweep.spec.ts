/**
 * Every page of the built site, at a phone and a desktop width: no axe violations against the
 * WCAG 2.2 AA rules, no console errors, no requests to other origins (the fixture checks those).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, wakeIslands } from './fixtures';
import { sitePages } from './pages';

const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

for (const path of sitePages()) {
  for (const size of widths) {
    test(`${path} at ${size.name} width passes axe with no console errors`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      // The 404 page is what a reader sees at an address that does not exist.
      const notFound = path === '/404.html';
      const response = await page.goto(notFound ? '/no-such-page/' : path);
      expect(response?.status()).toBe(notFound ? 404 : 200);
      await wakeIslands(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

test('dark theme passes axe colour contrast on the lesson page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/lessons/trade-balance-basics/');
  await wakeIslands(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
