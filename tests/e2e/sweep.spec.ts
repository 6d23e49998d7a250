/**
 * Every page of the built site (the sitemap's pages plus the 404 and the embeds), at a phone and
 * a desktop width: no axe violations against the WCAG 2.2 AA rules, no console errors (which is
 * where Content-Security-Policy violations show), no requests to other origins (the fixture checks
 * those). And usable at 200% zoom: WCAG's reflow check, a 320 CSS px wide viewport (1280 px at
 * 400%, or a 640 px window at 200%), with no horizontal scrolling and the page's heading and first
 * control on screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as plainTest } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expect, test, wakeIslands, type PageProblems } from './fixtures';
import { sitePages } from './pages';

/**
 * Opens a page of the sweep. The 404 page is opened the way a reader meets it, at an address that
 * does not exist; Chromium logs that 404 response as a console error, which is expected there and
 * only there, so that one message is taken off the fixture's list.
 */
async function openPage(page: Page, problems: PageProblems, path: string): Promise<void> {
  const notFound = path.endsWith('/404.html');
  const response = await page.goto(notFound ? '/no-such-page/' : path);
  expect(response?.status()).toBe(notFound ? 404 : 200);
  if (notFound) {
    await page.waitForLoadState('load');
    const expected = problems.consoleErrors.findIndex((text) =>
      /Failed to load resource: .*404/.test(text),
    );
    if (expected !== -1) problems.consoleErrors.splice(expected, 1);
  }
}

const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

for (const path of sitePages()) {
  for (const size of widths) {
    test(`${path} at ${size.name} width passes axe with no console errors`, async ({
      page,
      problems,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openPage(page, problems, path);
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

for (const path of sitePages()) {
  test(`${path} reflows at 320 CSS px (200% zoom) without horizontal scrolling`, async ({
    page,
    problems,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openPage(page, problems, path);
    await wakeIslands(page);
    const overflow = await page.evaluate(() => {
      const width = window.innerWidth;
      const wide = [...document.querySelectorAll('body *')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.right > width + 1;
        })
        .slice(0, 5)
        .map((element) => {
          const id = element.id ? `#${element.id}` : '';
          const classes = [...element.classList].map((name) => `.${name}`).join('');
          return `${element.tagName.toLowerCase()}${id}${classes}`;
        });
      return { scrollWidth: document.documentElement.scrollWidth, width, wide };
    });
    expect(
      overflow.scrollWidth,
      `page is wider than the viewport; overflowing: ${overflow.wide.join(', ')}`,
    ).toBeLessThanOrEqual(overflow.width + 1);

    const heading = page.locator('main h1').first();
    await expect(heading).toBeVisible();
    await expect(heading).toBeInViewport();
    // The first thing a reader can operate in the content, leaving out what waits on purpose
    // inside a closed <details> (the answers, without JavaScript) other than its <summary>.
    const control = await page.evaluate(() => {
      const selector =
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const insideClosedDetails = (element: Element): boolean => {
        for (let node = element.parentElement; node; node = node.parentElement) {
          if (node instanceof HTMLDetailsElement && !node.open) {
            const summary = node.querySelector(':scope > summary');
            if (!summary?.contains(element)) return true;
          }
        }
        return false;
      };
      const first = [...document.querySelectorAll(`main :is(${selector})`)].find(
        (element) => !insideClosedDetails(element),
      );
      if (!first) return null;
      first.scrollIntoView({ block: 'center', inline: 'nearest' });
      const box = first.getBoundingClientRect();
      return {
        name: first.outerHTML.slice(0, 80),
        visible: first.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
        left: box.left,
        right: box.right,
        width: box.width,
      };
    });
    expect(control, 'a link or control in <main>').not.toBeNull();
    expect(control?.visible, `${control?.name ?? ''} is visible`).toBe(true);
    expect(control?.width ?? 0, `${control?.name ?? ''} has a width`).toBeGreaterThan(0);
    expect(control?.left ?? -1, `${control?.name ?? ''} starts on screen`).toBeGreaterThanOrEqual(
      0,
    );
    expect(control?.right ?? 999, `${control?.name ?? ''} ends on screen`).toBeLessThanOrEqual(321);
  });
}

test('dark theme passes axe colour contrast on the lesson page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/lessons/trade-balance-basics/');
  await wakeIslands(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('pages are served with the security headers from public/_headers', async ({ request }) => {
  for (const path of ['/', '/lessons/trade-balance-basics/', '/no-such-page/', '/embed/tariff/']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    const framing = path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'";
    expect(headers['content-security-policy'], path).toContain(framing);
  }
});

// Not the page fixture: the blocked frame is meant to log an error, and the parent page is
// deliberately on another origin (localhost rather than 127.0.0.1). Playwright answers every
// request itself (the site's own responses, headers included, fetched from the test server), so
// Chromium's local-network protection does not block the frames before their CSP is read.
plainTest('embeds can be framed by another site; other pages cannot', async ({ page, baseURL }) => {
  const site = new URL(baseURL ?? 'http://127.0.0.1');
  const parent = `http://localhost:${site.port}/framing-test`;
  const embed = `${site.origin}/embed/tariff/`;
  const lesson = `${site.origin}/lessons/trade-balance-basics/`;
  await page.route(parent, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body:
        '<!doctype html><title>A teacher’s page</title>' +
        `<iframe name="embed" src="${embed}"></iframe><iframe name="lesson" src="${lesson}"></iframe>`,
    }),
  );
  await page.route(`${site.origin}/**`, async (route) => {
    await route.fulfill({ response: await route.fetch() });
  });
  await page.goto(parent);
  await page.waitForLoadState('load');
  await expect(page.frameLocator('iframe[name="embed"]').locator('h1')).toHaveText(/calculator/i);
  expect(page.frame({ name: 'embed' })?.url()).toBe(embed);
  // A frame the browser refused shows its own error page instead of the lesson.
  expect(page.frame({ name: 'lesson' })?.url()).not.toBe(lesson);
  // The embed's islands may still be loading their scripts through the route.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
