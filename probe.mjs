import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
await page.goto(process.argv[2]);
for (const sel of ['figure.chart', '.term-tip', '.calc', 'details', '.sources', '.quiz', 'table', '.figure', 'code']) {
  const sw = await page.evaluate((s) => { const removed = [...document.querySelectorAll(s)].map((e) => { const p = e.parentNode; const n = e.nextSibling; p.removeChild(e); return [p, e, n]; }); const w = document.documentElement.scrollWidth; for (const [p, e, n] of removed.reverse()) p.insertBefore(e, n); return w; }, sel);
  console.log(sel, sw);
}
await browser.close();
