import { launchBrowser } from '/work/wt-planner13/tools/browser.ts';
const browser = await launchBrowser();
const base = 'http://127.0.0.1:4615';
for (const [lang, path] of [['zh', '/overseas/planner/'], ['en', '/en/overseas/planner/'], ['hant', '/zh-hant/overseas/planner/']]) {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.clock.setFixedTime(new Date('2026-03-10T10:00:00'));
    await page.goto(base + path);
    await page.fill('#priority-date', '2026-03-02');
    await page.selectOption('#right-kind', 'invention');
    await page.selectOption('#first-place', 'taiwan');
    await page.selectOption('#made-in-china', 'no');
    await page.click('[data-filing-planner] button[type="submit"]');
    const result = page.locator('[data-planner-result]');
    await result.waitFor();
    if (width === 390 && lang !== 'hant') await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    await result.screenshot({ path: `/tmp/h13/tw-${lang}-${width}.png` });
    await page.close();
  }
}
await browser.close();
